/**
 * The year as an iCalendar (RFC 5545) feed that Outlook, Google Calendar and phones can subscribe to: the phases
 * of each year's cycle, its milestones and the published MED plan's meetings, for the whole municipality, one
 * centre or one unit. Read with the API's credentials under {@code /api/calendar…}, or without credentials under
 * {@code /calendar/<token>/…} with a personal link that its owner can renew or revoke.
 */
package dk.aarshjul.feed;
