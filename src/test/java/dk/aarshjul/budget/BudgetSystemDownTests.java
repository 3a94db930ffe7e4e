package dk.aarshjul.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import dk.aarshjul.cycle.AnnualCycleProcess;
import dk.aarshjul.cycle.Milestone;
import dk.aarshjul.test.ApplicationTest;
import dk.aarshjul.test.ProcessTestSupport;
import dk.aarshjul.test.TestData;

/**
 * The budget system over HTTP, a real server on this machine: while it answers 503 or cannot be reached, the
 * delivery is retried on the configured cycle and then becomes an incident; once it is back, one retry (what
 * Cockpit's "Retry" does) delivers the milestone, and it is received exactly once. The deliveries run beside the
 * track: an outage from February holds back none of the later registrations.
 */
@ApplicationTest
class BudgetSystemDownTests {

	private static final int PORT = freePort();
	private static final String KEY = "helsingor:2027:BUDGET_PROCESS_APPROVAL";

	@DynamicPropertySource
	static void budgetSystem(DynamicPropertyRegistry properties) {
		properties.add("aarshjul.budget-system.url", () -> "http://localhost:" + PORT + "/budget/milestones");
		properties.add("aarshjul.budget-system.token", () -> "hemmelig");
		properties.add("aarshjul.budget-system.timeout", () -> "2s");
		properties.add("aarshjul.budget-system.retry-cycle", () -> "R3/PT5M");
		// An application of its own, on a database of its own.
		properties.add("spring.datasource.url", () -> "jdbc:h2:mem:aarshjul-budget-http;DB_CLOSE_DELAY=-1");
	}

	/** What the budget system received: idempotency key, authorization and body of each request, and its answer. */
	record Received(String key, String authorization, String body, int status) {
	}

	private final List<Received> received = new CopyOnWriteArrayList<>();
	private HttpServer server;
	private volatile int answer;

	@Autowired
	ProcessEngine engine;
	@Autowired
	RuntimeService runtime;
	@Autowired
	TaskService tasks;
	@Autowired
	ManagementService management;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	ObjectMapper json;
	@Autowired
	BudgetService budget;

	@BeforeEach
	void setUp() {
		init(engine);
		ProcessTestSupport.clock(2027, 2, 20);
	}

	@AfterEach
	void tearDown() {
		stopServer();
		TestData.reset(runtime, jdbc);
	}

	@Test
	void aMilestoneIsRetriedWhileTheBudgetSystemIsDownBecomesAnIncidentAndOneRetryDeliversItExactlyOnce() throws Exception {
		ProcessInstance track = runtime.startProcessInstanceByKey(BudgetTrackProcess.KEY, "2027",
				Map.of(AnnualCycleProcess.Var.YEAR, 2027, AnnualCycleProcess.Var.MUNICIPALITY, "helsingor"));
		ProcessTestSupport.executeJobs(management);
		tasks.complete(tasks.createTaskQuery().taskDefinitionKey(BudgetTrackProcess.TASK_APPROVE_BUDGET_PROCESS).singleResult().getId(),
				BudgetTrackProcessTests.registration("2027-02-20", "Budgetprocessen godkendt.", "ja"));
		Job delivery = job(track);
		assertThat(delivery.getRetries()).isEqualTo(3);

		// Down: first it answers 503, then it cannot be reached at all.
		startServer(503);
		assertThatThrownBy(() -> management.executeJob(delivery.getId()))
			.isInstanceOf(BudgetSystemUnavailableException.class).hasMessageContaining("HTTP 503");
		stopServer();
		for (Job job = job(track); job.getRetries() > 0; job = job(track)) {
			assertThat(job.getDuedate()).as("retried five minutes later").isAfter(ClockUtil.getCurrentTime());
			ClockUtil.setCurrentTime(new Date(job.getDuedate().getTime() + 1000));
			String id = job.getId();
			assertThatThrownBy(() -> management.executeJob(id)).isInstanceOf(BudgetSystemUnavailableException.class)
				.hasMessageContaining("kan ikke nås");
		}

		Incident incident = runtime.createIncidentQuery().processInstanceId(track.getId()).singleResult();
		assertThat(incident.getActivityId()).isEqualTo(BudgetTrackProcess.TASK_SYNC_BUDGET_PROCESS_APPROVAL);
		assertThat(incident.getIncidentMessage()).isEqualTo("Budgetsystemet (http://localhost:" + PORT + "/budget/milestones) kan ikke nås: forbindelsen blev afvist.");
		assertThat(jdbc.sql("SELECT count(*) FROM budget_delivery").query(Integer.class).single()).isZero();
		assertThat(received).as("only the 503 attempt reached it").hasSize(1);
		assertThat(track).as("the track goes on beside the incident").isWaitingAt(BudgetTrackProcess.TIMER_BUDGET_MEETING);

		// Back: one retry, as from Cockpit.
		startServer(201);
		management.setJobRetries(job(track).getId(), 1);
		management.executeJob(job(track).getId());

		assertThat(runtime.createIncidentQuery().processInstanceId(track.getId()).count()).isZero();
		assertThat(track).isWaitingAt(BudgetTrackProcess.TIMER_BUDGET_MEETING);
		List<Received> delivered = received.subList(1, received.size());
		assertThat(delivered).singleElement().satisfies(r -> {
			assertThat(r.key()).isEqualTo(KEY);
			assertThat(r.authorization()).isEqualTo("Bearer hemmelig");
		});
		JsonNode body = json.readTree(delivered.get(0).body());
		assertThat(body.get("idempotencyKey").asText()).isEqualTo(KEY);
		assertThat(body.get("registrations").get(0).get("outcome").asText()).isEqualTo("Godkendt. Budgetprocessen godkendt.");
		assertThat(jdbc.sql("SELECT budget_system FROM budget_delivery WHERE idempotency_key = ?").param(KEY).query(String.class).single())
			.isEqualTo("http://localhost:" + PORT + "/budget/milestones");
	}

