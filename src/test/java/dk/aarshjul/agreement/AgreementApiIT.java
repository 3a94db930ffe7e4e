package dk.aarshjul.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
	private static final String OTHER_LEADER = "leder-hellebaek-skole";
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
		// The form has three slots; a fourth is not a field of the task's form (the rule itself: UnitAgreementProcessTests).
		assertThat((String) tooMany.getBody().get("message"))
			.isEqualTo("Feltet »developmentGoal4« hører ikke til opgavens formular og kan ikke gemmes. Intet er ændret.");
		ResponseEntity<Map<String, Object>> negative = submit(LEADER, draft(AgreementForms.developmentGoals(1, initiatives, YEAR), -1));
		assertThat((String) negative.getBody().get("message")).contains("på 0 eller mere, ikke -1");
		ResponseEntity<Map<String, Object>> withOere = submit(LEADER, draft(AgreementForms.developmentGoals(1, initiatives, YEAR), 12.5));
		assertThat(withOere.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((String) withOere.getBody().get("message"))
			.isEqualTo("Aftalen kan ikke gemmes: Den økonomiske ramme angives i hele kroner, ikke 12,50 kr. Skriv beløbet uden "
					+ "øre, fx 12.500.000.");
		ResponseEntity<Map<String, Object>> nextYear = submit(LEADER, draft(AgreementForms.developmentGoals(1, initiatives, YEAR + 1), 12_500_000));
		assertThat(nextYear.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((String) nextYear.getBody().get("message"))
			.isEqualTo("Aftalen kan ikke gemmes: Udviklingsmål 1: fristen skal ligge i aftaleåret " + YEAR + ", ikke 30.06."
					+ (YEAR + 1) + ".");
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

	@Test
	void fourEyesContinuedGoalsAndAmendmentsHoldThroughTheRestApi() throws Exception {
		// A centre chief drafts the centre agreement and may not approve it; another member of Koncernledelsen does.
		ProcessInstance centre = runtime.startProcessInstanceByKey(CentreAgreementProcess.KEY,
				Map.of("year", YEAR - 1, "municipality", "helsingor", "centre", "skole"));
		management.executeJob(management.createJobQuery().processInstanceId(centre.getId()).singleResult().getId());
		List<String> centreInitiatives = AgreementDrafts.initiatives(runtime, centre.getId());
		assertThat(submit(CHIEF, centre, draft(AgreementForms.developmentGoals(1, centreInitiatives, YEAR), 50_000_000))
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(submit("cmed-tr-skole", centre, Map.of("medStatementChoice", variable("NO_REMARKS", "String")))
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		ResponseEntity<Map<String, Object>> own = submit(CHIEF, centre, Map.of("approvalDecision", variable("approve", "String")));
		assertThat(own.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((String) own.getBody().get("message")).isEqualTo("Beslutningen kan ikke gemmes: Du har selv udarbejdet "
				+ "centeraftalen; derfor skal et andet medlem af Koncernledelsen træffe beslutningen (fire øjne).");
		assertThat(get(CHIEF, "/api/centres/skole/agreements").getBody()).singleElement()
			.satisfies(a -> assertThat(((Map<?, ?>) a).get("status")).isEqualTo("SUBMITTED"));
		assertThat(submit("kommunaldirektor", centre, Map.of("approvalDecision", variable("approve", "String"))).getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);
		Number centreGoal = (Number) ((Map<?, ?>) ((List<?>) ((Map<?, ?>) get(CHIEF, "/api/centres/skole/agreements").getBody()
			.get(0)).get("goals")).get(0)).get("id");

		// A unit's goal cannot continue (Hellebæk Skole, whose A-MED is its leader alone) a goal of another party's agreement.
		ProcessInstance unit = runtime.startProcessInstanceByKey(UnitAgreementProcess.KEY,
				Map.of("year", YEAR, "municipality", "helsingor", "unit", "hellebaek-skole"));
		management.executeJob(management.createJobQuery().processInstanceId(unit.getId()).singleResult().getId());
		List<String> initiatives = AgreementDrafts.initiatives(runtime, unit.getId());
		List<Map<String, Object>> goals = AgreementForms.developmentGoals(1, initiatives, YEAR);
		goals.get(0).put("carriedOverFrom", centreGoal.toString());
		ResponseEntity<Map<String, Object>> foreign = submit(OTHER_LEADER, unit, draft(goals, 1_000_000));
		assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((String) foreign.getBody().get("message")).isEqualTo("Aftalen kan ikke gemmes: Udviklingsmål 1: målet, "
				+ "det viderefører, er ikke et mål i partens aftale for " + (YEAR - 1) + ".");
		goals.get(0).remove("carriedOverFrom");
		assertThat(submit(OTHER_LEADER, unit, draft(goals, 1_000_000)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(submit(OTHER_LEADER, unit, Map.of("medStatementChoice", variable("NO_REMARKS", "String")))
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(submit(CHIEF, unit, Map.of("approvalDecision", variable("approve", "String"))).getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);

		// During the year the leader reports changed premises, the chief agrees to amend, the leader amends, the chief
		// approves: both versions are readable, in order.
		ClockUtil.setCurrentTime(java.sql.Timestamp.valueOf(YEAR + "-05-02 10:00:00"));
		try {
			HttpHeaders headers = new HttpHeaders();
			headers.setContentType(MediaType.APPLICATION_JSON);
			ResponseEntity<Map<String, Object>> started = rest.withBasicAuth(OTHER_LEADER, "demo").exchange(
					"/engine-rest/process-definition/key/" + AgreementAmendmentProcess.KEY + "/submit-form", HttpMethod.POST,
					new HttpEntity<>(Map.of("variables", Map.of("premisesReason", variable("ECONOMY", "String"),
							"premisesDescription", variable("Rammen er beskåret.", "String"))), headers),
					new ParameterizedTypeReference<>() {
					});
			assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
			String change = (String) started.getBody().get("id");
			assertThat(submit(CHIEF, change, Map.of("premisesDecision", variable("amend", "String"), "premisesAnswer",
					variable("Målniveauet sænkes.", "String"))).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
			assertThat(submit(OTHER_LEADER, change, Map.of("economicFrame", variable(900_000, "Long"))).getStatusCode())
				.isEqualTo(HttpStatus.NO_CONTENT);
			assertThat(submit(CHIEF, change, Map.of("approvalDecision", variable("approve", "String"))).getStatusCode())
				.isEqualTo(HttpStatus.NO_CONTENT);
		}
		finally {
			ClockUtil.reset();
		}
		List<Object> versions = get(OTHER_LEADER, "/api/units/hellebaek-skole/agreements").getBody();
		assertThat(versions.stream().map(v -> (Object) ((Map<?, ?>) v).get("version")).toList()).containsExactly(1, 2);
		assertThat(versions.stream().map(v -> (Object) ((Map<?, ?>) v).get("status")).toList()).containsExactly("SUPERSEDED", "APPROVED");
		assertThat(versions.stream().map(v -> (Object) ((Map<?, ?>) v).get("economicFrame")).toList()).containsExactly(1_000_000.0, 900_000.0);
	}

	/** The variables Tasklist submits for the draft form: each slot's object as JSON. */
	private Map<String, Object> draft(List<Map<String, Object>> developmentGoals, Number frame) throws Exception {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("economicFrame", variable(frame, frame instanceof Double ? "Double" : "Long"));
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
		return submitTask(user, taskId, variables);
	}

	private ResponseEntity<Map<String, Object>> submit(String user, ProcessInstance process, Map<String, Object> variables) {
		return submit(user, process.getId(), variables);
	}

	private ResponseEntity<Map<String, Object>> submit(String user, String processInstanceId, Map<String, Object> variables) {
		return submitTask(user, tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult().getId(), variables);
	}

	private ResponseEntity<Map<String, Object>> submitTask(String user, String taskId, Map<String, Object> variables) {
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
