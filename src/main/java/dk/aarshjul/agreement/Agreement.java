package dk.aarshjul.agreement;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import dk.aarshjul.scope.Party;

/**
 * A one-year agreement with its goals: a unit's "decentral aftale" (between its leader and centre chief) or a
 * centre's "centeraftale" (between its centre chief and Koncernledelsen).
 */
public record Agreement(long id, String municipalityId, Party party, String partyId, String centreId, int year,
		BigDecimal economicFrame, Status status, String returnComment, String draftedBy, String decidedBy,
		OffsetDateTime approvedAt, String processInstanceId, List<Goal> goals) {

	public enum Status {
		/** Being written. */
		DRAFT,
		/** Sent for approval. */
		SUBMITTED,
		/** Sent back with comments. */
		RETURNED,
		/** Approved: signed by both. */
		APPROVED
	}
}
