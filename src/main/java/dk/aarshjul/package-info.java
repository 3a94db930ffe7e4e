/**
 * Årshjul: a Danish municipality's governance model and its annual cycle ("årets gang") as executable BPMN.
 */
package dk.aarshjul;
