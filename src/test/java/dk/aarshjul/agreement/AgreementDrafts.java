package dk.aarshjul.agreement;

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
