package dk.aarshjul.agreement;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** A unit's agreement for one year, with its goals. */
public record UnitAgreement(long id, String municipalityId, String unitId, String centreId, int year,
		BigDecimal economicFrame, Status status, String returnComment, String draftedBy, String decidedBy,
		OffsetDateTime approvedAt, String processInstanceId, List<Goal> goals) {

	public enum Status {
		/** Being written by the unit's leader. */
		DRAFT,
		/** Sent to the centre chief for approval. */
		SUBMITTED,
		/** Sent back by the centre chief with comments. */
		RETURNED,
		/** Approved: signed by both. */
		APPROVED
	}
}
