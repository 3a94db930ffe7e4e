package dk.aarshjul.followup;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import dk.aarshjul.organisation.TaskRouting;

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
			// The goal's title goes before whose the task is, which routing has already added to the name.
			String name = task.getName();
			int party = name.indexOf(TaskRouting.PARTY_SEPARATOR);
			String goal = " »" + followUps.dialogueTitle(dialogue) + "«";
			task.setName(party < 0 ? name + goal : name.substring(0, party) + goal + name.substring(party));
			task.setVariableLocal(Var.CONTEXT, followUps.dialogueContext(dialogue));
			// A submission is set on the task's execution: one of its own per goal.
			task.getExecution().setVariableLocal(Var.AGREED_ACTION, null);
		}
		else {
			followUps.recordDialogue(task.getId(), task.getExecution().getVariableLocal(Var.AGREED_ACTION), TaskUser.of(task));
		}
	}
}
