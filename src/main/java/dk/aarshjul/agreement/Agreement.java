package dk.aarshjul.agreement;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import dk.aarshjul.scope.Party;

/**
 * A one-year agreement with its goals: a unit's "decentral aftale" (between its leader and centre chief) or a
 * centre's "centeraftale" (between its centre chief and Koncernledelsen). One version of it: an amendment during the
 * year is a new version that {@code amends} the one before; at most one version is in force ({@link Status#APPROVED}).
 */
public record Agreement(long id, String municipalityId, Party party, String partyId, String centreId, int year,
		int version, Long amends, BigDecimal economicFrame, Status status, String returnComment, String draftedBy,
		String decidedBy, OffsetDateTime approvedAt, OffsetDateTime supersededAt, String processInstanceId,
		List<Goal> goals) {

	Agreement withGoals(List<Goal> goals) {
		return new Agreement(id, municipalityId, party, partyId, centreId, year, version, amends, economicFrame, status,
				returnComment, draftedBy, decidedBy, approvedAt, supersededAt, processInstanceId, List.copyOf(goals));
	}

	public enum Status {
		/** Being written. */
		DRAFT,
		/** Sent for approval. */
		SUBMITTED,
		/** Sent back with comments. */
		RETURNED,
		/** Approved: signed by both, and in force. */
		APPROVED,
		/** Was in force until an amendment replaced it. */
		SUPERSEDED,
		/** An amendment not approved before its year ended; the version before it stayed in force. */
		LAPSED
	}
}
