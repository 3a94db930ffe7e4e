package dk.aarshjul.agreement;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import dk.aarshjul.agreement.UnitAgreementProcess.Var;
import dk.aarshjul.scope.Scope;
import dk.aarshjul.system.FormSlots;

/** {@code Task_PrepareAgreement}: records the unit's agreement for the year and gives the forms their context. */
@Component("prepareAgreementTask")
class PrepareAgreementTask implements JavaDelegate {

	private final AgreementService agreements;

	PrepareAgreementTask(AgreementService agreements) {
		this.agreements = agreements;
	}

	@Override
	public void execute(DelegateExecution execution) {
		AgreementService.Prepared prepared = agreements.prepare(
				Scope.municipality(execution),
				Scope.unit(execution),
				Scope.year(execution),
				execution.getProcessInstanceId());
		execution.setVariable(Var.UNIT_NAME, prepared.unitName());
		execution.setVariable(Var.CENTRE_NAME, prepared.centreName());
		execution.setVariable(Scope.CENTRE, prepared.centreId());
		execution.setVariable(Var.HAS_LAST_YEAR, !prepared.lastYearGoals().isEmpty());
		execution.setVariable(Var.EVALUATION_PENDING, !prepared.lastYearGoals().isEmpty());
		FormSlots.put(execution, Var.LAST_YEAR_GOAL, Var.LAST_YEAR_GOAL_COUNT, prepared.lastYearGoals());
		giveDraftForm(execution, prepared.initiativeOptions(), prepared.lastYearGoalOptions(), List.of(), prepared.slots());
	}

	/**
	 * What the draft form (forms/draft-agreement.form) offers: the initiatives to link to, the goals that may be
	 * continued or amended, and its slots prefilled.
	 */
	static void giveDraftForm(VariableScope scope, List<Map<String, Object>> initiatives,
			List<Map<String, Object>> continuable, List<Map<String, Object>> amendable, Map<String, Object> slots) {
		scope.setVariable(Var.INITIATIVE_OPTIONS, FormSlots.json(initiatives));
		scope.setVariable(Var.LAST_YEAR_GOAL_OPTIONS, FormSlots.json(continuable));
		scope.setVariable(Var.AMENDABLE_GOAL_OPTIONS, FormSlots.json(amendable));
		slots.forEach((name, value) -> scope.setVariable(name, value instanceof Map ? FormSlots.json(value) : value));
	}
}
