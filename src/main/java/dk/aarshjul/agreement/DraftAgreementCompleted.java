package dk.aarshjul.agreement;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import dk.aarshjul.system.TaskUser;
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
		task.getVariables().forEach((name, value) -> {
			if (name.equals(Var.ECONOMIC_FRAME) || name.startsWith(Var.DEVELOPMENT_GOAL) || name.startsWith(Var.OTHER_GOAL)) {
				submitted.put(name, value);
			}
		});
		task.setVariable(Var.SUMMARY, agreements.submitDraft(task.getProcessInstanceId(), submitted, TaskUser.of(task)));
		task.setVariable(Var.PREVIOUS_AGREEMENT_ID, agreements.previousApproved(task.getProcessInstanceId()).orElse(null));
	}
}
