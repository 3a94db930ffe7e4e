package dk.aarshjul.followup;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import dk.aarshjul.system.TaskUser;

/**
 * {@code Task_ReportFollowUp}, on complete: saves the status of every goal, or refuses the report; hands the report
 * to the level above and says how many goals need a dialogue.
 */
@Component("reportFollowUpCompleted")
class ReportFollowUpCompleted implements TaskListener {

	private final FollowUpService followUps;

	ReportFollowUpCompleted(FollowUpService followUps) {
		this.followUps = followUps;
	}

	@Override
	public void notify(DelegateTask task) {
		FollowUpService.Report report = followUps.report(task.getProcessInstanceId(), task.getVariables(), TaskUser.of(task));
		task.getExecution().setVariable(FollowUpProcess.Var.REPORT, report.text());
		task.getExecution().setVariable(FollowUpProcess.Var.DIALOGUE_COUNT, report.dialogues());
	}
}
