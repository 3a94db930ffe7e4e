package dk.aarshjul.strategy;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.spin.plugin.variable.SpinValues;

import dk.aarshjul.strategy.CentreEvaluationProcess.Var;
import dk.aarshjul.test.Submissions;

/** A centre evaluation as the form submits it, for tests. */
public final class CentreEvaluations {

	private CentreEvaluations() {
	}

	/** Every initiative achieved, with an evaluation and a way forward. */
	public static Map<String, Object> valid(RuntimeService runtime, String processInstanceId) {
		int count = ((Number) runtime.getVariable(processInstanceId, Var.INITIATIVE_COUNT)).intValue();
		Map<String, Object> variables = new LinkedHashMap<>();
		for (int i = 1; i <= count; i++) {
			variables.put(Var.INITIATIVE + i, SpinValues.jsonValue("{\"result\":\"ACHIEVED\"}").create());
		}
		variables.put(Var.EVALUATION, "Centret nåede sine mål.");
		variables.put(Var.WAY_FORWARD, "Vi fortsætter med de samme initiativer.");
		return variables;
	}

	/**
	 * Every initiative achieved with a remark of {@code remarkLength}, and an evaluation and a way forward of
	 * {@code textLength} each (Danish, with line breaks).
	 */
	public static Map<String, Object> withTexts(RuntimeService runtime, String processInstanceId, int remarkLength,
			int textLength) {
		int count = ((Number) runtime.getVariable(processInstanceId, Var.INITIATIVE_COUNT)).intValue();
		Map<String, Object> variables = new LinkedHashMap<>();
		for (int i = 1; i <= count; i++) {
			variables.put(Var.INITIATIVE + i, Submissions.json(Map.of("result", "ACHIEVED",
					"remark", Submissions.text("Initiativ " + i + " er gennemført: ", remarkLength, true))));
		}
		variables.put(Var.EVALUATION, Submissions.text("Centrets evaluering: ", textLength, true));
		variables.put(Var.WAY_FORWARD, Submissions.text("Vejen frem: ", textLength, true));
		return variables;
	}
}
