package dk.aarshjul.operations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The job executor's locks across a crash. A job the executor has taken is locked to its owner until the lock time has
 * passed; a node killed while it holds jobs would leave them untouched for that long. So every node locks under a
 * name that survives its restart ({@link NodeProperties}), and on start, before its job executor runs, it releases
 * the locks its previous run still holds: that run is gone, and its transactions were rolled back with it. A node
 * that does not come back leaves its jobs to the others once the lock time (a minute) has passed.
 *
 * <p>The lock time is only safe if every job is shorter: a job still running when its lock expires may be taken by
 * another node, and one of the two runs is then rolled back. So each job's duration is measured
 * ({@code aarshjul.jobs.execution}), and a job that takes more than half the lock time is logged as a warning.
 */
@Component
class JobLocks extends AbstractProcessEnginePlugin {

	private static final Logger log = LoggerFactory.getLogger(JobLocks.class);

	private final String owner;
	private final Timer jobs;
	private final AtomicLong longestNanos = new AtomicLong();
	private volatile Duration warnAfter = Duration.ofSeconds(30);

	JobLocks(NodeProperties node, @Value("${server.port:8080}") int port, MeterRegistry metrics) {
		this.owner = node.idOr(port);
		this.jobs = Timer.builder("aarshjul.jobs.execution")
			.description("How long each job took, from its start to its commit (compare the max with the lock time)")
			.register(metrics);
		Gauge.builder("aarshjul.jobs.execution.longest", longestNanos, n -> n.get() / 1e9)
			.description("The longest job since this node started; keep it well below the lock time")
			.baseUnit("seconds").register(metrics);
	}

	/** The longest job this node has run since it started. */
	Duration longestJob() {
		return Duration.ofNanos(longestNanos.get());
	}

	String owner() {
		return owner;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		// The job log (Cockpit, ACT_HI_JOB_LOG.HOSTNAME_) names the node that ran each job.
		configuration.setHostname(owner);
		List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
				? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
		interceptors.add(new JobTiming());
		configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
	}

	@Override
	public void postInit(ProcessEngineConfigurationImpl configuration) {
		JobExecutor executor = configuration.getJobExecutor();
		if (executor != null) {
			executor.setLockOwner(owner);
			warnAfter = Duration.ofMillis(executor.getLockTimeInMillis() / 2);
		}
	}

	/** The engine is built and its job executor not yet started: release what this node's previous run held. */
	@Override
	public void postProcessEngineBuild(ProcessEngine engine) {
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
		int released = release(configuration.getDataSource(), configuration.getDatabaseTablePrefix(), owner);
		if (released > 0) {
			log.warn("Released {} jobs still locked by this node's previous run ({}); they run again now", released, owner);
		}
		else {
			log.info("Job executor locks jobs as {}", owner);
		}
	}

	/** Unlocks every job locked by {@code owner}; the revision moves on, so a late commit of the old run would fail. */
	static int release(DataSource dataSource, String tablePrefix, String owner) {
		String sql = "UPDATE " + (tablePrefix == null ? "" : tablePrefix) + "ACT_RU_JOB"
				+ " SET LOCK_OWNER_ = NULL, LOCK_EXP_TIME_ = NULL, REV_ = REV_ + 1 WHERE LOCK_OWNER_ = ?";
		try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement(sql)) {
			update.setString(1, owner);
			int released = update.executeUpdate();
			if (!connection.getAutoCommit()) {
				connection.commit();
			}
			return released;
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot release the jobs locked by " + owner, e);
		}
	}

	/** Measures each job's command, transaction and commit included. */
	private class JobTiming extends CommandInterceptor {

		@Override
		public <T> T execute(Command<T> command) {
			if (!(command instanceof ExecuteJobsCmd)) {
				return next.execute(command);
			}
			long start = System.nanoTime();
			try {
				return next.execute(command);
			}
			finally {
				Duration took = Duration.ofNanos(System.nanoTime() - start);
				jobs.record(took);
				longestNanos.accumulateAndGet(took.toNanos(), Math::max);
				if (took.compareTo(warnAfter) > 0) {
					log.warn("A job took {} s, more than half the job executor's lock time; raise the lock time "
							+ "(CAMUNDA_JOB_LOCK_TIME) or make the job shorter", took.toMillis() / 1000.0);
				}
			}
		}
	}
}
