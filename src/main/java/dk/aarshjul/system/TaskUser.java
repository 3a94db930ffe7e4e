package dk.aarshjul.system;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who completed a task: the logged-in user, or else the task's assignee (e.g. when completed by the system). */
public final class TaskUser {

	private TaskUser() {
	}

	public static String of(DelegateTask task) {
		Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		return user != null ? user.getUserId() : task.getAssignee();
	}
}
