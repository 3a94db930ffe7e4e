package dk.aarshjul.agreement;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import dk.aarshjul.agreement.AgreementAmendmentProcess.Var;
import dk.aarshjul.system.TaskUser;

/** The answer tasks of "Ændrede forudsætninger", on complete: records the answer for the gateway "Ændres aftalen?". */
@Component("answerPremisesChangeCompleted")
class AnswerPremisesChangeCompleted implements TaskListener {

	private final AmendmentService amendments;

	AnswerPremisesChangeCompleted(AmendmentService amendments) {
		this.amendments = amendments;
	}

	@Override
	public void notify(DelegateTask task) {
		task.getExecution().setVariable(Var.AMEND, amendments.answer(task.getProcessInstanceId(),
				task.getVariable(Var.DECISION), task.getVariable(Var.ANSWER), TaskUser.of(task)));
	}
}
