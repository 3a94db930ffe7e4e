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
 * complete, set its variables) and hand it back or on ({@code TASK_ASSIGN}: unclaim, assign), but not change it
 * otherwise (Camunda's default, {@code UPDATE}, would let them).
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
						Stream.of(TaskPermissions.TASK_ASSIGN)).toArray(Permission[]::new);
			}
		});
	}
}
