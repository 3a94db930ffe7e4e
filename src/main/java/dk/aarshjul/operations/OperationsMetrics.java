package dk.aarshjul.operations;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dk.aarshjul.organisation.Level;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * What operations watch, in Prometheus format at {@code /actuator/prometheus}: jobs due and failed, incidents, open
 * and overdue tasks per level (the task-local variable {@code level} that routing sets), and mails sent, waiting and
 * failing. The numbers come from the database, read at most every {@link #MAX_AGE} whatever the scrape interval, so
 * that scraping never loads it; while the database does not answer, the last numbers stay and
 * {@code aarshjul_metrics_age_seconds} grows.
 */
@Component
class OperationsMetrics implements MeterBinder {

	static final Duration MAX_AGE = Duration.ofSeconds(15);
	private static final Logger log = LoggerFactory.getLogger(OperationsMetrics.class);

	private final ManagementService management;
	private final RuntimeService runtime;
	private final JdbcClient jdbc;
	private volatile Snapshot snapshot = Snapshot.EMPTY;

	OperationsMetrics(ManagementService management, RuntimeService runtime, JdbcClient jdbc) {
		this.management = management;
		this.runtime = runtime;
		this.jdbc = jdbc;
	}

	/** The numbers at one moment. */
	record Snapshot(Instant at, long jobsDue, long jobsFailed, long incidents, Map<String, long[]> tasksByLevel,
			long mailsSent, long mailsWaiting, long mailsFailing) {

		static final Snapshot EMPTY = new Snapshot(Instant.EPOCH, 0, 0, 0, Map.of(), 0, 0, 0);
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		gauge(registry, "aarshjul.jobs.due", "Jobs whose time has come and that have retries left (waiting for the job executor)", Snapshot::jobsDue);
		gauge(registry, "aarshjul.jobs.failed", "Jobs with no retries left (each is an incident in Cockpit)", Snapshot::jobsFailed);
		gauge(registry, "aarshjul.incidents", "Open incidents", Snapshot::incidents);
		gauge(registry, "aarshjul.mails.sent", "Mails sent, digests included, since the start of the outbox", Snapshot::mailsSent);
		gauge(registry, "aarshjul.mails.waiting", "Mails not sent yet", Snapshot::mailsWaiting);
		gauge(registry, "aarshjul.mails.failing", "Mails not sent yet whose last attempt failed", Snapshot::mailsFailing);
		for (Level level : Level.values()) {
			Gauge.builder("aarshjul.tasks.open", this, m -> m.current().tasksByLevel().getOrDefault(level.value(), new long[2])[0])
				.description("Open user tasks by level").tag("level", level.value()).register(registry);
			Gauge.builder("aarshjul.tasks.overdue", this, m -> m.current().tasksByLevel().getOrDefault(level.value(), new long[2])[1])
				.description("Open user tasks past their due date by level").tag("level", level.value()).register(registry);
		}
		Gauge.builder("aarshjul.metrics.age", this, m -> Duration.between(m.current().at(), Instant.now()).toMillis() / 1000.0)
			.description("How old the numbers above are").baseUnit("seconds").register(registry);
	}

	private void gauge(MeterRegistry registry, String name, String description, ToDoubleFunction<Snapshot> value) {
		Gauge.builder(name, this, m -> value.applyAsDouble(m.current())).description(description).register(registry);
	}

	Snapshot current() {
		Snapshot last = snapshot;
		if (Duration.between(last.at(), Instant.now()).compareTo(MAX_AGE) < 0) {
			return last;
		}
		synchronized (this) {
			if (snapshot != last) {
				return snapshot;
			}
			try {
				snapshot = read();
			}
			catch (RuntimeException e) {
				log.warn("Cannot read the numbers for the metrics: {}", e.toString());
			}
			return snapshot;
		}
	}

	private Snapshot read() {
		Date now = ClockUtil.getCurrentTime();
		Map<String, long[]> tasks = new HashMap<>();
		jdbc.sql("""
				SELECT v.TEXT_, COUNT(*), SUM(CASE WHEN t.DUE_DATE_ < ? THEN 1 ELSE 0 END)
				FROM ACT_RU_TASK t JOIN ACT_RU_VARIABLE v ON v.TASK_ID_ = t.ID_ AND v.NAME_ = 'level'
				GROUP BY v.TEXT_""")
			.param(now)
			.query((rs, n) -> tasks.put(rs.getString(1), new long[] { rs.getLong(2), rs.getLong(3) }))
			.list();
		long[] mails = jdbc.sql("""
				SELECT SUM(CASE WHEN sent_at IS NOT NULL THEN 1 ELSE 0 END),
				       SUM(CASE WHEN sent_at IS NULL THEN 1 ELSE 0 END),
				       SUM(CASE WHEN sent_at IS NULL AND last_error IS NOT NULL THEN 1 ELSE 0 END)
				FROM mail_outbox WHERE held = FALSE""")
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) })
			.single();
		return new Snapshot(Instant.now(), management.createJobQuery().executable().count(),
				management.createJobQuery().noRetriesLeft().count(), runtime.createIncidentQuery().count(), Map.copyOf(tasks),
				mails[0], mails[1], mails[2]);
	}
}
