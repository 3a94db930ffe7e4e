package dk.aarshjul.followup;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import dk.aarshjul.system.TaskUser;

/** {@code Task_ReportFollowUp}, on complete: saves the status of every goal, or refuses the report. */
@Component("reportFollowUpCompleted")
class ReportFollowUpCompleted implements TaskListener {

	private final FollowUpService followUps;

	ReportFollowUpCompleted(FollowUpService followUps) {
		this.followUps = followUps;
	}

	@Override
	public void notify(DelegateTask task) {
		followUps.report(task.getProcessInstanceId(), task.getVariables(), TaskUser.of(task));
	}
}
