package dk.aarshjul.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dk.aarshjul.system.EngineClock;
import dk.aarshjul.system.FormValues;
import dk.aarshjul.system.SubmissionRefusedException;
import dk.aarshjul.system.TextLimits;

/**
 * A unit agreement as its leader submits it (the form's slots {@code economicFrame}, {@code developmentGoal1..3},
 * {@code otherGoal1..3}; a REST client sends the same), checked against the rules of the governance model before anything
 * is saved: the unit's economic frame (kroner, 0 or more); 1–3 development goals, each linked to an initiative of
 * the centre's strategy map in force; goals for other important areas; and every goal SMART, with a deadline
 * within the agreement year (a centre agreement's projects may run to the end of its strategy map's period). A goal
 * may continue one of last year's goals ({@code carriedOverFrom}) or, in an amendment, amend a goal of the version in
 * force ({@code amends}); either link must name a goal of this party's agreement. A slot marked {@code omit} is left
 * out. Every problem is reported at once.
 */
record AgreementDraft(BigDecimal economicFrame, List<Goal> goals) {

	/**
	 * What a draft is checked against.
	 *
	 * @param lastDeadlineYear the last year a goal's deadline may lie in
	 * @param initiatives the initiatives of the centre's strategy map in force in the year
	 * @param continuable the goals of the party's agreement last year, which a goal may continue
	 * @param amendable the goals of the version an amendment replaces (empty for a first version)
	 */
	record Rules(int year, int lastDeadlineYear, Set<Long> initiatives, Set<Long> continuable, Set<Long> amendable) {
	}

	/** The item key by which a prefilled slot is left out. */
	static final String OMIT = "omit";
	static final String CARRIED_OVER_FROM = "carriedOverFrom";
	static final String AMENDS = "amends";

	static final String ECONOMIC_FRAME = "economicFrame";
	/** Slots {@code developmentGoal1} to {@code developmentGoal3}. */
	static final String DEVELOPMENT_GOAL = "developmentGoal";
	/** Slots {@code otherGoal1} to {@code otherGoal3}. */
	static final String OTHER_GOAL = "otherGoal";

	static final int MAX_DEVELOPMENT_GOALS = 3;
	static final int MAX_OTHER_GOALS = 3;
	static final BigDecimal MAX_FRAME = new BigDecimal("1000000000000");

	/**
	 * @throws SubmissionRefusedException with every problem found
	 */
	static AgreementDraft from(Map<String, Object> submitted, Rules rules) {
		int year = rules.year();
		List<String> problems = new ArrayList<>();
		BigDecimal frame = null;
		try {
			frame = FormValues.amount(submitted.get(ECONOMIC_FRAME));
			if (frame == null) {
				problems.add("Angiv enhedens samlede økonomiske ramme for " + year + " i kroner.");
			}
			else if (frame.signum() < 0 || frame.compareTo(MAX_FRAME) >= 0) {
				problems.add("Den økonomiske ramme skal være et beløb i kroner på 0 eller mere, ikke " + FormValues.kroner(frame) + ".");
			}
			else if (frame.stripTrailingZeros().scale() > 0) {
				// Also what "12.500.000" becomes when a number field reads the dots as a decimal point (12,5).
				problems.add("Den økonomiske ramme angives i hele kroner, ikke " + FormValues.kroner(frame)
						+ " kr. Skriv beløbet uden øre, fx 12.500.000.");
			}
		}
		catch (IllegalArgumentException e) {
			problems.add("Den økonomiske ramme skal skrives i hele kroner med punktum mellem tusinder, fx 1.500.000 (eller "
					+ "1500000), ikke »" + e.getMessage() + "«, som kan læses på mere end én måde.");
		}

		List<Goal> goals = new ArrayList<>();
		List<Map<String, Object>> development = items(submitted, DEVELOPMENT_GOAL, MAX_DEVELOPMENT_GOALS,
				"udviklingsmål", problems);
		if (development.isEmpty()) {
			problems.add("Aftalen skal have 1–3 udviklingsmål, men har ingen.");
		}
		for (int i = 0; i < development.size(); i++) {
			String name = "Udviklingsmål " + (i + 1);
			Map<String, Object> item = development.get(i);
			Long initiative = null;
			try {
				initiative = FormValues.id(item.get("initiative"));
			}
			catch (IllegalArgumentException e) {
				// reported below as not on the map
			}
			if (initiative == null || !rules.initiatives().contains(initiative)) {
				problems.add(name + " skal knyttes til et initiativ på centrets strategikort for " + year + ".");
			}
			goals.add(goal(GoalKind.DEVELOPMENT, item, name, rules, initiative, problems));
		}

		List<Map<String, Object>> other = items(submitted, OTHER_GOAL, MAX_OTHER_GOALS, "mål for andre områder", problems);
		for (int i = 0; i < other.size(); i++) {
			String name = "Mål for andet område " + (i + 1);
			Map<String, Object> item = other.get(i);
			GoalKind kind = GoalKind.otherArea(item.get("kind")).orElse(null);
			if (kind == null) {
				problems.add(name + ": vælg området (ny lovgivning, lokalt fagligt mål eller andet vigtigt område).");
			}
			goals.add(goal(kind, item, name, rules, null, problems));
		}

		if (!problems.isEmpty()) {
			throw new SubmissionRefusedException("Aftalen", problems);
		}
		return new AgreementDraft(frame, List.copyOf(goals));
	}

