package dk.aarshjul.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Year;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dk.aarshjul.agreement.UnitAgreementProcess;
import dk.aarshjul.cycle.AnnualCycleProcess;
import dk.aarshjul.cycle.UnitYearProcess;
import dk.aarshjul.test.TestPostgres;

/**
 * kill -9 in the middle of the first quarter's fan-out of "Årets gang" (one unit year per unit, 113 units), then a
 * restart of the same node: every unit has exactly one draft task within a minute of the restart, and nothing is
 * lost or doubled. The application runs as a process of its own, configured as in production (environment
 * variables, ECS logs on the console); its log is JSON and never shows the secrets it was given.
 */
class CrashRecoveryIT {

	private static final int UNITS = 113;
	private static final int YEAR = Year.now().getValue() + 1;
	private static final String NODE = "node-a";
	private static final ObjectMapper JSON = new ObjectMapper();
	private static final String JOB_DEFINITION = "SELECT id_ FROM act_ru_jobdef WHERE act_id_ = ?";

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aNodeKilledDuringTheFanOutGivesEveryUnitItsTaskWithinAMinuteOfItsRestart() throws Exception {
		String url = TestPostgres.newDatabase();
		Map<String, String> secrets = Map.of(
				"DB_PASSWORD", "db-" + UUID.randomUUID(),
				"AARSHJUL_BUDGET_SYSTEM_TOKEN", "token-" + UUID.randomUUID(),
				"SPRING_MAIL_PASSWORD", "mail-" + UUID.randomUUID());
		Map<String, String> environment = new HashMap<>(secrets);
		environment.putAll(Map.of(
				"SPRING_PROFILES_ACTIVE", "postgres,demo",
				"DB_URL", url, "DB_USER", "postgres",
				"AARSHJUL_NODE_ID", NODE,
				"AARSHJUL_BUDGET_SYSTEM_URL", "http://localhost:1/budget",
				"SPRING_MAIL_HOST", "localhost", "SPRING_MAIL_PORT", "1", "SPRING_MAIL_USERNAME", "aarshjul",
				"LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs"));
		Path console = Files.createTempFile("aarshjul-crash-", ".log");
		// The timer is made due by the test, which the job executor cannot be told of: it looks every two seconds.
		String[] arguments = { "--camunda.bpm.job-execution.max-wait=2000" };

		int draftsAtKill;
		int lockedAtKill;
		try (ApplicationProcess first = ApplicationProcess.start(environment, console, arguments);
				Connection db = DriverManager.getConnection(url, "postgres", "postgres")) {
			assertThat(first.awaitReady(Duration.ofMinutes(3))).as("the first run starts").isTrue();
			prepareTheYear(first.root(), db);

			// The first of January comes: the Q1 timer is due, and the job executor starts the units' years.
			try (PreparedStatement due = db.prepareStatement(
					"UPDATE act_ru_job SET duedate_ = now() - interval '1 second' WHERE job_def_id_ IN (" + JOB_DEFINITION + ")")) {
				due.setString(1, AnnualCycleProcess.TIMER_Q1_START);
				assertThat(due.executeUpdate()).isEqualTo(1);
			}
			long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
			int[] now = progress(db);
			while (!(now[0] >= 30 && now[1] > 0)) {
				assertThat(now[0]).as("the fan-out is killed before it ends").isLessThan(UNITS);
				assertThat(System.nanoTime()).as("the fan-out starts").isLessThan(deadline);
				Thread.sleep(5);
				now = progress(db);
			}
			first.kill();
			int[] atKill = progress(db);
			draftsAtKill = atKill[0];
			lockedAtKill = atKill[1];
			System.out.printf("CrashRecoveryIT: killed with %d of %d draft tasks made and %d jobs locked by %s%n",
					draftsAtKill, UNITS, lockedAtKill, NODE);
			assertThat(draftsAtKill).isLessThan(UNITS);
			assertThat(lockedAtKill).as("the dead run still holds jobs").isPositive();
		}

		try (Connection db = DriverManager.getConnection(url, "postgres", "postgres");
				ApplicationProcess second = ApplicationProcess.start(environment, console, arguments)) {
			long restart = System.nanoTime();
			long deadline = restart + Duration.ofSeconds(60).toNanos();
			while (progress(db)[0] < UNITS && System.nanoTime() < deadline) {
				Thread.sleep(100);
			}
			long recovered = Duration.ofNanos(System.nanoTime() - restart).toMillis();
			System.out.printf("CrashRecoveryIT: every unit had its draft task %d ms after the restart began%n", recovered);
			assertThat(progress(db)[0]).as("every unit's draft task within a minute of the restart").isEqualTo(UNITS);
			assertThat(second.awaitReady(Duration.ofMinutes(1))).isTrue();
			// Whatever was still running settles; then nothing may be doubled.
			waitForNoDueJobs(db);

			Map<String, Integer> draftsByUnit = countBy(db, """
					SELECT v.text_, count(*) FROM act_ru_task t JOIN act_ru_variable v ON v.task_id_ = t.id_ AND v.name_ = 'unit'
					WHERE t.task_def_key_ = ? GROUP BY v.text_""", UnitAgreementProcess.TASK_DRAFT);
			assertThat(draftsByUnit).hasSize(UNITS).allSatisfy((unit, count) -> assertThat(count).as(unit).isEqualTo(1));
			assertThat(countBy(db, "SELECT proc_def_key_, count(*) FROM act_hi_procinst WHERE proc_def_key_ = ? GROUP BY proc_def_key_",
					UnitYearProcess.KEY)).containsEntry(UnitYearProcess.KEY, UNITS);
			assertThat(countBy(db, "SELECT proc_def_key_, count(*) FROM act_hi_procinst WHERE proc_def_key_ = ? GROUP BY proc_def_key_",
					UnitAgreementProcess.KEY)).containsEntry(UnitAgreementProcess.KEY, UNITS);
			assertThat(countBy(db, "SELECT business_key_, count(*) FROM act_hi_procinst WHERE proc_def_key_ = ? GROUP BY business_key_",
					UnitYearProcess.KEY)).hasSize(UNITS);
			assertThat(single(db, "SELECT count(*) FROM act_ru_incident")).isZero();
			String log = second.console();
			assertThat(log).contains("Released " + lockedAtKill + " jobs still locked by this node's previous run (" + NODE + ")");

			List<String> json = new ArrayList<>();
			for (String line : log.split("\n")) {
				if (line.startsWith("{")) {
					json.add(line);
				}
			}
			assertThat(json).as("ECS log lines").hasSizeGreaterThan(50);
			JsonNode started = JSON.readTree(json.stream().filter(l -> l.contains("Started AarshjulApplication")).findFirst()
				.orElseThrow());
			assertThat(started.has("@timestamp")).isTrue();
			assertThat(started.path("log").path("level").asText()).isEqualTo("INFO");
			assertThat(started.path("service").path("name").asText()).isEqualTo("aarshjul");
			assertThat(started.path("service").path("node").path("name").asText()).isEqualTo(NODE);
			secrets.forEach((name, secret) -> assertThat(log).as(name + " in the log").doesNotContain(secret));
		}
	}

