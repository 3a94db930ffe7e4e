package dk.aarshjul.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.ObjectMapper;

import dk.aarshjul.test.PostgresApplicationIT;

/**
 * A unit agreement made through the REST API as Tasklist makes it (form submissions with JSON lists), by the
 * people of the example organisation, on PostgreSQL; then read back through the red-thread API.
 */
class AgreementApiIT extends PostgresApplicationIT {

	private static final String LEADER = "leder-borupgaard-skole";
	private static final String CHIEF = "chef-skole";
	/** A member of Borupgård Skole's A-MED besides its leader. */
	private static final String WORKS_COUNCIL = "amed-tr-borupgaard";
	private static final int YEAR = java.time.Year.now().getValue() + 1;
	private static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	TestRestTemplate rest;
	@Autowired
	RuntimeService runtime;
	@Autowired
	TaskService tasks;
	@Autowired
	ManagementService management;

	@Test
	void aLeaderDraftsTheChiefSendsItBackOnceThenApprovesAndTheAgreementIsReadable() throws Exception {
		ProcessInstance process = runtime.startProcessInstanceByKey(UnitAgreementProcess.KEY,
				Map.of("year", YEAR, "municipality", "helsingor", "unit", "borupgaard-skole"));
		management.executeJob(management.createJobQuery().processInstanceId(process.getId()).singleResult().getId());
		List<String> initiatives = AgreementDrafts.initiatives(runtime, process.getId());

		ResponseEntity<Map<String, Object>> tooMany = submit(LEADER, draft(AgreementForms.developmentGoals(4, initiatives, YEAR), 12_500_000));
		assertThat(tooMany.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((String) tooMany.getBody().get("message"))
			.isEqualTo("Aftalen kan ikke gemmes: Aftalen kan højst have 3 udviklingsmål; kun de vigtigste mål hører hjemme i den (developmentGoal4 er for meget).");
		ResponseEntity<Map<String, Object>> negative = submit(LEADER, draft(AgreementForms.developmentGoals(1, initiatives, YEAR), -1));
		assertThat((String) negative.getBody().get("message")).contains("på 0 eller mere, ikke -1");
		assertThat(get(LEADER, "/api/units/borupgaard-skole/agreements").getBody()).singleElement()
			.satisfies(a -> assertThat(((Map<?, ?>) a).get("status")).isEqualTo("DRAFT"));

		assertThat(submit(LEADER, draft(AgreementForms.developmentGoals(2, initiatives, YEAR), 12_500_000)).getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);
		ResponseEntity<Map<String, Object>> noText = submit(WORKS_COUNCIL, Map.of("medStatementChoice", variable("GIVEN", "String")));
		assertThat(noText.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((String) noText.getBody().get("message"))
			.isEqualTo("Udtalelsen kan ikke gemmes: Skriv A-MED's udtalelse, eller vælg »Ingen bemærkninger«.");
		assertThat(submit(WORKS_COUNCIL, Map.of("medStatementChoice", variable("GIVEN", "String"), "medStatementText",
				variable("A-MED bakker op om målene.", "String"))).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(submit(CHIEF, Map.of("approvalDecision", variable("return", "String"), "returnComment",
				variable("Skærp målniveauet for læsning.", "String"))).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(submit(LEADER, draft(AgreementForms.developmentGoals(2, initiatives, YEAR), 12_600_000)).getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(submit(WORKS_COUNCIL, Map.of("medStatementChoice", variable("NO_REMARKS", "String"))).getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(submit(CHIEF, Map.of("approvalDecision", variable("approve", "String"))).getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);

		assertThat(runtime.createProcessInstanceQuery().processInstanceId(process.getId()).count()).isZero();
		List<?> agreements = get(LEADER, "/api/units/borupgaard-skole/agreements").getBody();
		assertThat(agreements).singleElement().satisfies(a -> {
			Map<?, ?> agreement = (Map<?, ?>) a;
			assertThat(agreement.get("status")).isEqualTo("APPROVED");
			assertThat(agreement.get("economicFrame")).isEqualTo(12_600_000.0);
			assertThat(agreement.get("decidedBy")).isEqualTo(CHIEF);
			assertThat(agreement.get("draftedBy")).isEqualTo(LEADER);
			assertThat((List<?>) agreement.get("goals")).hasSize(3);
		});
		assertThat(status(CHIEF, "/api/units/borupgaard-skole/agreements")).isEqualTo(HttpStatus.OK);
		assertThat(status("direktor-born", "/api/units/borupgaard-skole/agreements")).isEqualTo(HttpStatus.OK);
		assertThat(status("leder-hellebaek-skole", "/api/units/borupgaard-skole/agreements"))
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(status("direktor-by", "/api/units/borupgaard-skole/agreements")).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(rest.getForEntity("/api/units/borupgaard-skole/agreements", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(status("sekretariat", "/api/units/findes-ikke/agreements")).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(status("chef-skole", "/api/centres/skole/agreements")).isEqualTo(HttpStatus.OK);
		assertThat(status("kommunaldirektor", "/api/centres/skole/agreements")).isEqualTo(HttpStatus.OK);
		assertThat(status(LEADER, "/api/centres/skole/agreements")).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(status("sekretariat", "/api/centres/findes-ikke/agreements")).isEqualTo(HttpStatus.NOT_FOUND);

		String thread = JSON.writeValueAsString(get("sekretariat", "/api/years/" + YEAR + "/thread").getBody());
		assertThat(thread).contains("\"code\":\"V2\"").contains("\"owner\":\"skole\"").contains("\"code\":\"S1\"")
			.contains("\"partyName\":\"Borupgård Skole\"").contains("\"title\":\"Udviklingsmål nummer 1\"");
		assertThat(status(LEADER, "/api/years/" + YEAR + "/thread")).isEqualTo(HttpStatus.FORBIDDEN);
	}

	/** The variables Tasklist submits for the draft form: each slot's object as JSON. */
	private Map<String, Object> draft(List<Map<String, Object>> developmentGoals, long frame) throws Exception {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("economicFrame", variable(frame, "Long"));
		for (int i = 0; i < developmentGoals.size(); i++) {
			variables.put("developmentGoal" + (i + 1), variable(JSON.writeValueAsString(developmentGoals.get(i)), "Json"));
		}
		variables.put("otherGoal1", variable(JSON.writeValueAsString(AgreementForms.otherGoal("PROFESSIONAL", YEAR)), "Json"));
		return variables;
	}

	private static Map<String, Object> variable(Object value, String type) {
		return Map.of("value", value, "type", type);
	}

	private ResponseEntity<Map<String, Object>> submit(String user, Map<String, Object> variables) {
		String taskId = tasks.createTaskQuery().active().list().stream()
			.filter(t -> t.getProcessDefinitionId().startsWith(UnitAgreementProcess.KEY)).findFirst().orElseThrow().getId();
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return rest.withBasicAuth(user, "demo").exchange("/engine-rest/task/" + taskId + "/submit-form", HttpMethod.POST,
				new HttpEntity<>(Map.of("variables", variables), headers), new ParameterizedTypeReference<>() {
				});
	}

	private HttpStatusCode status(String user, String path) {
		return rest.withBasicAuth(user, "demo").getForEntity(path, String.class).getStatusCode();
	}

	private ResponseEntity<List<Object>> get(String user, String path) {
		return rest.withBasicAuth(user, "demo").exchange(path, HttpMethod.GET, null, new ParameterizedTypeReference<>() {
		});
	}
}
