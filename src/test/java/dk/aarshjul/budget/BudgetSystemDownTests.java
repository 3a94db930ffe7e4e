package dk.aarshjul.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
 * Cockpit's "Retry" does) delivers the milestone, and it is received exactly once.
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

	/** What the budget system received: idempotency key, authorization and body of each request. */
	record Received(String key, String authorization, String body) {
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
		Job delivery = management.createJobQuery().processInstanceId(track.getId()).singleResult();
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
	void aDeliveredMilestoneIsNotSentAgainAndAReceiverThatKnowsTheKeyAlreadyCountsAsDelivered(@Autowired BudgetService budget) {
		startServer(409);
		budget.register(null, "helsingor", 2027, Milestone.BUDGET_PROCESS_APPROVAL, null, "2027-02-20", "Godkendt.", true, "ja", "sekretariat");

		assertThat(budget.sync("helsingor", 2027, Milestone.BUDGET_PROCESS_APPROVAL)).isTrue();
		assertThat(budget.sync("helsingor", 2027, Milestone.BUDGET_PROCESS_APPROVAL)).as("a retry after a lost commit").isFalse();

		assertThat(received).hasSize(1);
		assertThat(budget.delivered(KEY)).isTrue();
	}

	private Job job(ProcessInstance track) {
		return management.createJobQuery().processInstanceId(track.getId()).singleResult();
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
					exchange.getRequestHeaders().getFirst("Authorization"), body));
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
