package dk.aarshjul.agreement;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import dk.aarshjul.agreement.UnitAgreementProcess.Var;

/** {@code Task_DraftAgreement}, on complete: checks and saves the draft and sends it to the centre chief. */
@Component("draftAgreementCompleted")
class DraftAgreementCompleted implements TaskListener {

	private final AgreementService agreements;

	DraftAgreementCompleted(AgreementService agreements) {
		this.agreements = agreements;
	}

	@Override
	public void notify(DelegateTask task) {
		Map<String, Object> submitted = new HashMap<>();
		for (String name : new String[] { Var.ECONOMIC_FRAME, Var.DEVELOPMENT_GOALS, Var.OTHER_GOALS }) {
			submitted.put(name, task.getVariable(name));
		}
		task.setVariable(Var.SUMMARY, agreements.submitDraft(task.getProcessInstanceId(), submitted, TaskUser.of(task)));
	}
}
