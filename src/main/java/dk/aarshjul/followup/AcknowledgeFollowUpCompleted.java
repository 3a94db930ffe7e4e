package dk.aarshjul.followup;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import dk.aarshjul.system.TaskUser;

/**
 * {@code Task_AcknowledgeFollowUp}, on complete: records who acknowledged the report, when, and the comment, or
 * refuses a missing comment or an acknowledgement by the reporter.
 */
@Component("acknowledgeFollowUpCompleted")
class AcknowledgeFollowUpCompleted implements TaskListener {

	private final FollowUpService followUps;

	AcknowledgeFollowUpCompleted(FollowUpService followUps) {
		this.followUps = followUps;
	}

	@Override
	public void notify(DelegateTask task) {
		followUps.acknowledge(task.getProcessInstanceId(), task.getVariable(FollowUpProcess.Var.ACKNOWLEDGEMENT),
				TaskUser.of(task));
	}
}
