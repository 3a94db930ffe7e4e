package dk.aarshjul.deadline;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import dk.aarshjul.deadline.DeadlineProcess.Var;
import dk.aarshjul.system.TaskUser;

/** {@code Task_FollowUpOverdue}, on complete: records what the level above agreed, or refuses an empty note. */
@Component("followUpOverdueCompleted")
class FollowUpOverdueCompleted implements TaskListener {

	private final DeadlineService deadlines;

	FollowUpOverdueCompleted(DeadlineService deadlines) {
		this.deadlines = deadlines;
	}

	@Override
	public void notify(DelegateTask task) {
		deadlines.followedUp((String) task.getVariable(Var.TASK_ID), task.getVariable(Var.NOTE), TaskUser.of(task));
	}
}
