package dk.aarshjul.agreement;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;

/** A valid draft for a unit's agreement process, with two development goals on its centre's strategy map. */
public final class AgreementDrafts {

	private AgreementDrafts() {
	}

	public static Map<String, Object> valid(RuntimeService runtime, String processInstanceId, int year) {
		List<String> initiatives = FormValues.items(
				runtime.getVariable(processInstanceId, UnitAgreementProcess.Var.INITIATIVE_OPTIONS))
			.stream().map(o -> (String) o.get("value")).toList();
		Map<String, Object> draft = AgreementForms.draft(2_000_000, AgreementForms.developmentGoals(2, initiatives, year), year);
		draft.remove(UnitAgreementProcess.Var.OTHER_GOALS);
		return draft;
	}
}
