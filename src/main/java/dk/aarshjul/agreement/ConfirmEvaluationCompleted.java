package dk.aarshjul.agreement;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import dk.aarshjul.agreement.UnitAgreementProcess.Var;
import dk.aarshjul.system.TaskUser;

/**
 * {@code Task_ConfirmEvaluation}, on complete: the centre chief confirms or corrects the leader's evaluation goal by
 * goal, or it is refused; once saved, the approval of this year's agreement no longer waits for it.
 */
@Component("confirmEvaluationCompleted")
class ConfirmEvaluationCompleted implements TaskListener {

	private final AgreementService agreements;

	ConfirmEvaluationCompleted(AgreementService agreements) {
		this.agreements = agreements;
	}

	@Override
	public void notify(DelegateTask task) {
		agreements.confirmEvaluation(task.getProcessInstanceId(), task.getVariables(), TaskUser.of(task));
		task.getExecution().setVariable(Var.EVALUATION_PENDING, false);
	}
}
