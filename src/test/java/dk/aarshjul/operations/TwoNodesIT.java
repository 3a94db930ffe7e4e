package dk.aarshjul.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import dk.aarshjul.AarshjulApplication;
import dk.aarshjul.agreement.UnitAgreementProcess;
import dk.aarshjul.budget.BudgetTrackProcess;
import dk.aarshjul.cycle.AnnualCycleProcess;
import dk.aarshjul.cycle.Milestone;
import dk.aarshjul.cycle.UnitYearProcess;
import dk.aarshjul.system.EngineClock;
import dk.aarshjul.test.ProcessTestSupport;
import dk.aarshjul.test.TestPostgres;

/**
 * Two nodes of the application on one PostgreSQL, both running jobs, as two application contexts in one JVM (the
 * engine's clock, which the test moves, is the JVM's, so the nodes share it as servers share the time of day). The
 * first quarter's fan-out and every budget milestone of a year run on both at once: each job runs exactly once,
 * each unit gets one year and one draft task, and each milestone reaches the budget system exactly once.
 */
class TwoNodesIT {

	private static final int YEAR = Year.now().getValue() + 1;
	private static final int UNITS = 113;
	private static final String[] BUDGET_MILESTONES = Arrays.stream(Milestone.values())
		.filter(m -> m.track() == Milestone.Track.BUDGET).map(Milestone::name).toArray(String[]::new);

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void everyJobAndEveryBudgetDeliveryHappensExactlyOnce() throws Exception {
		Map<String, Object> database = TestPostgres.properties(TestPostgres.newDatabase());
		ProcessTestSupport.clock(YEAR - 1, 10, 15);
		try (ConfigurableApplicationContext a = start(database, "node-a");
				ConfigurableApplicationContext b = start(database, "node-b")) {
			List<ConfigurableApplicationContext> nodes = List.of(a, b);
			JdbcClient jdbc = a.getBean(JdbcClient.class);
			RuntimeService runtime = a.getBean(RuntimeService.class);

			ProcessInstance cycle = runtime.startProcessInstanceByKey(AnnualCycleProcess.KEY, String.valueOf(YEAR),
					Map.of(AnnualCycleProcess.Var.YEAR, YEAR));
			completeAll(b, AnnualCycleProcess.TASK_PREPARE_YEAR, Map.of());
			awaitQuiet(a);
			completeAll(a, AnnualCycleProcess.TASK_REVIEW_MED_PLAN, Map.of());
			awaitQuiet(a);

			ProcessTestSupport.clock(YEAR, 1, 2);
			long q1 = awaitQuiet(a);
			System.out.printf("TwoNodesIT: Q1 opened by two nodes in %d ms%n", q1);
			assertThat(a.getBean(TaskService.class).createTaskQuery().taskDefinitionKey(UnitAgreementProcess.TASK_DRAFT).count())
				.isEqualTo(UNITS);
			assertThat(jdbc.sql("""
					SELECT count(DISTINCT v.text_) FROM act_ru_task t JOIN act_ru_variable v ON v.task_id_ = t.id_ AND v.name_ = 'unit'
					WHERE t.task_def_key_ = ?""").param(UnitAgreementProcess.TASK_DRAFT).query(Integer.class).single())
				.as("one draft task per unit").isEqualTo(UNITS);
			assertThat(jdbc.sql("SELECT count(DISTINCT business_key_) FROM act_hi_procinst WHERE proc_def_key_ = ?")
				.param(UnitYearProcess.KEY).query(Integer.class).single()).isEqualTo(UNITS);
			assertThat(jdbc.sql("SELECT count(*) FROM act_hi_procinst WHERE proc_def_key_ = ?")
				.param(UnitYearProcess.KEY).query(Integer.class).single()).as("no unit year started twice").isEqualTo(UNITS);

			// The budget year, milestone by milestone on its date; each forum registers on the day, on either node.
			for (Milestone milestone : Milestone.values()) {
				if (milestone.track() != Milestone.Track.BUDGET) {
					continue;
				}
				LocalDate date = milestone.defaultDate(YEAR);
				ProcessTestSupport.clock(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
				awaitQuiet(a);
				int turn = 0;
				for (List<Task> open = budgetTasks(a); !open.isEmpty(); open = budgetTasks(a)) {
					for (Task task : open) {
						nodes.get(turn++ % 2).getBean(TaskService.class).complete(task.getId(), Map.of(
								BudgetTrackProcess.Var.HELD_ON, EngineClock.today().toString(),
								BudgetTrackProcess.Var.OUTCOME, "Behandlet som planlagt.", BudgetTrackProcess.Var.APPROVED, "ja"));
					}
					awaitQuiet(a);
				}
			}

			assertThat(jdbc.sql("SELECT milestone FROM budget_delivery WHERE cycle_year = ?").param(YEAR).query(String.class).list())
				.as("every budget milestone delivered once").containsExactlyInAnyOrder(BUDGET_MILESTONES);
			assertThat(jdbc.sql("SELECT count(*) FROM budget_ledger WHERE idempotency_key LIKE ?").param("%:" + YEAR + ":%")
				.query(Integer.class).single()).as("received once by the budget system").isEqualTo(BUDGET_MILESTONES.length);
			assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(BudgetTrackProcess.KEY).count())
				.as("the budget track has ended").isZero();

			// Every job: created once, and then run successfully once, deleted (a cancelled timer), or still waiting. The
			// engine's history cleanup is the one job that runs again and again under its own id, each night by design.
			assertThat(jdbc.sql("""
					SELECT job_id_, max(job_def_type_), max(act_id_) FROM act_hi_job_log WHERE job_state_ = 2
					AND (job_def_type_ IS NULL OR job_def_type_ <> 'history-cleanup')
					GROUP BY job_id_ HAVING count(*) > 1""")
				.query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3)).list())
				.as("jobs run successfully more than once").isEmpty();
			assertThat(jdbc.sql("""
					SELECT count(*) FROM act_hi_job_log c WHERE c.job_state_ = 0
					AND NOT EXISTS (SELECT 1 FROM act_hi_job_log e WHERE e.job_id_ = c.job_id_ AND e.job_state_ IN (2, 3))
					AND NOT EXISTS (SELECT 1 FROM act_ru_job r WHERE r.id_ = c.job_id_)""").query(Integer.class).single())
				.as("jobs lost").isZero();
			Map<String, Integer> byNode = jdbc.sql("SELECT hostname_, count(*) FROM act_hi_job_log WHERE job_state_ = 2 GROUP BY hostname_")
				.query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2))).list().stream()
				.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
			int failures = jdbc.sql("SELECT count(*) FROM act_hi_job_log WHERE job_state_ = 1").query(Integer.class).single();
			System.out.printf("TwoNodesIT: jobs run by node: %s; failed attempts (retried): %d; longest job: node-a %.1f s, node-b %.1f s%n",
					byNode, failures, longestJob(a), longestJob(b));
			jdbc.sql("SELECT hostname_, act_id_, job_exception_msg_ FROM act_hi_job_log WHERE job_state_ = 1")
				.query((rs, n) -> "TwoNodesIT: failed attempt on %s at %s: %s".formatted(rs.getString(1), rs.getString(2), rs.getString(3)))
				.list().forEach(System.out::println);
			assertThat(byNode).as("both nodes ran jobs").containsKeys("node-a", "node-b");
			assertThat(runtime.createIncidentQuery().count()).isZero();
			assertThat(runtime.createProcessInstanceQuery().processInstanceId(cycle.getId()).count()).isEqualTo(1);
		}
	}

	private static ConfigurableApplicationContext start(Map<String, Object> database, String node) {
		return new SpringApplicationBuilder(AarshjulApplication.class)
			.profiles("postgres", "demo")
			.properties(database)
			// Each node looks for new jobs at least every second (in production at most every minute when idle), so
			// that the test does not wait for the jobs the other node's transactions made.
			.run("--server.port=0", "--aarshjul.node.id=" + node, "--camunda.bpm.job-execution.max-wait=1000",
					"--camunda.bpm.job-execution.wait-time-in-millis=500");
	}

	/** Waits until no job is due or locked, twice in a row; returns how long that took (ms). */
	private static long awaitQuiet(ConfigurableApplicationContext node) throws InterruptedException {
		ManagementService management = node.getBean(ManagementService.class);
		JdbcClient jdbc = node.getBean(JdbcClient.class);
		long start = System.nanoTime();
		long deadline = start + Duration.ofMinutes(3).toNanos();
		int quiet = 0;
		while (quiet < 2) {
			assertThat(System.nanoTime()).as("the nodes run every job due within three minutes").isLessThan(deadline);
			Thread.sleep(300);
			boolean busy = management.createJobQuery().executable().count() > 0
					|| jdbc.sql("SELECT count(*) FROM act_ru_job WHERE lock_owner_ IS NOT NULL").query(Integer.class).single() > 0;
			quiet = busy ? 0 : quiet + 1;
		}
		return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
	}

	private static void completeAll(ConfigurableApplicationContext node, String taskKey, Map<String, Object> variables) {
		TaskService tasks = node.getBean(TaskService.class);
		tasks.createTaskQuery().taskDefinitionKey(taskKey).list().forEach(t -> tasks.complete(t.getId(), variables));
	}

	private static List<Task> budgetTasks(ConfigurableApplicationContext node) {
		return node.getBean(TaskService.class).createTaskQuery().processDefinitionKey(BudgetTrackProcess.KEY).list();
	}

	private static double longestJob(ConfigurableApplicationContext node) {
		return node.getBean(JobLocks.class).longestJob().toMillis() / 1000.0;
	}
}
