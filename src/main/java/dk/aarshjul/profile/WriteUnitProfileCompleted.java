package dk.aarshjul.profile;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import dk.aarshjul.profile.UnitProfileProcess.Var;
import dk.aarshjul.system.TaskUser;

/** {@code Task_WriteUnitProfile}, on complete: saves the leader's text and gives the chief the profile to read. */
@Component("writeUnitProfileCompleted")
class WriteUnitProfileCompleted implements TaskListener {

	private final UnitProfileService profiles;

	WriteUnitProfileCompleted(UnitProfileService profiles) {
		this.profiles = profiles;
	}

	@Override
	public void notify(DelegateTask task) {
		String summary = profiles.submit(task.getProcessInstanceId(), task.getVariables(), TaskUser.of(task));
		task.getExecution().setVariable(Var.SUMMARY, summary);
		task.getExecution().removeVariable(Var.RETURN_COMMENT);
	}
}
