package dk.aarshjul.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Year;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;

import dk.aarshjul.test.PostgresApplicationIT;
import dk.aarshjul.test.WebappSession;

/**
 * The whole application on a real PostgreSQL, as the postgres and demo profiles run it, used through the engine's
 * REST API the way Tasklist and other clients use it. The test methods share one database; each uses a year of its
 * own.
 */
class AnnualCycleRestApiIT extends PostgresApplicationIT {

	private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
	};
	private static final int NEXT_YEAR = Year.now().getValue() + 1;

	@Autowired
	TestRestTemplate rest;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	RuntimeService runtime;
	@Autowired
	TaskService tasks;

	@Test
	void runsOnPostgresqlWithOurMigrationsApplied() {
		String product = jdbc.sql("SELECT version()").query(String.class).single();
		assertThat(product).startsWith("PostgreSQL 16");
		assertThat(jdbc.sql("SELECT version FROM aarshjul_schema_history WHERE success ORDER BY installed_rank DESC")
			.query(String.class).list()).contains("1");
		assertThat(jdbc.sql("SELECT count(*) FROM act_re_procdef WHERE key_ = 'annual-cycle'").query(Integer.class).single())
			.isEqualTo(1);
	}

	@Test
	void anAnonymousRequestIsRefusedAndChangesNothing() {
		ResponseEntity<String> list = rest.getForEntity("/engine-rest/process-definition", String.class);
		ResponseEntity<String> start = rest.postForEntity("/engine-rest/process-definition/key/annual-cycle/start",
				json(Map.of("variables", Map.of("year", Map.of("value", NEXT_YEAR + 1, "type", "Integer")))), String.class);

		assertThat(list.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(start.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(NEXT_YEAR + 1)).count())
			.isZero();
		// A wrong password also locks the user for a few seconds (Camunda's login throttling): use nobody else's.
		assertThat(rest.withBasicAuth("chef-by-miljoe", "forkert").getForEntity("/engine-rest/task", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void theSecretariatStartsNextYearsCycleOnceAndASecondStartGetsA400InDanish() {
		ResponseEntity<Map<String, Object>> first = startAs("sekretariat", "start", NEXT_YEAR);

		assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(first.getBody()).containsEntry("businessKey", String.valueOf(NEXT_YEAR));
		assertThat(tasks.createTaskQuery().processInstanceId((String) first.getBody().get("id")).taskCandidateGroup("sekretariat")
			.count()).isEqualTo(1);
		assertThat(cycleRows(NEXT_YEAR)).isEqualTo(1);

		// Both ways a client can start a process: the plain start and Tasklist's start-form submission.
		for (String endpoint : List.of("start", "submit-form")) {
			ResponseEntity<Map<String, Object>> again = startAs("sekretariat", endpoint, NEXT_YEAR);
			assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(again.getBody()).containsEntry("type", "CycleRefusedException");
			assertThat((String) again.getBody().get("message"))
				.startsWith("Årets gang for " + NEXT_YEAR + " er allerede startet").endsWith("Der kan kun være én pr. år.");
		}
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(NEXT_YEAR)).count())
			.isEqualTo(1);
		assertThat(cycleRows(NEXT_YEAR)).isEqualTo(1);
	}

	@Test
	void tasklistGetsTheSameDanish400AsTheRestApi() throws Exception {
		WebappSession tasklist = WebappSession.login(rest.getRootUri(), "sekretariat", "demo");
		int year = Year.now().getValue();
		assertThat(startAs("sekretariat", "start", year).getStatusCode()).isEqualTo(HttpStatus.OK);

		HttpResponse<String> again = tasklist.postJson(
				"/camunda/api/engine/engine/default/process-definition/key/annual-cycle/submit-form",
				"{\"variables\":{\"year\":{\"value\":%d,\"type\":\"Long\"}}}".formatted(year));

		assertThat(again.statusCode()).isEqualTo(400);
		assertThat(again.body()).contains("\"message\":\"Årets gang for " + year + " er allerede startet")
			.doesNotContain("Cannot instantiate");
		assertThat(cycleRows(year)).isEqualTo(1);
	}

	@Test
	void aYearOutsideTheRangeGetsA400InDanish() {
		int tooFar = Year.now().getValue() + 3;

		ResponseEntity<Map<String, Object>> response = startAs("sekretariat", "submit-form", tooFar);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((String) response.getBody().get("message")).isEqualTo("Årets gang kan kun startes for årene %d–%d, ikke for %d."
			.formatted(Year.now().getValue() - 1, Year.now().getValue() + 2, tooFar));
		assertThat(cycleRows(tooFar)).isZero();
	}

	@Test
	void aUnitLeaderCannotStartACycle() {
		int year = Year.now().getValue() - 1;

		ResponseEntity<Map<String, Object>> response = startAs("leder-borupgaard-skole", "start", year);

		assertThat(response.getStatusCode().is4xxClientError()).isTrue();
		assertThat(cycleRows(year)).isZero();
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(year)).count()).isZero();
	}

	private ResponseEntity<Map<String, Object>> startAs(String user, String endpoint, int year) {
		return rest.withBasicAuth(user, "demo").exchange("/engine-rest/process-definition/key/annual-cycle/" + endpoint,
				HttpMethod.POST, json(Map.of("variables", Map.of("year", Map.of("value", year, "type", "Integer")))), JSON);
	}

	private int cycleRows(int year) {
		return jdbc.sql("SELECT count(*) FROM annual_cycle WHERE cycle_year = ?").param(year).query(Integer.class).single();
	}

	private static HttpEntity<Object> json(Object body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return new HttpEntity<>(body, headers);
	}
}
