/**
 * The works councils (MED): before a year begins, its cycle lays out the meeting plan (H-MED, C-MED in the same
 * weeks in every centre about two weeks before an H-MED, and the weeks suggested for A-MED before those), the
 * secretariat reviews and adjusts it, and it is published. During the year the councils see the drafts: A-MED its
 * unit's agreement, C-MED its centre's map and agreement, each with a statement before the decision; H-MED is
 * informed of Koncernledelsen's map.
 */
package dk.aarshjul.med;
