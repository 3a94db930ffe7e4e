package dk.aarshjul.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Year;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.ObjectMapper;

import dk.aarshjul.agreement.AgreementDrafts;
import dk.aarshjul.agreement.UnitAgreementProcess;
import dk.aarshjul.followup.FollowUpProcess;
import dk.aarshjul.organisation.Organisation;
import dk.aarshjul.organisation.OrganisationService;
import dk.aarshjul.strategy.CentreEvaluationProcess;
import dk.aarshjul.strategy.CentreEvaluations;
import dk.aarshjul.test.PostgresApplicationIT;
import dk.aarshjul.test.ProcessTestSupport;
import dk.aarshjul.test.Submissions;

/**
 * The whole organisation working at the same moment, through the REST API as Tasklist calls it, on PostgreSQL:
 * every unit leader drafts at once; then every centre chief approves all of their units' agreements at once while
 * the directors evaluate the centres; then every leader follows up in Q2 and again in Q3, which brings each unit's
 * year to its (asynchronous) end. No user may see an error, and the job executor ends the 113 unit years without a
 * single failed job. Prints what it measured (requests, wall time, latencies); it asserts no times.
 */
class ConcurrentCompletionIT extends PostgresApplicationIT {

	/** Next year as the real calendar has it: the example strategy maps are installed for it at startup. */
	private static final int YEAR = Year.now().getValue() + 1;
	private static final String PASSWORD = "demo";
	private static final int DEFAULT_RETRIES = 3;
	private static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;
	@Autowired
	ProcessEngine engine;
	@Autowired
	RuntimeService runtime;
	@Autowired
	TaskService tasks;
	@Autowired
	ManagementService management;
	@Autowired
	HistoryService history;
	@Autowired
	OrganisationService organisation;

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(30)).build();

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void everyoneCompletesAtTheSameTimeAndNobodySeesAnError() throws Exception {
		Organisation org = organisation.current();
		int units = organisation.unitIds().size();
		int centres = organisation.centreIds().size();

		long testStart = System.nanoTime();
		ProcessTestSupport.clock(YEAR - 1, 10, 15);
		ProcessInstance cycle = runtime.startProcessInstanceByKey(AnnualCycleProcess.KEY, Map.of(AnnualCycleProcess.Var.YEAR, YEAR));
		completeAll(AnnualCycleProcess.TASK_PREPARE_YEAR);
		completeAll(AnnualCycleProcess.TASK_REVIEW_MED_PLAN);
		ProcessTestSupport.executeJobs(management);
		long q1Opening = onDate(1, 2);
		List<Task> drafts = openTasks(UnitAgreementProcess.TASK_DRAFT);
		List<Task> evaluations = openTasks(CentreEvaluationProcess.TASK_EVALUATE);
		assertThat(drafts).hasSize(units);
		assertThat(evaluations).hasSize(centres);

		// Phase 1: every leader drafts their unit's agreement at once.
		List<Completion> phase1 = new ArrayList<>();
		for (Task draft : drafts) {
			String unit = (String) runtime.getVariable(draft.getProcessInstanceId(), "unit");
			phase1.add(new Completion("leder-" + unit, draft.getId(),
					AgreementDrafts.valid(runtime, draft.getProcessInstanceId(), YEAR)));
		}
		run("1: drafts", phase1).assertNoErrors();

		// Phase 1b: every unit's A-MED gives its statement on the draft at once (the leader, who is its member).
		List<Completion> statements = new ArrayList<>();
		for (Task statement : openTasks(UnitAgreementProcess.TASK_MED_STATEMENT)) {
			String unit = (String) runtime.getVariable(statement.getProcessInstanceId(), "unit");
			statements.add(new Completion(org.unit(unit).orElseThrow().worksCouncil().get(0), statement.getId(),
					ProcessTestSupport.noRemarks()));
		}
		assertThat(statements).hasSize(units);
		run("1b: A-MED statements", statements).assertNoErrors();

		// Phase 2: every approval by the chiefs and every centre evaluation by the directors, all at once.
		List<Task> approvals = openTasks(UnitAgreementProcess.TASK_APPROVE);
		assertThat(approvals).hasSize(units);
		List<Completion> phase2 = new ArrayList<>();
		for (Task approval : approvals) {
			String unit = (String) runtime.getVariable(approval.getProcessInstanceId(), "unit");
			phase2.add(new Completion("chef-" + org.centreOfUnit(unit).orElseThrow().id(), approval.getId(),
					Map.of(UnitAgreementProcess.Var.DECISION, "approve")));
		}
		for (Task evaluation : evaluations) {
			String centre = (String) runtime.getVariable(evaluation.getProcessInstanceId(), "centre");
			phase2.add(new Completion(org.directorOf(centre).orElseThrow().person(), evaluation.getId(),
					CentreEvaluations.valid(runtime, evaluation.getProcessInstanceId())));
		}
		run("2: approvals and evaluations", phase2).assertNoErrors();

		assertThat(finished(UnitAgreementProcess.TASK_DRAFT)).isEqualTo(units);
		assertThat(finished(UnitAgreementProcess.TASK_APPROVE)).isEqualTo(units);
		assertThat(finished(CentreEvaluationProcess.TASK_EVALUATE)).isEqualTo(centres);
		assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(UnitAgreementProcess.KEY).count()).isZero();
		assertThat(runtime.createExecutionQuery().processDefinitionKey(UnitYearProcess.KEY)
			.activityId(UnitYearProcess.TIMER_Q2_START).count()).as("every unit's year waits for Q2").isEqualTo(units);
		assertThat(runtime.createIncidentQuery().count()).isZero();

		// Phase 3: the Q2 follow-ups, then the Q3 follow-ups, which bring each unit's year to its end.
		long q2Opening = onDate(4, 1);
		run("3a: Q2 follow-ups", followUps(units)).assertNoErrors();
		run("3b: Q2 acknowledgements", acknowledgements(units)).assertNoErrors();
		assertThat(runtime.createExecutionQuery().processDefinitionKey(UnitYearProcess.KEY)
			.activityId(UnitYearProcess.TIMER_Q3_START).count()).as("every unit's year waits for Q3").isEqualTo(units);
		long q3Opening = onDate(8, 15);
		run("3c: Q3 follow-ups", followUps(units)).assertNoErrors();
		run("3d: Q3 acknowledgements", acknowledgements(units)).assertNoErrors();
		assertThat(finished(FollowUpProcess.TASK_REPORT)).as("the units' Q2 and Q3 follow-ups").isEqualTo(2 * units);
		assertThat(finished(FollowUpProcess.TASK_ACKNOWLEDGE)).as("acknowledged by the chiefs").isEqualTo(2 * units);
		assertThat(management.createJobQuery().processDefinitionKey(UnitYearProcess.KEY)
			.activityId(UnitYearProcess.END_EVENT).count()).as("each unit's year at its asynchronous end").isEqualTo(units);

		long endings = runJobExecutorUntilTheUnitYearsHaveEnded(cycle.getId());

		List<HistoricProcessInstance> unitYears = history.createHistoricProcessInstanceQuery()
			.processDefinitionKey(UnitYearProcess.KEY).list();
		assertThat(unitYears).hasSize(units).allSatisfy(y -> assertThat(y.getState()).as(y.getBusinessKey())
			.isEqualTo(HistoricProcessInstance.STATE_COMPLETED));
		assertThat(history.createHistoricActivityInstanceQuery().activityId(UnitYearProcess.END_EVENT).finished().list())
			.as("every unit's year ended at its end event").extracting(HistoricActivityInstance::getProcessInstanceId)
			.containsExactlyInAnyOrderElementsOf(unitYears.stream().map(HistoricProcessInstance::getId).toList());
		assertThat(runtime.createIncidentQuery().list()).isEmpty();
		assertThat(history.createHistoricJobLogQuery().failureLog().list()).as("no job failed, not even once").isEmpty();
		assertThat(management.createJobQuery().list()).extracting(Job::getRetries)
			.allSatisfy(retries -> assertThat(retries).isGreaterThanOrEqualTo(DEFAULT_RETRIES));
		HistoricActivityInstance unitYearsBody = history.createHistoricActivityInstanceQuery().processInstanceId(cycle.getId())
			.activityId(AnnualCycleProcess.CALL_UNIT_YEARS + "#multiInstanceBody").singleResult();
		assertThat(unitYearsBody.getEndTime()).as("Årets gang's CallActivity_UnitYears has completed").isNotNull();
		assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(cycle.getId())
			.activityId(AnnualCycleProcess.CALL_UNIT_YEARS).unfinished().count()).isZero();
		assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(cycle.getId())
			.activityId(AnnualCycleProcess.END_UNIT_YEARS).finished().count()).isEqualTo(1);

		System.out.printf("ConcurrentCompletionIT: ends of the %d unit years run by the job executor in %d ms%n", units, endings);
		System.out.printf("ConcurrentCompletionIT: opening Q1, Q2, Q3 (their jobs run in the test's thread): %d, %d, %d ms; the whole test: %d s%n",
				q1Opening, q2Opening, q3Opening, TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - testStart));
	}

	/** A unit leader's follow-up for every unit's open follow-up task: every goal green. */
	private List<Completion> followUps(int units) {
		List<Completion> completions = new ArrayList<>();
		for (Task report : openTasks(FollowUpProcess.TASK_REPORT)) {
			Object unit = runtime.getVariable(report.getProcessInstanceId(), "unit");
			if (unit != null) {
				completions.add(new Completion("leder-" + unit, report.getId(),
						Submissions.followUp(runtime, report.getProcessInstanceId(), "GREEN")));
			}
		}
		assertThat(completions).hasSize(units);
		return completions;
	}

	/** The centre chiefs' acknowledgements of every unit's reported follow-up. */
	private List<Completion> acknowledgements(int units) {
		List<Completion> completions = new ArrayList<>();
		for (Task acknowledgement : openTasks(FollowUpProcess.TASK_ACKNOWLEDGE)) {
			Object unit = runtime.getVariable(acknowledgement.getProcessInstanceId(), "unit");
			if (unit != null) {
				completions.add(new Completion("chef-" + organisation.current().centreOfUnit((String) unit).orElseThrow().id(),
						acknowledgement.getId(), Submissions.acknowledgement()));
			}
		}
		assertThat(completions).hasSize(units);
		return completions;
	}

	/**
	 * Starts the real job executor until every unit's year has ended and "Årets gang" has left CallActivity_UnitYears;
	 * returns how long that took (ms).
	 */
	private long runJobExecutorUntilTheUnitYearsHaveEnded(String cycleId) throws InterruptedException {
		JobExecutor jobExecutor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
		long start = System.nanoTime();
		long deadline = start + TimeUnit.MINUTES.toNanos(3);
		jobExecutor.start();
		try {
			while (runtime.createProcessInstanceQuery().processDefinitionKey(UnitYearProcess.KEY).count() > 0
					|| history.createHistoricActivityInstanceQuery().processInstanceId(cycleId)
						.activityId(AnnualCycleProcess.END_UNIT_YEARS).finished().count() == 0) {
				assertThat(System.nanoTime()).as("the unit years' ends are run within three minutes").isLessThan(deadline);
				Thread.sleep(200);
			}
			return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
		}
		finally {
			jobExecutor.shutdown();
		}
	}

	/** The day comes: every job due by then runs, and the jobs it creates. Returns how long that took (ms). */
	private long onDate(int month, int day) {
		ProcessTestSupport.clock(YEAR, month, day);
		long start = System.nanoTime();
		ProcessTestSupport.executeJobs(management);
		return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
	}

	private void completeAll(String taskKey) {
		openTasks(taskKey).forEach(t -> tasks.complete(t.getId(), Map.of()));
	}

	private List<Task> openTasks(String taskKey) {
		return tasks.createTaskQuery().taskDefinitionKey(taskKey).list();
	}

	private long finished(String taskKey) {
		return history.createHistoricTaskInstanceQuery().taskDefinitionKey(taskKey).finished().count();
	}

	/** One person's work on one task: claim it, then submit its form, as Tasklist does. */
	private record Completion(String user, String taskId, Map<String, Object> variables) {
	}

	/** One HTTP request's outcome. */
	private record Answer(String user, String request, int status, String body, long nanos) {

		boolean ok() {
			return status >= 200 && status < 300;
		}
	}

	/**
	 * Runs every completion in a thread of its own, released together: each claims its task and submits its form
	 * through the REST API as its user.
	 */
	private Phase run(String name, List<Completion> completions) throws Exception {
		List<String> bodies = new ArrayList<>();
		for (Completion completion : completions) {
			bodies.add(JSON.writeValueAsString(Map.of("variables", restVariables(completion.variables()))));
		}
		ExecutorService pool = Executors.newFixedThreadPool(Math.max(100, completions.size()));
		CountDownLatch ready = new CountDownLatch(completions.size());
		CountDownLatch go = new CountDownLatch(1);
		try {
			List<Future<List<Answer>>> futures = new ArrayList<>();
			for (int i = 0; i < completions.size(); i++) {
				Completion completion = completions.get(i);
				String body = bodies.get(i);
				futures.add(pool.submit(() -> {
					ready.countDown();
					go.await();
					Answer claim = post(completion.user(), "/engine-rest/task/" + completion.taskId() + "/claim",
							JSON.writeValueAsString(Map.of("userId", completion.user())));
					if (!claim.ok()) {
						return List.of(claim);
					}
					return List.of(claim, post(completion.user(), "/engine-rest/task/" + completion.taskId() + "/submit-form", body));
				}));
			}
			assertThat(ready.await(1, TimeUnit.MINUTES)).isTrue();
			long start = System.nanoTime();
			go.countDown();
			List<Answer> answers = new ArrayList<>();
			for (Future<List<Answer>> future : futures) {
				answers.addAll(future.get(5, TimeUnit.MINUTES));
			}
			Phase phase = new Phase(name, completions.size(), answers, System.nanoTime() - start);
			System.out.println("ConcurrentCompletionIT: " + phase.summary());
			return phase;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private Answer post(String user, String path, String body) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/json")
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.timeout(Duration.ofMinutes(2))
			.POST(HttpRequest.BodyPublishers.ofString(body)).build();
		long start = System.nanoTime();
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			return new Answer(user, path, response.statusCode(), response.body(), System.nanoTime() - start);
		}
		catch (Exception e) {
			return new Answer(user, path, -1, e.toString(), System.nanoTime() - start);
		}
	}

	/** The variables as Tasklist submits them: each with its type, slot objects as JSON. */
	private static Map<String, Object> restVariables(Map<String, Object> variables) {
		Map<String, Object> rest = new LinkedHashMap<>();
		variables.forEach((name, value) -> rest.put(name, restVariable(name, value)));
		return rest;
	}

	private static Map<String, Object> restVariable(String name, Object value) {
		if (value instanceof JsonValue json) {
			return Map.of("value", json.getValueSerialized(), "type", "Json");
		}
		if (value instanceof Integer || value instanceof Long) {
			return Map.of("value", value, "type", "Long");
		}
		if (value instanceof String) {
			return Map.of("value", value, "type", "String");
		}
		throw new IllegalArgumentException(name + ": " + value.getClass());
	}

	/** What one phase's users got: every answer, and the phase's wall time. */
	private record Phase(String name, int completions, List<Answer> answers, long wallNanos) {

		void assertNoErrors() {
			List<Answer> errors = answers.stream().filter(a -> !a.ok()).toList();
			if (!errors.isEmpty()) {
				System.out.println("Phase " + name + ": " + errors.size() + " of " + answers.size() + " requests failed:");
				errors.forEach(e -> System.out.println("  " + e.status() + " " + e.user() + " " + e.request() + ": " + e.body()));
			}
			assertThat(errors).as("requests of phase " + name + " that failed").isEmpty();
			assertThat(answers).hasSize(2 * completions);
		}

		String summary() {
			return "phase %s: %d concurrent users, %d requests, wall %d ms; claim %s; submit-form %s".formatted(name,
					completions, answers.size(), TimeUnit.NANOSECONDS.toMillis(wallNanos),
					latencies(a -> a.request().endsWith("/claim")), latencies(a -> a.request().endsWith("/submit-form")));
		}

		private String latencies(Function<Answer, Boolean> which) {
			List<Long> millis = new ArrayList<>(answers.stream().filter(which::apply)
				.map(a -> TimeUnit.NANOSECONDS.toMillis(a.nanos())).toList());
			if (millis.isEmpty()) {
				return "none";
			}
			Collections.sort(millis);
			return "median %d ms, max %d ms".formatted(millis.get(millis.size() / 2), millis.get(millis.size() - 1));
		}
	}
}
