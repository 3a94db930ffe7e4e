package dk.aarshjul.agreement;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import dk.aarshjul.scope.Scope;

/** {@code Task_PrepareCentreAgreement}: records the centre's agreement for next year and offers its map's initiatives. */
@Component("prepareCentreAgreementTask")
class PrepareCentreAgreementTask implements JavaDelegate {

	private final AgreementService agreements;

	PrepareCentreAgreementTask(AgreementService agreements) {
		this.agreements = agreements;
	}

	@Override
	public void execute(DelegateExecution execution) {
		int agreementYear = Scope.year(execution) + 1;
		AgreementService.Prepared prepared = agreements.prepareCentre(
				Scope.municipality(execution),
				Scope.centre(execution), agreementYear, execution.getProcessInstanceId());
		execution.setVariable(CentreAgreementProcess.Var.AGREEMENT_YEAR, agreementYear);
		execution.setVariable(UnitAgreementProcess.Var.CENTRE_NAME, prepared.centreName());
		PrepareAgreementTask.giveDraftForm(execution, prepared.initiativeOptions(), prepared.lastYearGoalOptions(), List.of(),
				prepared.slots());
	}
}
