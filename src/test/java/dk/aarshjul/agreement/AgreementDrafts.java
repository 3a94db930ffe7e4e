package dk.aarshjul.agreement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A valid draft for a unit's agreement process, with two development goals on its centre's strategy map. */
public final class AgreementDrafts {

	private AgreementDrafts() {
	}

	public static Map<String, Object> valid(RuntimeService runtime, String processInstanceId, int year) {
		Map<String, Object> draft = AgreementForms.draft(2_000_000,
				AgreementForms.developmentGoals(2, initiatives(runtime, processInstanceId), year), year);
		draft.remove(UnitAgreementProcess.Var.OTHER_GOAL + 1);
		return draft;
	}

	/**
	 * The largest draft the form allows: the most development goals (on the initiatives offered, in turn) and the most
	 * goals for other areas (one of each kind, then again), every text at its form's maximum length. Each text begins
	 * with {@code party} and the goal's slot.
	 */
	public static Map<String, Object> fullLength(RuntimeService runtime, String processInstanceId, String party, int year) {
		List<String> initiatives = initiatives(runtime, processInstanceId);
		List<String> kinds = List.of(GoalKind.LEGISLATION.name(), GoalKind.PROFESSIONAL.name(), GoalKind.OTHER.name());
		Map<String, Object> draft = new LinkedHashMap<>();
		draft.put(UnitAgreementProcess.Var.ECONOMIC_FRAME, 987_654_321);
		for (int i = 1; i <= AgreementDraft.MAX_DEVELOPMENT_GOALS; i++) {
			draft.put(UnitAgreementProcess.Var.DEVELOPMENT_GOAL + i, AgreementForms.json(AgreementForms.fullLengthGoal(
					initiatives.get((i - 1) % initiatives.size()), null, party + " udviklingsmål " + i, year)));
		}
		for (int i = 1; i <= AgreementDraft.MAX_OTHER_GOALS; i++) {
			draft.put(UnitAgreementProcess.Var.OTHER_GOAL + i, AgreementForms.json(AgreementForms.fullLengthGoal(null,
					kinds.get((i - 1) % kinds.size()), party + " andet mål " + i, year)));
		}
		return draft;
	}

	/** The ids of the initiatives the draft form offers. */
	static List<String> initiatives(RuntimeService runtime, String processInstanceId) {
		Object options = runtime.getVariable(processInstanceId, UnitAgreementProcess.Var.INITIATIVE_OPTIONS);
		try {
			List<Map<String, Object>> list = new ObjectMapper().readValue(options.toString(), new TypeReference<>() {
			});
			return list.stream().map(o -> (String) o.get("value")).toList();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}
