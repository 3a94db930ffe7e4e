/**
 * The unit's profile ("profildokument"): a short public presentation written by the unit's leader and approved by
 * the centre chief in the process "Enhedsprofil" (bpmn/unit-profile.bpmn), published once approved.
 */
package dk.aarshjul.profile;