	@Test
	void whileTheBudgetSystemIsDownFromFebruaryEveryLaterRegistrationComesOnItsDateAndOnceBackEachMilestoneIsReceivedOnce() {
		ProcessInstance track = runtime.startProcessInstanceByKey(BudgetTrackProcess.KEY, "2027",
				Map.of(AnnualCycleProcess.Var.YEAR, 2027, AnnualCycleProcess.Var.MUNICIPALITY, "helsingor"));
		startServer(503);
		List<Milestone> failing = new ArrayList<>();

		// February: the budget process is approved; the budget system answers 503, then cannot be reached at all.
		runDueJobs(track);
		tasks.complete(tasks.createTaskQuery().taskDefinitionKey(BudgetTrackProcess.TASK_APPROVE_BUDGET_PROCESS).singleResult().getId(),
				BudgetTrackProcessTests.registration("2027-02-20", "Budgetprocessen godkendt.", "ja"));
		runDueJobs(track);
		stopServer();
		failing.add(Milestone.BUDGET_PROCESS_APPROVAL);
		retryUntilIncidents(track, failing);

		// Every later milestone: its task appears on its date, the earlier deliveries still incidents.
		registerOnItsDate(track, 5, 20, BudgetTrackProcess.TASK_REGISTER_BUDGET_MEETING, Milestone.BUDGET_MEETING, failing);
		registerOnItsDate(track, 8, 20, BudgetTrackProcess.TASK_REGISTER_COMMITTEE_MEETING_1, Milestone.COMMITTEE_BUDGET_MEETING_1, failing);
		registerOnItsDate(track, 9, 3, BudgetTrackProcess.TASK_REGISTER_COMMITTEE_MEETING_2, Milestone.COMMITTEE_BUDGET_MEETING_2, failing);
		registerOnItsDate(track, 9, 17, BudgetTrackProcess.TASK_REGISTER_FIRST_READING, Milestone.FIRST_READING, failing);
		registerOnItsDate(track, 10, 8, BudgetTrackProcess.TASK_REGISTER_SECOND_READING, Milestone.SECOND_READING, failing);
		registerOnItsDate(track, 11, 10, BudgetTrackProcess.TASK_BRIEF_COMMITTEE, Milestone.COMMITTEE_BUDGET_BRIEFING, failing);

		assertThat(track).hasPassed(BudgetTrackProcess.END_EVENT).isNotEnded();
		assertThat(runtime.createIncidentQuery().processInstanceId(track.getId()).list())
			.extracting(Incident::getActivityId).containsExactlyInAnyOrderElementsOf(BudgetTrackProcess.SYNC_TASKS.values());
		assertThat(jdbc.sql("SELECT count(*) FROM budget_delivery").query(Integer.class).single()).isZero();
		assertThat(received).as("only the first attempt in February got an answer").singleElement()
			.satisfies(r -> assertThat(r.status()).isEqualTo(503));

		// Back: each incident retried once, as from Cockpit; then once more, as an impatient administrator might.
		startServer(201);
		for (Incident incident : runtime.createIncidentQuery().processInstanceId(track.getId()).list()) {
			management.setJobRetries(incident.getConfiguration(), 1);
			management.executeJob(incident.getConfiguration());
		}
		assertThat(track).isEnded();
		for (Milestone milestone : BudgetTrackProcess.SYNC_TASKS.keySet()) {
			assertThat(budget.sync("helsingor", 2027, milestone)).as("a repeat is not sent").isFalse();
		}

		Map<String, Long> deliveredPerKey = received.stream().filter(r -> r.status() == 201)
			.collect(Collectors.groupingBy(Received::key, Collectors.counting()));
		assertThat(deliveredPerKey).hasSize(BudgetTrackProcess.SYNC_TASKS.size()).allSatisfy((key, count) -> assertThat(count).as(key).isEqualTo(1));
		assertThat(deliveredPerKey.keySet()).containsExactlyInAnyOrderElementsOf(BudgetTrackProcess.SYNC_TASKS.keySet().stream()
			.map(m -> BudgetMilestoneMessage.idempotencyKey("helsingor", 2027, m.name())).toList());
		assertThat(jdbc.sql("SELECT count(*) FROM budget_delivery").query(Integer.class).single()).isEqualTo(7);
	}

