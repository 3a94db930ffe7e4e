package dk.aarshjul.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
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
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.ObjectMapper;

import dk.aarshjul.agreement.Agreement;
import dk.aarshjul.agreement.AgreementService;
import dk.aarshjul.agreement.UnitAgreementProcess;
import dk.aarshjul.scope.Party;
import dk.aarshjul.strategy.Initiative;
import dk.aarshjul.strategy.StrategyRepository;
import dk.aarshjul.strategy.StrategyRepository.StrategyMap;
import dk.aarshjul.system.EngineClock;
import dk.aarshjul.test.PostgresApplicationIT;
import dk.aarshjul.test.Submissions;

/**
 * The documents over HTTP on PostgreSQL, as the people of the example organisation fetch them (HTTP Basic): a unit
 * agreement made through the REST API as Tasklist makes it, refused while it is a draft, then downloaded with its
 * content type and Danish file name; the refusals of an outsider, an anonymous caller and an unknown id; a map and
 * the evaluation summary.
 */
class DocumentApiIT extends PostgresApplicationIT {

	private static final String UNIT = "borupgaard-skole";
	private static final String LEADER = "leder-borupgaard-skole";
	private static final String CHIEF = "chef-skole";
	private static final String WORKS_COUNCIL = "amed-tr-borupgaard";
	private static final int YEAR = Year.now().getValue() + 1;
	private static final String GOAL = "Flere elever læser dagligt, især drengene";
	private static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	TestRestTemplate rest;
	@Autowired
	RuntimeService runtime;
	@Autowired
	TaskService tasks;
	@Autowired
	ManagementService management;
	@Autowired
	AgreementService agreements;
	@Autowired
	StrategyRepository strategy;

