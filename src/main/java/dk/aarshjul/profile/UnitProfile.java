package dk.aarshjul.profile;

import java.time.OffsetDateTime;

/**
 * One version of a unit's profile: DRAFT while its leader writes it, SUBMITTED for the centre chief, RETURNED when
 * sent back (written again in the same version), APPROVED when published, SUPERSEDED when a newer one is approved.
 */
public record UnitProfile(long id, String municipalityId, String unitId, String centreId, int version, String status,
		String about, String offer, String emphasis, String contact, String writtenBy, OffsetDateTime writtenAt,
		String decidedBy, OffsetDateTime decidedAt, String returnComment, String processInstanceId) {
}
