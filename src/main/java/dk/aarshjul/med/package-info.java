/**
 * The works councils' rhythm (MED): before a year begins, its cycle lays out the meeting plan (H-MED, C-MED in the
 * same weeks in every centre about two weeks before an H-MED, and the weeks suggested for A-MED before those), the
 * secretariat reviews and adjusts it, and it is published.
 */
package dk.aarshjul.med;
