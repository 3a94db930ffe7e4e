/**
 * The yearly cycle ("Årets gang"): its process API, the listeners behind its BPMN elements, and the cycle records.
 */
package dk.aarshjul.cycle;