	/** The secretariat confirms the calendar and the MED plan through the REST API; the Q1 timer then waits. */
	private void prepareTheYear(String root, Connection db) throws Exception {
		JsonNode cycle = post(root, "/engine-rest/process-definition/key/" + AnnualCycleProcess.KEY + "/start",
				"{\"variables\":{\"year\":{\"value\":" + YEAR + ",\"type\":\"Integer\"}}}");
		String instance = cycle.path("id").asText();
		for (String task : List.of(AnnualCycleProcess.TASK_PREPARE_YEAR, AnnualCycleProcess.TASK_REVIEW_MED_PLAN)) {
			String id = awaitTask(root, instance, task);
			post(root, "/engine-rest/task/" + id + "/complete", "{}");
		}
		long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
		while (single(db, "SELECT count(*) FROM act_ru_job WHERE job_def_id_ IN (" + JOB_DEFINITION.replace("?", "'" + AnnualCycleProcess.TIMER_Q1_START + "'") + ")") == 0) {
			assertThat(System.nanoTime()).as("the year is published and waits for Q1").isLessThan(deadline);
			Thread.sleep(200);
		}
	}

	/** Draft tasks made so far, and jobs locked by the node. */
	private static int[] progress(Connection db) throws SQLException {
		try (PreparedStatement query = db.prepareStatement("""
				SELECT (SELECT count(*) FROM act_ru_task WHERE task_def_key_ = ?),
				       (SELECT count(*) FROM act_ru_job WHERE lock_owner_ = ?)""")) {
			query.setString(1, UnitAgreementProcess.TASK_DRAFT);
			query.setString(2, NODE);
			try (ResultSet rs = query.executeQuery()) {
				rs.next();
				return new int[] { rs.getInt(1), rs.getInt(2) };
			}
		}
	}

	private static void waitForNoDueJobs(Connection db) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (single(db, "SELECT count(*) FROM act_ru_job WHERE retries_ > 0 AND (duedate_ IS NULL OR duedate_ <= now())") > 0
				&& System.nanoTime() < deadline) {
			Thread.sleep(200);
		}
	}

	private static int single(Connection db, String sql) throws SQLException {
		try (PreparedStatement query = db.prepareStatement(sql); ResultSet rs = query.executeQuery()) {
			rs.next();
			return rs.getInt(1);
		}
	}

	private static Map<String, Integer> countBy(Connection db, String sql, String parameter) throws SQLException {
		Map<String, Integer> counts = new HashMap<>();
		try (PreparedStatement query = db.prepareStatement(sql)) {
			query.setString(1, parameter);
			try (ResultSet rs = query.executeQuery()) {
				while (rs.next()) {
					counts.put(rs.getString(1), rs.getInt(2));
				}
			}
		}
		return counts;
	}

	private String awaitTask(String root, String instance, String taskKey) throws Exception {
		long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
		while (true) {
			HttpResponse<String> tasks = http.send(request(root, "/engine-rest/task?processInstanceId=" + instance
					+ "&taskDefinitionKey=" + taskKey).GET().build(), HttpResponse.BodyHandlers.ofString());
			JsonNode list = JSON.readTree(tasks.body());
			if (list.size() == 1) {
				return list.get(0).path("id").asText();
			}
			assertThat(System.nanoTime()).as(taskKey).isLessThan(deadline);
			Thread.sleep(200);
		}
	}

	private JsonNode post(String root, String path, String body) throws Exception {
		HttpResponse<String> response = http.send(request(root, path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path + ": " + response.body()).isBetween(200, 204);
		return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
	}

	private static HttpRequest.Builder request(String root, String path) {
		return HttpRequest.newBuilder(URI.create(root + path)).timeout(Duration.ofSeconds(60)).header("Authorization",
				"Basic " + Base64.getEncoder().encodeToString("sekretariat:demo".getBytes(StandardCharsets.UTF_8)));
	}
}
