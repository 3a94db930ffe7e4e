package dk.aarshjul.followup;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import dk.aarshjul.followup.GoalDialogueProcess.Var;
import dk.aarshjul.system.TaskUser;

/**
 * {@code Task_AgreeGoalAction}, one per flagged goal. On create: names the task after its goal, gives it what the
 * form shows, and records which task is the dialogue's, while the variables are still the engine's own; the submitted
 * text is made local to the task's execution, so tasks completed at the same time never write the same variable. On complete:
 * records what was agreed with the goal, found by the task (a form could submit any dialogue's id), or refuses a
 * missing text.
 */
@Component("agreeGoalActionTask")
class AgreeGoalActionTask implements TaskListener {

	private final FollowUpService followUps;

	AgreeGoalActionTask(FollowUpService followUps) {
		this.followUps = followUps;
	}

	@Override
	public void notify(DelegateTask task) {
		if (EVENTNAME_CREATE.equals(task.getEventName())) {
			long dialogue = ((Number) task.getVariable(Var.DIALOGUE)).longValue();
			followUps.attachDialogueTask(dialogue, task.getId());
			task.setName(task.getName() + " »" + followUps.dialogueTitle(dialogue) + "«");
			task.setVariableLocal(Var.CONTEXT, followUps.dialogueContext(dialogue));
			// A submission is set on the task's execution: one of its own per goal.
			task.getExecution().setVariableLocal(Var.AGREED_ACTION, null);
		}
		else {
			followUps.recordDialogue(task.getId(), task.getExecution().getVariableLocal(Var.AGREED_ACTION), TaskUser.of(task));
		}
	}
}
