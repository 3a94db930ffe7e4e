package dk.aarshjul.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A unit agreement as its leader submits it, checked against the rules of the governance model before anything
 * is saved: the unit's economic frame (kroner, 0 or more); 1–3 development goals, each linked to an initiative of
 * the centre's strategy map in force; goals for other important areas; and every goal SMART, with a deadline
 * within the agreement year. Every problem is reported at once.
 */
record AgreementDraft(BigDecimal economicFrame, List<Goal> goals) {

	static final String ECONOMIC_FRAME = "economicFrame";
	static final String DEVELOPMENT_GOALS = "developmentGoals";
	static final String OTHER_GOALS = "otherGoals";

	static final int MAX_DEVELOPMENT_GOALS = 3;
	static final int MAX_OTHER_GOALS = 10;
	static final int MAX_TEXT = 500;
	static final BigDecimal MAX_FRAME = new BigDecimal("1000000000000");

	/**
	 * @param allowedInitiatives the initiatives of the centre's strategy map in force in the year
	 * @throws AgreementRefusedException with every problem found
	 */
	static AgreementDraft from(Map<String, Object> submitted, int year, Set<Long> allowedInitiatives) {
		List<String> problems = new ArrayList<>();
		BigDecimal frame = null;
		try {
			frame = FormValues.amount(submitted.get(ECONOMIC_FRAME));
			if (frame == null) {
				problems.add("Angiv enhedens samlede økonomiske ramme for " + year + " i kroner.");
			}
			else if (frame.signum() < 0 || frame.compareTo(MAX_FRAME) >= 0) {
				problems.add("Den økonomiske ramme skal være et beløb i kroner på 0 eller mere, ikke " + frame.toPlainString() + ".");
			}
		}
		catch (IllegalArgumentException e) {
			problems.add("Den økonomiske ramme skal være et beløb i kroner, ikke »" + e.getMessage() + "«.");
		}

		List<Goal> goals = new ArrayList<>();
		int before = problems.size();
		List<Map<String, Object>> development = items(submitted.get(DEVELOPMENT_GOALS), "Udviklingsmålene", problems);
		boolean readable = problems.size() == before;
		if (readable && (development.isEmpty() || development.size() > MAX_DEVELOPMENT_GOALS)) {
			problems.add("Aftalen skal have 1–3 udviklingsmål, ikke " + development.size() + ".");
		}
		for (int i = 0; i < Math.min(development.size(), MAX_DEVELOPMENT_GOALS); i++) {
			String name = "Udviklingsmål " + (i + 1);
			Map<String, Object> item = development.get(i);
			Long initiative = null;
			try {
				initiative = FormValues.id(item.get("initiative"));
			}
			catch (IllegalArgumentException e) {
				// reported below as not on the map
			}
			if (initiative == null || !allowedInitiatives.contains(initiative)) {
				problems.add(name + " skal knyttes til et initiativ på centrets strategikort for " + year + ".");
			}
			goals.add(goal(GoalKind.DEVELOPMENT, item, name, year, initiative, problems));
		}

		List<Map<String, Object>> other = items(submitted.get(OTHER_GOALS), "De øvrige mål", problems);
		if (other.size() > MAX_OTHER_GOALS) {
			problems.add("Aftalen må højst have " + MAX_OTHER_GOALS + " mål for andre områder; kun de vigtigste mål hører hjemme i den.");
		}
		for (int i = 0; i < Math.min(other.size(), MAX_OTHER_GOALS); i++) {
			String name = "Mål for andet område " + (i + 1);
			Map<String, Object> item = other.get(i);
			GoalKind kind = GoalKind.otherArea(item.get("kind")).orElse(null);
			if (kind == null) {
				problems.add(name + ": vælg området (ny lovgivning, lokalt fagligt mål eller andet vigtigt område).");
			}
			goals.add(goal(kind, item, name, year, null, problems));
		}

		if (!problems.isEmpty()) {
			throw new AgreementRefusedException("Aftalen", problems);
		}
		return new AgreementDraft(frame, List.copyOf(goals));
	}

	private static List<Map<String, Object>> items(Object value, String what, List<String> problems) {
		try {
			List<Map<String, Object>> items = FormValues.items(value);
			if (items == null) {
				return List.of();
			}
			if (items.stream().anyMatch(i -> i == null)) {
				problems.add(what + " skal være en liste af mål.");
				return List.of();
			}
			// A row the person added but left entirely empty is not a goal.
			return items.stream().filter(i -> i.values().stream().anyMatch(v -> FormValues.text(v) != null)).toList();
		}
		catch (IllegalArgumentException e) {
			problems.add(what + " skal være en liste af mål.");
			return List.of();
		}
	}

	private static Goal goal(GoalKind kind, Map<String, Object> item, String name, int year, Long initiative,
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
			else if (deadline.getYear() != year) {
				problems.add(name + ": fristen skal ligge i aftaleåret " + year + ", ikke " + deadline + ".");
			}
		}
		catch (IllegalArgumentException e) {
			problems.add(name + ": fristen skal være en dato, ikke »" + e.getMessage() + "«.");
		}
		Long carriedOver = null;
		try {
			carriedOver = FormValues.id(item.get("carriedOverFrom"));
		}
		catch (IllegalArgumentException e) {
			problems.add(name + ": ukendt mål fra sidste år.");
		}
		return new Goal(null, kind, title, indicator, target, resources, deadline, method, initiative, carriedOver);
	}

	private static String required(Map<String, Object> item, String key, String name, String ask, List<String> problems) {
		String value = FormValues.text(item.get(key));
		if (value == null) {
			problems.add(name + ": " + ask + ".");
		}
		else if (value.length() > (key.equals("title") || key.equals("indicator") || key.equals("target") ? MAX_TEXT : 2 * MAX_TEXT)) {
			problems.add(name + ": teksten i »" + key + "« er for lang.");
		}
		return value;
	}
}
