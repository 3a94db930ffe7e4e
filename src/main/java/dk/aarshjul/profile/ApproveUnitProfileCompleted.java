package dk.aarshjul.profile;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import dk.aarshjul.profile.UnitProfileProcess.Var;
import dk.aarshjul.system.TaskUser;

/**
 * {@code Task_ApproveUnitProfile}, on complete: records the chief's decision for the gateway "Godkendt?". The decision
 * is not kept for the next round; a comment sent back is, for the leader to read.
 */
@Component("approveUnitProfileCompleted")
class ApproveUnitProfileCompleted implements TaskListener {

	private final UnitProfileService profiles;

	ApproveUnitProfileCompleted(UnitProfileService profiles) {
		this.profiles = profiles;
	}

	@Override
	public void notify(DelegateTask task) {
		boolean approved = profiles.decide(task.getProcessInstanceId(), task.getVariable(Var.DECISION),
				task.getVariable(Var.RETURN_COMMENT), TaskUser.of(task));
		task.getExecution().setVariable(Var.APPROVED, approved);
		task.getExecution().removeVariable(Var.DECISION);
		if (approved) {
			task.getExecution().removeVariable(Var.RETURN_COMMENT);
		}
	}
}
