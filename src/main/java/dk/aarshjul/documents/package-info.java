/**
 * The governance documents as PDF, generated from the recorded data: unit and centre agreements, the strategy maps, and
 * the year's evaluation summary for Byrådet.
 */
package dk.aarshjul.documents;
