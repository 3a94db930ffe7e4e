/**
 * The scope of a process (year, municipality, party, centre, unit, committee): its variable names and typed
 * readers, shared by every package and depending on none of them.
 */
package dk.aarshjul.scope;
