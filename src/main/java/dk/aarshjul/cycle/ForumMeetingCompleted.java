package dk.aarshjul.cycle;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import dk.aarshjul.cycle.AnnualCycleProcess.Var;
import dk.aarshjul.scope.Scope;
import dk.aarshjul.system.TaskUser;

/**
 * The forums' tasks of "Årets gang" ({@code Task_DiscussInCommittee}, {@code Task_DiscussInCouncil},
 * {@code Task_FollowUpBenefits}, {@code Task_CentreCouncilFollowUp}, {@code Task_StrategySeminar}), on complete:
 * records the meeting. Which forum it is comes from the task's input {@code forum} in the model. The submitted fields
 * ({@code heldOn}, {@code discussion}, {@code decisions}) are inputs of the task in the model too, so each forum's
 * submission stays local to its own task: forums that meet at the same time never write the same variable.
 */
@Component("forumMeetingCompleted")
class ForumMeetingCompleted implements TaskListener {

	private final CycleService cycles;

	ForumMeetingCompleted(CycleService cycles) {
		this.cycles = cycles;
	}

	@Override
	public void notify(DelegateTask task) {
		cycles.registerForumMeeting(task.getProcessInstanceId(), Scope.municipality(task),
				Scope.year(task),
				ForumMeeting.Forum.valueOf((String) task.getVariable(Var.FORUM)),
				(String) task.getVariableLocal(Scope.COMMITTEE), task.getVariable(Var.HELD_ON),
				task.getVariable(Var.DISCUSSION), task.getVariable(Var.DECISIONS), TaskUser.of(task));
	}
}
