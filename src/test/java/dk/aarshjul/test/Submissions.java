package dk.aarshjul.test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.spin.plugin.variable.SpinValues;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import dk.aarshjul.agreement.UnitAgreementProcess;
import dk.aarshjul.cycle.AnnualCycleProcess;
import dk.aarshjul.followup.FollowUpProcess;
import dk.aarshjul.followup.GoalDialogueProcess;
import dk.aarshjul.strategy.StrategyMapProcess;

/** Valid form submissions for the tasks of the yearly cycle, built from what the process offers the form. */
public final class Submissions {

	private static final ObjectMapper JSON = new ObjectMapper();

	private Submissions() {
	}

	/** Every goal followed up with the given status and a comment. */
	public static Map<String, Object> followUp(RuntimeService runtime, String processInstanceId, String status) {
		return followUp(runtime, processInstanceId, status, i -> "Arbejdet følger planen.");
	}

	/** Every goal followed up with the given status and a comment of the given length (with line breaks). */
	public static Map<String, Object> followUp(RuntimeService runtime, String processInstanceId, String status, int commentLength) {
		return followUp(runtime, processInstanceId, status,
				i -> text("Opfølgning på mål " + i + " (" + processInstanceId + "): ", commentLength, true));
	}

	private static Map<String, Object> followUp(RuntimeService runtime, String processInstanceId, String status,
			IntFunction<String> comment) {
		int count = ((Number) runtime.getVariable(processInstanceId, FollowUpProcess.Var.ITEM_COUNT)).intValue();
		Map<String, Object> variables = new LinkedHashMap<>();
		for (int i = 1; i <= count; i++) {
			variables.put(FollowUpProcess.Var.ITEM + i, json(Map.of("status", status, "comment", comment.apply(i))));
		}
		return variables;
	}

	/** The level above's acknowledgement of a follow-up. */
	public static Map<String, Object> acknowledgement() {
		return Map.of(FollowUpProcess.Var.ACKNOWLEDGEMENT, "Set og drøftet med lederen.");
	}

	/** The level above's acknowledgement of a follow-up, its comment of the given length (with line breaks). */
	public static Map<String, Object> acknowledgement(String processInstanceId, int commentLength) {
		return Map.of(FollowUpProcess.Var.ACKNOWLEDGEMENT, text("Kvittering (" + processInstanceId + "): ", commentLength, true));
	}

	/** What is agreed about a goal flagged at a follow-up. */
	public static Map<String, Object> agreedAction() {
		return Map.of(GoalDialogueProcess.Var.AGREED_ACTION, "Vi følger målet tæt og justerer indsatsen.");
	}

	/** What is agreed about a goal flagged at a follow-up, at the given length (with line breaks). */
	public static Map<String, Object> agreedAction(String taskId, int length) {
		return Map.of(GoalDialogueProcess.Var.AGREED_ACTION, text("Aftale (" + taskId + "): ", length, true));
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

	/**
	 * A new map of the given number of initiatives, each titled at the given length and on the vision goals offered in
	 * turn; each title begins with the owner and the initiative's number.
	 */
	public static Map<String, Object> newMap(RuntimeService runtime, String processInstanceId, String owner, int initiatives,
			int titleLength) {
		List<String> goals = options(runtime, processInstanceId, StrategyMapProcess.Var.VISION_GOAL_OPTIONS);
		Map<String, Object> variables = new LinkedHashMap<>();
		for (int i = 1; i <= initiatives; i++) {
			variables.put(StrategyMapProcess.Var.NEW_INITIATIVE + i, json(Map.of("title",
					text(owner + ": initiativ " + i + " – ", titleLength, false), "visionGoal", goals.get((i - 1) % goals.size()))));
		}
		return variables;
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

	/** A forum's meeting on the given day, its discussion and decisions each of the given length (with line breaks). */
	public static Map<String, Object> meeting(String heldOn, int textLength) {
		return Map.of(AnnualCycleProcess.Var.HELD_ON, heldOn,
				AnnualCycleProcess.Var.DISCUSSION, text("Drøftelse " + heldOn + ": ", textLength, true),
				AnnualCycleProcess.Var.DECISIONS, text("Beslutninger " + heldOn + ": ", textLength, true));
	}

	private static final String[] SENTENCES = { "Børnene går på opdagelse i skoven ved Øresund.",
			"Ældreplejen får flere hænder, og ventetiden på genoptræning falder.",
			"Vi måler trivslen hvert år og følger op på de mål, der halter.",
			"Kvaliteten i undervisningen løftes gennem faglige fællesskaber på tværs af skolerne.",
			"Økonomien er i balance, og budgettet for året overholdes.",
			"Forældre, pårørende og medarbejdere inddrages i arbejdet fra første færd.",
			"Æbleskiver og gløgg på rådhuset i december – én gang om året." };

	/**
	 * A Danish text of exactly {@code length} characters that begins with {@code start}: sentences with æ, ø and å,
	 * on one line, or with line breaks and blank lines when {@code lines}. It neither begins nor ends with white space,
	 * so what the server keeps (stripped) is the text itself.
	 */
	public static String text(String start, int length, boolean lines) {
		StringBuilder text = new StringBuilder(start);
		for (int i = 0; text.length() < length; i++) {
			text.append(SENTENCES[i % SENTENCES.length]).append(!lines ? " " : i % 3 == 2 ? "\n\n" : "\n");
		}
		text.setLength(length);
		if (Character.isWhitespace(text.charAt(length - 1))) {
			text.setCharAt(length - 1, '.');
		}
		return text.toString();
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
