package dk.aarshjul.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import dk.aarshjul.agreement.AgreementDrafts;
import dk.aarshjul.agreement.UnitAgreementProcess;
import dk.aarshjul.system.EngineClock;
import dk.aarshjul.test.PostgresApplicationIT;

/**
 * The audit trail over HTTP on PostgreSQL: Borupgård Skole's agreement made through the REST API by its people (the
 * secretariat hands the approval to the centre chief, who sends it back once and then approves), then read back by
 * those who may, and refused to those who may not.
 */
class AuditApiIT extends PostgresApplicationIT {

	private static final int YEAR = java.time.Year.now().getValue() + 1;
	private static final String LEADER = "leder-borupgaard-skole";
	private static final String CHIEF = "chef-skole";

	@Autowired
	TestRestTemplate rest;
	@Autowired
	RuntimeService runtime;
	@Autowired
	TaskService tasks;
	@Autowired
	ManagementService management;

	@Test
	void theTrailOfAnAgreementSentBackAndApprovedIsReadByItsReadersOnly() {
		ProcessInstance process;
		try {
			at(1, 4, 9);
			process = runtime.startProcessInstanceByKey(UnitAgreementProcess.KEY,
					Map.of("year", YEAR, "municipality", "helsingor", "unit", "borupgaard-skole"));
			management.executeJob(management.createJobQuery().processInstanceId(process.getId()).singleResult().getId());
			Map<String, Object> draft = rest(AgreementDrafts.valid(runtime, process.getId(), YEAR));
			at(1, 5, 10);
			assertThat(submit(LEADER, process, draft)).isEqualTo(HttpStatus.NO_CONTENT);
			at(1, 6, 11);
			assertThat(submit("amed-tr-borupgaard", process, Map.of("medStatementChoice", variable("NO_REMARKS", "String"))))
				.isEqualTo(HttpStatus.NO_CONTENT);
			at(1, 7, 12);
			String approval = tasks.createTaskQuery().processInstanceId(process.getId()).singleResult().getId();
			assertThat(post("sekretariat", "/engine-rest/task/" + approval + "/assignee", Map.of("userId", CHIEF)).getStatusCode())
				.isEqualTo(HttpStatus.NO_CONTENT);
			at(1, 8, 13);
			assertThat(submit(CHIEF, process, Map.of("approvalDecision", variable("return", "String"), "returnComment",
					variable("Skærp målniveauet for læsning.", "String")))).isEqualTo(HttpStatus.NO_CONTENT);
			at(1, 11, 9);
			assertThat(submit(LEADER, process, draft)).isEqualTo(HttpStatus.NO_CONTENT);
			at(1, 12, 10);
			assertThat(submit("amed-tr-borupgaard", process, Map.of("medStatementChoice", variable("NO_REMARKS", "String"))))
				.isEqualTo(HttpStatus.NO_CONTENT);
			at(1, 13, 14);
			assertThat(submit(CHIEF, process, Map.of("approvalDecision", variable("approve", "String"))))
				.isEqualTo(HttpStatus.NO_CONTENT);
		}
		finally {
			ClockUtil.reset();
		}
		assertThat(runtime.createProcessInstanceQuery().processInstanceId(process.getId()).count()).isZero();

		ResponseEntity<List<Map<String, Object>>> trail = get(LEADER, "/api/audit?unit=borupgaard-skole");
		assertThat(trail.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(trail.getBody()).extracting(l -> l.get("time") + " " + l.get("text")).containsExactly(
				"05.01." + YEAR + " kl. 10:00 Steen Lund afsluttede opgaven »Udarbejd decentral aftale – Borupgård Skole«",
				"06.01." + YEAR + " kl. 11:00 Hanne Bach meddelte, at A-MED ingen bemærkninger har til den decentrale aftale " + YEAR
						+ " for Borupgård Skole",
				"07.01." + YEAR + " kl. 12:00 Sofie Sekretær tildelte opgaven »Godkend decentral aftale – Borupgård Skole« til Bente Olesen",
				"08.01." + YEAR + " kl. 13:00 Bente Olesen sendte den decentrale aftale " + YEAR
						+ " for Borupgård Skole tilbage: »Skærp målniveauet for læsning.«",
				"11.01." + YEAR + " kl. 09:00 Steen Lund udarbejdede den decentrale aftale " + YEAR + " for Borupgård Skole",
				"12.01." + YEAR + " kl. 10:00 Hanne Bach meddelte, at A-MED ingen bemærkninger har til den decentrale aftale " + YEAR
						+ " for Borupgård Skole",
				"13.01." + YEAR + " kl. 14:00 Bente Olesen godkendte den decentrale aftale " + YEAR + " for Borupgård Skole");
		assertThat(trail.getBody().get(3)).containsEntry("actor", CHIEF).containsEntry("actorName", "Bente Olesen")
			.containsEntry("source", "ENGINE");
		assertThat(trail.getBody().get(6)).containsEntry("source", "RECORD");

		assertThat(get(CHIEF, "/api/audit?unit=borupgaard-skole").getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(get("direktor-born", "/api/audit?unit=borupgaard-skole").getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(get("sekretariat", "/api/audit?year=" + YEAR + "&party=borupgaard-skole&user=chef-skole&from=08.01." + YEAR)
			.getBody()).extracting(l -> l.get("text")).containsExactly(
					"Bente Olesen sendte den decentrale aftale " + YEAR + " for Borupgård Skole tilbage: »Skærp målniveauet for læsning.«",
					"Bente Olesen godkendte den decentrale aftale " + YEAR + " for Borupgård Skole");

		ResponseEntity<Map<String, Object>> otherLeader = problem("leder-hellebaek-skole", "/api/audit?unit=borupgaard-skole");
		assertThat(otherLeader.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(otherLeader.getBody()).containsEntry("message",
				"Du kan kun se historikken for de enheder, du leder eller har ansvar for.");
		assertThat(problem("direktor-by", "/api/audit?unit=borupgaard-skole").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(problem(LEADER, "/api/audit?year=" + YEAR).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(problem("sekretariat", "/api/audit").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(problem("sekretariat", "/api/audit?unit=findes-ikke").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(rest.getForEntity("/api/audit?unit=borupgaard-skole", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	private static void at(int month, int day, int hour) {
		ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(YEAR, month, day, hour, 0).atZone(EngineClock.DANISH_TIME).toInstant()));
	}

	/** The Java API's draft as Tasklist submits it: each goal slot as JSON. */
	private static Map<String, Object> rest(Map<String, Object> draft) {
		Map<String, Object> variables = new LinkedHashMap<>();
		draft.forEach((name, value) -> variables.put(name, value instanceof JsonValue json
				? variable(json.getValueSerialized(), "Json")
				: value instanceof Number number ? variable(number.longValue(), "Long") : variable(value, "String")));
		return variables;
	}

	private static Map<String, Object> variable(Object value, String type) {
		return Map.of("value", value, "type", type);
	}

	private HttpStatus submit(String user, ProcessInstance process, Map<String, Object> variables) {
		String task = tasks.createTaskQuery().processInstanceId(process.getId()).singleResult().getId();
		return HttpStatus.valueOf(post(user, "/engine-rest/task/" + task + "/submit-form", Map.of("variables", variables))
			.getStatusCode().value());
	}

	private ResponseEntity<String> post(String user, String path, Object body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return rest.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
	}

	private ResponseEntity<List<Map<String, Object>>> get(String user, String path) {
		return rest.withBasicAuth(user, "demo").exchange(path, HttpMethod.GET, null, new ParameterizedTypeReference<>() {
		});
	}

	private ResponseEntity<Map<String, Object>> problem(String user, String path) {
		return rest.withBasicAuth(user, "demo").exchange(path, HttpMethod.GET, null, new ParameterizedTypeReference<>() {
		});
	}
}
