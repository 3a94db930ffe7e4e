package dk.aarshjul.test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.spin.plugin.variable.SpinValues;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import dk.aarshjul.agreement.UnitAgreementProcess;
import dk.aarshjul.cycle.AnnualCycleProcess;
import dk.aarshjul.followup.FollowUpProcess;
import dk.aarshjul.strategy.StrategyMapProcess;

/** Valid form submissions for the tasks of the yearly cycle, built from what the process offers the form. */
public final class Submissions {

	private static final ObjectMapper JSON = new ObjectMapper();

	private Submissions() {
	}

	/** Every goal followed up with the given status and a comment. */
	public static Map<String, Object> followUp(RuntimeService runtime, String processInstanceId, String status) {
		int count = ((Number) runtime.getVariable(processInstanceId, FollowUpProcess.Var.ITEM_COUNT)).intValue();
		Map<String, Object> variables = new LinkedHashMap<>();
		for (int i = 1; i <= count; i++) {
			variables.put(FollowUpProcess.Var.ITEM + i, json(Map.of("status", status, "comment", "Arbejdet følger planen.")));
		}
		return variables;
	}

	/** Every one of last year's goals achieved. */
	public static Map<String, Object> lastYearAchieved(RuntimeService runtime, String processInstanceId) {
		int count = ((Number) runtime.getVariable(processInstanceId, UnitAgreementProcess.Var.LAST_YEAR_GOAL_COUNT)).intValue();
		Map<String, Object> variables = new LinkedHashMap<>();
		for (int i = 1; i <= count; i++) {
			variables.put(UnitAgreementProcess.Var.LAST_YEAR_GOAL + i, json(Map.of("result", "ACHIEVED")));
		}
		return variables;
	}

	/** A new map of two initiatives, on the first two vision goals offered. */
	public static Map<String, Object> newMap(RuntimeService runtime, String processInstanceId, String owner) {
		List<String> goals = options(runtime, processInstanceId, StrategyMapProcess.Var.VISION_GOAL_OPTIONS);
		return Map.of(StrategyMapProcess.Var.NEW_INITIATIVE + 1, json(Map.of("title", owner + ": første nye initiativ", "visionGoal", goals.get(0))),
				StrategyMapProcess.Var.NEW_INITIATIVE + 2, json(Map.of("title", owner + ": andet nye initiativ", "visionGoal", goals.get(1))));
	}

	/** A review that keeps the first initiative, adjusts the second and stops the rest. */
	public static Map<String, Object> review(RuntimeService runtime, String processInstanceId) {
		int count = ((Number) runtime.getVariable(processInstanceId, StrategyMapProcess.Var.MAP_INITIATIVE_COUNT)).intValue();
		Map<String, Object> variables = new LinkedHashMap<>();
		for (int i = 1; i <= count; i++) {
			variables.put(StrategyMapProcess.Var.MAP_INITIATIVE + i, json(switch (i) {
				case 1 -> Map.of("decision", "KEEP");
				case 2 -> Map.of("decision", "ADJUST", "adjustedTitle", "Justeret initiativ");
				default -> Map.of("decision", "STOP", "remark", "Målet er nået.");
			}));
		}
		return variables;
	}

	/** A forum's meeting on the given day. */
	public static Map<String, Object> meeting(String heldOn) {
		return Map.of(AnnualCycleProcess.Var.HELD_ON, heldOn, AnnualCycleProcess.Var.DISCUSSION, "Drøftet og taget til efterretning.",
				AnnualCycleProcess.Var.DECISIONS, "Porteføljen fortsætter uændret.");
	}

	/** The values of a select's options held in a process variable. */
	public static List<String> options(RuntimeService runtime, String processInstanceId, String variable) {
		try {
			List<Map<String, Object>> list = JSON.readValue(runtime.getVariable(processInstanceId, variable).toString(),
					new TypeReference<>() {
					});
			return list.stream().map(o -> (String) o.get("value")).toList();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	public static Object json(Object value) {
		try {
			return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
		}
		catch (Exception e) {
			throw new IllegalArgumentException(e);
		}
	}
}
