package dk.aarshjul.agreement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dk.aarshjul.system.TextLimits;
import dk.aarshjul.test.Submissions;

/** Form submissions as Tasklist sends them (each slot's object as JSON), for tests. */
final class AgreementForms {

	private static final ObjectMapper JSON = new ObjectMapper();

	private AgreementForms() {
	}

	static JsonValue json(Object value) {
		try {
			return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	static Map<String, Object> goal(String initiative, String title, int year) {
		Map<String, Object> goal = new LinkedHashMap<>();
		if (initiative != null) {
			goal.put("initiative", initiative);
		}
		goal.put("title", title);
		goal.put("indicator", "Andel elever med mindst 02 i dansk");
		goal.put("target", "95 %");
		goal.put("resources", "To læsevejledere, 10 timer om ugen");
		goal.put("deadline", year + "-06-30");
		goal.put("evaluationMethod", "Resultaterne af de nationale test og afgangsprøven");
		return goal;
	}

	/**
	 * A goal with every text at its form's maximum length (Danish; line breaks in the text areas), each beginning with
	 * {@code name} and the field, so that every text of an agreement is its own.
	 */
	static Map<String, Object> fullLengthGoal(String initiative, String kind, String name, int year) {
		Map<String, Object> goal = new LinkedHashMap<>();
		if (initiative != null) {
			goal.put("initiative", initiative);
		}
		if (kind != null) {
			goal.put("kind", kind);
		}
		goal.put("title", Submissions.text(name + ", titel: ", TextLimits.LINE, false));
		goal.put("indicator", Submissions.text(name + ", indikator: ", TextLimits.LINE, false));
		goal.put("target", Submissions.text(name + ", målniveau: ", TextLimits.LINE, false));
		goal.put("resources", Submissions.text(name + ", ressourcer: ", TextLimits.COMMENT, true));
		goal.put("deadline", year + "-11-30");
		goal.put("evaluationMethod", Submissions.text(name + ", evaluering: ", TextLimits.COMMENT, true));
		return goal;
	}

	static Map<String, Object> otherGoal(String kind, int year) {
		Map<String, Object> goal = goal(null, "Ny lov om folkeskolens prøver er implementeret", year);
		goal.put("kind", kind);
		return goal;
	}

	/** A draft as the form submits it: a frame, the development goals in their slots and one goal for another area. */
	static Map<String, Object> draft(Object frame, List<Map<String, Object>> developmentGoals, int year) {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("economicFrame", frame);
		for (int i = 0; i < developmentGoals.size(); i++) {
			variables.put("developmentGoal" + (i + 1), json(developmentGoals.get(i)));
		}
		variables.put("otherGoal1", json(otherGoal("LEGISLATION", year)));
		// The slots not used are left out, as the leader does with last year's goals prefilled there.
		for (int i = developmentGoals.size() + 1; i <= 3; i++) {
			variables.put("developmentGoal" + i, json(Map.of("omit", true)));
		}
		for (int i = 2; i <= 3; i++) {
			variables.put("otherGoal" + i, json(Map.of("omit", true)));
		}
		return variables;
	}

	static List<Map<String, Object>> developmentGoals(int count, List<String> initiatives, int year) {
		List<Map<String, Object>> goals = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			goals.add(goal(initiatives.get(i % initiatives.size()), "Udviklingsmål nummer " + (i + 1), year));
		}
		return goals;
	}
}
