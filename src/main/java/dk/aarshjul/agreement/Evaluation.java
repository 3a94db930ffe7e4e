package dk.aarshjul.agreement;

import java.time.OffsetDateTime;

import dk.aarshjul.strategy.EvaluationResult;

/**
 * The evaluation of one goal of last year's agreement, both parties': the leader evaluates it, the centre chief
 * confirms it or corrects it. A corrected evaluation keeps the leader's own result and remark.
 *
 * @param evaluatedBy the leader who evaluated (null if not recorded)
 * @param confirmedBy the centre chief who confirmed or corrected it (null if not recorded)
 * @param confirmedAt when it was confirmed or corrected (null while not yet confirmed)
 * @param leaderResult the leader's result when the chief corrected it, else null
 * @param leaderRemark the leader's remark when the chief corrected it, else null
 */
public record Evaluation(long goalId, EvaluationResult result, String remark, String evaluatedBy, String confirmedBy,
		OffsetDateTime confirmedAt, EvaluationResult leaderResult, String leaderRemark) {

	public boolean confirmed() {
		return confirmedAt != null;
	}

	public boolean corrected() {
		return leaderResult != null;
	}
}