	/** The filled-in slots in their order; a slot beyond the maximum, or one that is not an object, is a problem. */
	private static List<Map<String, Object>> items(Map<String, Object> submitted, String prefix, int max, String what,
			List<String> problems) {
		List<Map<String, Object>> items = new ArrayList<>();
		FormValues.slots(submitted, prefix).forEach((number, item) -> {
			if (item == null) {
				problems.add(prefix + number + " skal være et mål med felter, ikke en enkelt værdi.");
			}
			else if (Boolean.TRUE.equals(item.get(OMIT)) || !FormValues.filledIn(withoutOmit(item))) {
				return;
			}
			else if (number > max) {
				problems.add("Aftalen kan højst have " + max + " " + what + "; kun de vigtigste mål hører hjemme i den ("
						+ prefix + number + " er for meget).");
			}
			else {
				items.add(item);
			}
		});
		return items;
	}

	private static Map<String, Object> withoutOmit(Map<String, Object> item) {
		Map<String, Object> fields = new HashMap<>(item);
		fields.remove(OMIT);
		return fields;
	}

	private static Goal goal(GoalKind kind, Map<String, Object> item, String name, Rules rules, Long initiative,
			List<String> problems) {
		String title = required(item, "title", name, "beskriv, hvad der skal opnås (specifikt)", problems);
		String indicator = required(item, "indicator", name, "angiv, hvordan det måles (målbart: indikator)", problems);
		String target = required(item, "target", name, "angiv målet for indikatoren (målbart: målniveau)", problems);
		String resources = required(item, "resources", name, "angiv de ressourcer, målet bygger på (realistisk)", problems);
		String method = required(item, "evaluationMethod", name, "angiv, hvordan målet evalueres (evaluerbart)", problems);
		LocalDate deadline = null;
		try {
			deadline = FormValues.date(item.get("deadline"));
			if (deadline == null) {
				problems.add(name + ": angiv en frist (tidsafgrænset).");
			}
			else if (deadline.getYear() < rules.year() || deadline.getYear() > rules.lastDeadlineYear()) {
				problems.add(name + ": fristen skal ligge i "
						+ (rules.lastDeadlineYear() == rules.year() ? "aftaleåret " + rules.year()
								: "strategikortets periode " + rules.year() + "–" + rules.lastDeadlineYear())
						+ ", ikke " + EngineClock.DANISH_DATE.format(deadline) + ".");
			}
		}
		catch (IllegalArgumentException e) {
			problems.add(name + ": fristen skal være en dato skrevet dd.mm.åååå, fx 30.06." + rules.year() + ", ikke »"
					+ e.getMessage() + "«.");
		}
		Long carriedOver = link(item, CARRIED_OVER_FROM, rules.continuable(), problems,
				name + ": målet, det viderefører, er ikke et mål i partens aftale for " + (rules.year() - 1) + ".");
		Long amends = link(item, AMENDS, rules.amendable(), problems,
				name + ": målet, det ændrer, er ikke et mål i den aftale, der ændres.");
		return new Goal(null, kind, title, indicator, target, resources, deadline, method, initiative, carriedOver, amends);
	}

	/** A link to another goal, which must be one of {@code allowed}; else a problem and no link. */
	private static Long link(Map<String, Object> item, String key, Set<Long> allowed, List<String> problems, String problem) {
		try {
			Long id = FormValues.id(item.get(key));
			if (id == null || allowed.contains(id)) {
				return id;
			}
		}
		catch (IllegalArgumentException e) {
			// reported below
		}
		problems.add(problem);
		return null;
	}

	private static String required(Map<String, Object> item, String key, String name, String ask, List<String> problems) {
		String value = FormValues.text(item.get(key));
		int limit = key.equals("resources") || key.equals("evaluationMethod") ? TextLimits.COMMENT : TextLimits.LINE;
		if (value == null) {
			problems.add(name + ": " + ask + ".");
		}
		else if (TextLimits.tooLong(value, limit)) {
			problems.add(name + ": teksten i »" + key + "« er for lang (" + TextLimits.atMost(limit) + ").");
		}
		return value;
	}
}
