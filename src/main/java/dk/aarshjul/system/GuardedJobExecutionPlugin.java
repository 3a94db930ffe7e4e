package dk.aarshjul.system;

import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.ManagementServiceImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.springframework.stereotype.Component;

/**
 * A job that someone asks to run now ({@code POST /job/{id}/execute}, Cockpit's "Retry", {@code executeJob}) is
 * first checked against their permissions, in a command of its own. Camunda checks them only inside the job's run,
 * where a refusal counts as the job failing: each refused call would take one of the job's retries, and three would
 * turn the daily reminder timer into an incident. Refused here, the job is never touched. The job executor does not
 * come this way and is unaffected.
 */
@Component
class GuardedJobExecutionPlugin extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setManagementService(new GuardedManagementService(configuration));
	}

	static class GuardedManagementService extends ManagementServiceImpl {

		GuardedManagementService(ProcessEngineConfiguration configuration) {
			super(configuration);
		}

		@Override
		public void executeJob(String jobId) {
			commandExecutor.execute(context -> {
				JobEntity job = jobId == null ? null : context.getJobManager().findJobById(jobId);
				if (job != null) {
					for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
						checker.checkUpdateJob(job);
					}
				}
				return null;
			});
			super.executeJob(jobId);
		}
	}
}
