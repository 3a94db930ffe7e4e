package dk.aarshjul.agreement;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import dk.aarshjul.system.TaskUser;
import dk.aarshjul.agreement.UnitAgreementProcess.Var;

/**
 * {@code Task_ApproveAgreement}, on complete: records the centre chief's decision for the gateway "Godkendt?".
 * The decision is not kept for the next round, so the chief always decides afresh.
 */
@Component("approveAgreementCompleted")
class ApproveAgreementCompleted implements TaskListener {

	private final AgreementService agreements;

	ApproveAgreementCompleted(AgreementService agreements) {
		this.agreements = agreements;
	}

	@Override
	public void notify(DelegateTask task) {
		boolean approved = agreements.decide(task.getProcessInstanceId(), task.getVariable(Var.DECISION),
				task.getVariable(Var.RETURN_COMMENT), TaskUser.of(task));
		task.getExecution().setVariable(Var.APPROVED, approved);
		task.getExecution().removeVariable(Var.DECISION);
		if (approved) {
			task.getExecution().removeVariable(Var.RETURN_COMMENT);
		}
	}
}
