package dk.aarshjul.agreement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dk.aarshjul.agreement.UnitAgreementProcess.Var;
import dk.aarshjul.cycle.AnnualCycleProcess;
import dk.aarshjul.organisation.Route;

/** {@code Task_PrepareAgreement}: records the unit's agreement for the year and gives the forms their context. */
@Component("prepareAgreementTask")
class PrepareAgreementTask implements JavaDelegate {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final AgreementService agreements;

	PrepareAgreementTask(AgreementService agreements) {
		this.agreements = agreements;
	}

	@Override
	public void execute(DelegateExecution execution) throws JsonProcessingException {
		AgreementService.Prepared prepared = agreements.prepare(
				(String) execution.getVariable(AnnualCycleProcess.Var.MUNICIPALITY),
				(String) execution.getVariable(Route.UNIT),
				((Number) execution.getVariable(AnnualCycleProcess.Var.YEAR)).intValue(),
				execution.getProcessInstanceId());
		execution.setVariable(Var.UNIT_NAME, prepared.unitName());
		execution.setVariable(Var.CENTRE_NAME, prepared.centreName());
		execution.setVariable(Route.CENTRE, prepared.centreId());
		execution.setVariable(Var.HAS_LAST_YEAR, !prepared.lastYearGoals().isEmpty());
		execution.setVariable(Var.LAST_YEAR_GOAL_COUNT, prepared.lastYearGoals().size());
		for (int i = 0; i < prepared.lastYearGoals().size(); i++) {
			execution.setVariable(Var.LAST_YEAR_GOAL + (i + 1),
					SpinValues.jsonValue(JSON.writeValueAsString(prepared.lastYearGoals().get(i))).create());
		}
		execution.setVariable(Var.INITIATIVE_OPTIONS,
				SpinValues.jsonValue(JSON.writeValueAsString(prepared.initiativeOptions())).create());
	}
}
