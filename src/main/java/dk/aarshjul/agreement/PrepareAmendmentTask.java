package dk.aarshjul.agreement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import dk.aarshjul.agreement.AgreementAmendmentProcess.Var;

/** {@code Task_PrepareAmendment}: opens the new version, its draft form prefilled with the version in force. */
@Component("prepareAmendmentTask")
class PrepareAmendmentTask implements JavaDelegate {

	private final AmendmentService amendments;

	PrepareAmendmentTask(AmendmentService amendments) {
		this.amendments = amendments;
	}

	@Override
	public void execute(DelegateExecution execution) {
		AmendmentService.Amendment amendment = amendments.prepareAmendment(execution.getProcessInstanceId());
		PrepareAgreementTask.giveDraftForm(execution, amendment.initiativeOptions(), amendment.lastYearGoalOptions(),
				amendment.amendableGoalOptions(), amendment.slots());
		execution.setVariable(Var.PREMISES_SUMMARY, execution.getVariable(Var.PREMISES_SUMMARY) + "\n\n" + amendment.summary());
	}
}
