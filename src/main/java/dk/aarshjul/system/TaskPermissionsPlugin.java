package dk.aarshjul.system;

import java.util.Arrays;
import java.util.stream.Stream;

import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.springframework.stereotype.Component;

/**
 * What a task's candidate groups and assignee may do with it: read it, work on it ({@code TASK_WORK}: claim,
 * complete), keep a draft of its form on it ({@code UPDATE_VARIABLE}: its variables, which {@link RequestGuard}
 * limits to the fields of the task's own form) and hand it back or on ({@code TASK_ASSIGN}: unclaim, assign, to
 * someone who can do it: {@code organisation/TaskAssignment}), but not change it otherwise (Camunda's default,
 * {@code UPDATE}, would let them).
 */
@Component
class TaskPermissionsPlugin extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setDefaultUserPermissionNameForTask(TaskPermissions.TASK_WORK.getName());
		configuration.setResourceAuthorizationProvider(new DefaultAuthorizationProvider() {
			@Override
			protected Permission[] getRuntimePermissions(boolean enforceSpecificVariablePermission) {
				return Stream.concat(Arrays.stream(super.getRuntimePermissions(enforceSpecificVariablePermission)),
						Stream.of(TaskPermissions.TASK_ASSIGN, TaskPermissions.UPDATE_VARIABLE)).toArray(Permission[]::new);
			}
		});
	}
}
