package dk.aarshjul.audit;

import java.time.Instant;

/**
 * What part of the trail is asked for; every field may be null. {@code partyId} is a unit's or a centre's id;
 * {@code from} is included, {@code to} is not.
 */
record AuditQuery(Integer year, String partyId, String user, Instant from, Instant to) {

	boolean narrowed() {
		return year != null || partyId != null || user != null || from != null || to != null;
	}
}