	/**
	 * The day comes: the due timer fires (the failing deliveries are tried too, as the job executor would); the
	 * milestone's task is there although every earlier delivery is an incident; it is registered, and its own
	 * delivery fails until it too is an incident.
	 */
	private void registerOnItsDate(ProcessInstance track, int month, int day, String taskKey, Milestone milestone,
			List<Milestone> failing) {
		assertThat(tasks.createTaskQuery().taskDefinitionKey(taskKey).count()).as("not before its date").isZero();
		ProcessTestSupport.clock(2027, month, day);
		runDueJobs(track);

		List<Task> open = tasks.createTaskQuery().taskDefinitionKey(taskKey).list();
		assertThat(open).as(taskKey + " on its date").isNotEmpty();
		assertThat(runtime.createIncidentQuery().processInstanceId(track.getId()).list()).extracting(Incident::getActivityId)
			.containsExactlyInAnyOrderElementsOf(failing.stream().map(BudgetTrackProcess.SYNC_TASKS::get).toList());
		String heldOn = LocalDate.of(2027, month, day).toString();
		open.forEach(t -> tasks.complete(t.getId(), BudgetTrackProcessTests.registration(heldOn, "Behandlet.", null)));

		failing.add(milestone);
		retryUntilIncidents(track, failing);
	}

	/** Moves the clock past each retry and runs the due jobs until every failing delivery is an incident. */
	private void retryUntilIncidents(ProcessInstance track, List<Milestone> failing) {
		runDueJobs(track);
		while (runtime.createIncidentQuery().processInstanceId(track.getId()).count() < failing.size()) {
			ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + 6 * 60 * 1000));
			runDueJobs(track);
		}
		Incident latest = runtime.createIncidentQuery().processInstanceId(track.getId())
			.activityId(BudgetTrackProcess.SYNC_TASKS.get(failing.get(failing.size() - 1))).singleResult();
		assertThat(latest.getIncidentMessage()).contains("kan ikke nås");
	}

	/** Runs every due job of the track once, as the job executor would; a failing delivery just fails. */
	private void runDueJobs(ProcessInstance track) {
		for (List<Job> due = management.createJobQuery().processInstanceId(track.getId()).executable().list(); !due.isEmpty();
				due = management.createJobQuery().processInstanceId(track.getId()).executable().list()) {
			for (Job job : due) {
				try {
					management.executeJob(job.getId());
				}
				catch (BudgetSystemUnavailableException e) {
					// retried later on the retry cycle, or an incident
				}
			}
		}
	}

	@Test
	void aDeliveredMilestoneIsNotSentAgainAndAReceiverThatKnowsTheKeyAlreadyCountsAsDelivered() {
		startServer(409);
		budget.register(null, "helsingor", 2027, Milestone.BUDGET_PROCESS_APPROVAL, null, "2027-02-20", "Godkendt.", true, "ja", "sekretariat");

		assertThat(budget.sync("helsingor", 2027, Milestone.BUDGET_PROCESS_APPROVAL)).isTrue();
		assertThat(budget.sync("helsingor", 2027, Milestone.BUDGET_PROCESS_APPROVAL)).as("a retry after a lost commit").isFalse();

		assertThat(received).hasSize(1);
		assertThat(budget.delivered(KEY)).isTrue();
	}

	/** The delivery of Økonomiudvalget's approval. */
	private Job job(ProcessInstance track) {
		return management.createJobQuery().processInstanceId(track.getId())
			.activityId(BudgetTrackProcess.TASK_SYNC_BUDGET_PROCESS_APPROVAL).singleResult();
	}

	private void startServer(int status) {
		answer = status;
		try {
			server = HttpServer.create(new InetSocketAddress("localhost", PORT), 0);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		server.createContext("/budget/milestones", exchange -> {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			received.add(new Received(exchange.getRequestHeaders().getFirst("Idempotency-Key"),
					exchange.getRequestHeaders().getFirst("Authorization"), body, answer));
			byte[] reply = (answer == 503 ? "Vedligeholdelse" : "{}").getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(answer, reply.length);
			exchange.getResponseBody().write(reply);
			exchange.close();
		});
		server.start();
	}

	private void stopServer() {
		if (server != null) {
			server.stop(0);
			server = null;
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
