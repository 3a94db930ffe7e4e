package dk.aarshjul.operations;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The process engine answers (it reads its own properties from the database) and, on a node that runs jobs
 * ({@code CAMUNDA_JOB_EXECUTION}), its job executor is running. Part of readiness; shown as {@code engine}.
 */
@Component("engineHealthIndicator")
class EngineHealth implements HealthIndicator {

	private final ProcessEngine engine;
	private final boolean runsJobs;

	EngineHealth(ProcessEngine engine, CamundaBpmProperties camunda) {
		this.engine = engine;
		this.runsJobs = camunda.getJobExecution().isEnabled();
	}

	@Override
	public Health health() {
		Health.Builder health = Health.up().withDetail("name", engine.getName());
		try {
			engine.getManagementService().getProperties();
		}
		catch (RuntimeException e) {
			health = Health.down().withDetail("name", engine.getName()).withDetail("error", e.getClass().getSimpleName());
		}
		JobExecutor jobs = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
		if (!runsJobs) {
			return health.withDetail("jobExecutor", "off on this node").build();
		}
		if (jobs == null || !jobs.isActive()) {
			return Health.down().withDetail("name", engine.getName()).withDetail("jobExecutor", "stopped").build();
		}
		return health.withDetail("jobExecutor", "running")
			.withDetail("lockOwner", jobs.getLockOwner())
			.withDetail("lockTimeMillis", jobs.getLockTimeInMillis())
			.build();
	}
}
