package dk.aarshjul.agreement;

import java.time.LocalDate;

import dk.aarshjul.system.EngineClock;

/**
 * A SMART goal: specific ({@code title}), measurable ({@code indicator}, {@code target}), accepted (the agreement's
 * approval), realistic ({@code resources}), time-bound ({@code deadline}) and evaluable ({@code evaluationMethod}).
 *
 * @param initiativeId the strategy-map initiative a development goal supports, else null
 * @param carriedOverFrom the goal of last year's agreement this one continues, else null
 * @param amendsGoal in an amended version, the goal of the version before that this one amends, else null
 */
public record Goal(Long id, GoalKind kind, String title, String indicator, String target, String resources,
		LocalDate deadline, String evaluationMethod, Long initiativeId, Long carriedOverFrom, Long amendsGoal) {

	/** How the goal is measured and by when, as forms show it beside the goal: "Indikator: mål (frist 30.06.2027)". */
	public String measure() {
		return indicator + ": " + target + " (frist " + EngineClock.DANISH_DATE.format(deadline) + ")";
	}
}