	@Test
	void anAgreementIsADocumentOnceApprovedAndThenForEveryoneLoggedIn() throws Exception {
		ProcessInstance process = runtime.startProcessInstanceByKey(UnitAgreementProcess.KEY,
				Map.of("year", YEAR, "municipality", "helsingor", "unit", UNIT));
		management.executeJob(management.createJobQuery().processInstanceId(process.getId()).singleResult().getId());
		String initiative = Submissions.options(runtime, process.getId(), UnitAgreementProcess.Var.INITIATIVE_OPTIONS).get(0);
		assertThat(submit(LEADER, process, draft(initiative)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		long id = agreements.agreementsOf("helsingor", Party.UNIT, UNIT).get(0).id();
		String path = "/api/documents/agreements/" + id + ".pdf";

		ResponseEntity<String> draft = get(CHIEF, path, String.class);
		assertThat(draft.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(JSON.readTree(draft.getBody()).get("message").asText()).isEqualTo("Decentral aftale for " + YEAR
				+ " (version 1) er ikke godkendt endnu. Kun en godkendt aftale kan hentes som PDF.");
		ResponseEntity<String> outsider = get("leder-hellebaek-skole", path, String.class);
		assertThat(outsider.getStatusCode()).as("a draft stays with its readers").isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(JSON.readTree(outsider.getBody()).get("message").asText())
			.isEqualTo("Du kan kun se aftaler for de enheder, du leder eller har ansvar for.");
		assertThat(get("direktor-by", path, String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

		assertThat(submit(WORKS_COUNCIL, process, Map.of("medStatementChoice", variable("NO_REMARKS", "String")))
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(submit(CHIEF, process, Map.of("approvalDecision", variable("approve", "String"))).getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);
		Agreement approved = agreements.version(id).orElseThrow();
		assertThat(approved.status()).isEqualTo(Agreement.Status.APPROVED);

		ResponseEntity<byte[]> download = get(LEADER, path, byte[].class);
		assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(download.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
		String disposition = download.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
		assertThat(disposition).startsWith("inline; filename=\"Decentral aftale " + YEAR + " - Borupgaard Skole.pdf\"; ")
			.endsWith("filename*=UTF-8''Decentral%20aftale%20" + YEAR + "%20-%20Borupg%C3%A5rd%20Skole.pdf");
		assertThat(download.getHeaders().getContentDisposition().getFilename())
			.isEqualTo("Decentral aftale " + YEAR + " - Borupgård Skole.pdf");
		try (PDDocument pdf = Loader.loadPDF(download.getBody())) {
			String text = DocumentTests.text(pdf);
			assertThat(text).contains("Decentral aftale " + YEAR, "Borupgård Skole – Center for Skole",
					"Udviklingsmål 1: " + GOAL, "Økonomisk ramme 1.500.000 kr.", "Godkendt af Bente Olesen (for Center for Skole)",
					"Godkendt den " + EngineClock.DANISH_DATE.format(LocalDate.now(EngineClock.DANISH_TIME)),
					"Målbart – målniveau 75 % på 5. årgang", "Side 1 af ");
		}
		assertThat(get(CHIEF, path, byte[].class).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(get("direktor-born", path, byte[].class).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(get("sekretariat", path, byte[].class).getStatusCode()).isEqualTo(HttpStatus.OK);

		assertThat(get("leder-hellebaek-skole", path, byte[].class).getStatusCode())
			.as("approved: published to everyone logged in").isEqualTo(HttpStatus.OK);
		assertThat(get("amed-tr-borupgaard", path, byte[].class).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(rest.getForEntity(path, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		ResponseEntity<String> unknown = get(CHIEF, "/api/documents/agreements/987654.pdf", String.class);
		assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(JSON.readTree(unknown.getBody()).get("message").asText()).isEqualTo("Aftalen med id 987654 findes ikke.");

		// The evaluation summary of the year, for Byrådet and those who read the whole year.
		ResponseEntity<byte[]> summary = get("byraadssekretaer", "/api/documents/evaluations/" + YEAR + ".pdf", byte[].class);
		assertThat(summary.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(summary.getHeaders().getContentDisposition().getFilename())
			.isEqualTo("Evaluering af " + (YEAR - 1) + " - sammenfatning til Byrådet " + YEAR + ".pdf");
		try (PDDocument pdf = Loader.loadPDF(summary.getBody())) {
			assertThat(DocumentTests.text(pdf)).contains("Aftaler for " + YEAR + " 1 af 113 enheder har en godkendt decentral aftale.");
		}
		assertThat(get(LEADER, "/api/documents/evaluations/" + YEAR + ".pdf", String.class).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void anApprovedStrategyMapIsADocumentForEveryoneLoggedIn() throws Exception {
		StrategyMap map = strategy.mapInForce("helsingor", "skole", YEAR).orElseThrow();
		String path = "/api/documents/strategy-maps/" + map.id() + ".pdf";

		ResponseEntity<byte[]> download = get(CHIEF, path, byte[].class);
		assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(download.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
		assertThat(download.getHeaders().getContentDisposition().getFilename())
			.isEqualTo("Strategikort " + map.firstYear() + "-" + map.lastYear() + " - Center for Skole.pdf");
		try (PDDocument pdf = Loader.loadPDF(download.getBody())) {
			Initiative first = strategy.initiativesOfMap(map.id()).get(0);
			assertThat(DocumentTests.text(pdf)).contains("Ejer Center for Skole", "Status Godkendt",
					first.code() + ": " + first.title(), "Visionsmål " + first.visionGoalCode() + ": " + first.visionGoalTitle());
		}
		assertThat(get("kommunaldirektor", path, byte[].class).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(get(LEADER, path, byte[].class).getStatusCode()).as("approved: published").isEqualTo(HttpStatus.OK);
		assertThat(get(CHIEF, "/api/documents/strategy-maps/987654.pdf", String.class).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		long corporate = strategy.mapInForce("helsingor", Initiative.CORPORATE, YEAR).orElseThrow().id();
		assertThat(get(CHIEF, "/api/documents/strategy-maps/" + corporate + ".pdf", byte[].class).getStatusCode())
			.as("a centre chief is in Koncernledelsen").isEqualTo(HttpStatus.OK);
		assertThat(get(LEADER, "/api/documents/strategy-maps/" + corporate + ".pdf", byte[].class).getStatusCode())
			.as("approved: published").isEqualTo(HttpStatus.OK);
	}

	/** The variables Tasklist submits for the draft form: each slot's object as JSON. */
	private static Map<String, Object> draft(String initiative) throws Exception {
		Map<String, Object> goal = new LinkedHashMap<>();
		goal.put("initiative", initiative);
		goal.put("title", GOAL);
		goal.put("indicator", "Andel elever, der læser mindst 20 minutter om dagen");
		goal.put("target", "75 % på 5. årgang");
		goal.put("resources", "Læsevejledere og bibliotekets åbne timer");
		goal.put("deadline", "30.06." + YEAR);
		goal.put("evaluationMethod", "Spørgeskema til elever og forældre i maj");
		Map<String, Object> other = new LinkedHashMap<>(goal);
		other.remove("initiative");
		other.put("kind", "PROFESSIONAL");
		other.put("title", "Fælles årsplaner for dansk på alle årgange");
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("economicFrame", variable(1_500_000, "Long"));
		variables.put("developmentGoal1", variable(JSON.writeValueAsString(goal), "Json"));
		variables.put("otherGoal1", variable(JSON.writeValueAsString(other), "Json"));
		return variables;
	}

	private static Map<String, Object> variable(Object value, String type) {
		return Map.of("value", value, "type", type);
	}

	private ResponseEntity<Map<String, Object>> submit(String user, ProcessInstance process, Map<String, Object> variables) {
		String taskId = tasks.createTaskQuery().processInstanceId(process.getId()).singleResult().getId();
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return rest.withBasicAuth(user, "demo").exchange("/engine-rest/task/" + taskId + "/submit-form", HttpMethod.POST,
				new HttpEntity<>(Map.of("variables", variables), headers), new ParameterizedTypeReference<>() {
				});
	}

	private <T> ResponseEntity<T> get(String user, String path, Class<T> type) {
		return rest.withBasicAuth(user, "demo").getForEntity(path, type);
	}
}
