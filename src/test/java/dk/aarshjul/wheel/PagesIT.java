package dk.aarshjul.wheel;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Year;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dk.aarshjul.agreement.AgreementDrafts;
import dk.aarshjul.agreement.UnitAgreementProcess;
import dk.aarshjul.test.PostgresApplicationIT;
import dk.aarshjul.test.ProcessTestSupport;
import dk.aarshjul.test.WebappSession;

/**
 * The data behind the pages, over HTTP with the session a person gets by logging in to Tasklist, on PostgreSQL: who
 * may read what, the wheel's status and drill-down, nothing in draft on "Vision og styring", and the way an anonymous
 * visitor is sent to the login.
 */
class PagesIT extends PostgresApplicationIT {

	private static final int YEAR = Year.now().getValue() + 1;
	private static final String LEADER = "leder-borupgaard-skole";
	private static final String WORKS_COUNCIL = "amed-tr-borupgaard";
	private static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;
	@Autowired
	TestRestTemplate rest;
	@Autowired
	RuntimeService runtime;
	@Autowired
	TaskService tasks;
	@Autowired
	ManagementService management;

	@AfterEach
	void realClock() {
		ClockUtil.reset();
	}

	@Test
	void anAnonymousVisitorIsSentToTheLoginAndTheApiAsksForALogin() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(root() + "/aarshjul/enhed.html?unit=x")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
			.endsWith("/aarshjul/login.html?next=%2Faarshjul%2Fenhed.html%3Funit%3Dx"));
		assertThat(http.send(HttpRequest.newBuilder(URI.create(root() + "/aarshjul/login.html")).build(),
				HttpResponse.BodyHandlers.ofString()).body()).contains("Log ind");

		HttpResponse<String> basic = http.send(HttpRequest.newBuilder(URI.create(root() + "/api/wheel/" + YEAR)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(basic.statusCode()).isEqualTo(401);
		assertThat(basic.headers().firstValue("WWW-Authenticate")).isPresent();
		HttpResponse<String> script = http.send(HttpRequest.newBuilder(URI.create(root() + "/api/wheel/" + YEAR))
			.header("X-Requested-With", "XMLHttpRequest").build(), HttpResponse.BodyHandlers.ofString());
		assertThat(script.statusCode()).isEqualTo(401);
		assertThat(script.headers().firstValue("WWW-Authenticate")).as("no password dialog in the browser").isEmpty();
		assertThat(JSON.readTree(script.body()).path("message").asText()).isEqualTo("Du er ikke logget ind. Log ind igen.");

		WebappSession leader = WebappSession.login(root(), LEADER, "demo");
		assertThat(leader.get("/aarshjul/").statusCode()).isEqualTo(200);
		assertThat(leader.get("/aarshjul/").body()).contains("Årshjulet");
	}

	@Test
	void eachPersonReadsTheirScopeAndEveryoneReadsWhatIsPublished() throws Exception {
		ProcessTestSupport.signUnitAgreement(runtime, tasks, management, "borupgaard-skole", YEAR);
		ProcessInstance submitted = runtime.startProcessInstanceByKey(UnitAgreementProcess.KEY, YEAR + ":hellebaek-skole",
				Map.of("municipality", "helsingor", "year", YEAR, "unit", "hellebaek-skole"));
		ProcessTestSupport.executeJobs(management);
		tasks.complete(tasks.createTaskQuery().processInstanceId(submitted.getId()).singleResult().getId(),
				AgreementDrafts.valid(runtime, submitted.getId(), YEAR));
		// Hellebæk Skole's works council has not given its statement by the deadline: the unit is behind.
		ProcessTestSupport.clock(YEAR, 3, 10);

		WebappSession leader = WebappSession.login(root(), LEADER, "demo");
		JsonNode me = json(leader.get("/api/me"));
		assertThat(me.path("home").path("kind").asText()).isEqualTo("UNIT");
		assertThat(me.path("home").path("id").asText()).isEqualTo("borupgaard-skole");
		assertThat(me.path("todayText").asText()).isEqualTo("10.03." + YEAR);
		JsonNode page = json(leader.get("/api/units/borupgaard-skole/page?year=" + YEAR));
		assertThat(page.path("agreementInForce").path("status").asText()).isEqualTo("APPROVED");
		assertThat(page.path("agreementInForce").path("pdf").asText()).matches("/api/documents/agreements/\\d+\\.pdf");
		assertThat(page.path("thread").toString()).contains("\"partyId\":\"borupgaard-skole\"")
			.contains("Udviklingsmål nummer 1");
		HttpResponse<String> other = leader.get("/api/units/hellebaek-skole/page?year=" + YEAR);
		assertThat(other.statusCode()).isEqualTo(403);
		assertThat(json(other).path("message").asText())
			.isEqualTo("Du kan kun se siden for de enheder, du leder eller har ansvar for.");
		assertThat(leader.get("/api/wheel/" + YEAR + "?unit=borupgaard-skole").statusCode()).isEqualTo(200);
		assertThat(leader.get("/api/wheel/" + YEAR + "?unit=hellebaek-skole").statusCode()).isEqualTo(403);
		assertThat(leader.get("/api/wheel/" + YEAR + "?centre=skole").statusCode()).isEqualTo(403);

		WebappSession secretariat = WebappSession.login(root(), "sekretariat", "demo");
		JsonNode municipality = json(secretariat.get("/api/wheel/" + YEAR));
		assertThat(municipality.path("statusShown").asBoolean()).isTrue();
		assertThat(municipality.path("parties")).hasSize(10);
		assertThat(municipality.path("parties").get(0).path("id").asText()).as("the centre furthest behind first")
			.isEqualTo("skole");
		assertThat(municipality.path("parties").get(0).path("overdue").asInt()).isEqualTo(1);
		JsonNode unitAgreementsDue = find(municipality.path("strategy"), "UNIT_AGREEMENTS_DUE");
		assertThat(unitAgreementsDue.path("status").asText()).isEqualTo("OVERDUE");
		assertThat(unitAgreementsDue.path("dateText").asText()).isEqualTo("01.03." + YEAR);
		JsonNode centre = json(secretariat.get("/api/wheel/" + YEAR + "?centre=skole"));
		assertThat(centre.path("path")).hasSize(2);
		assertThat(centre.path("parties").get(0).path("id").asText()).isEqualTo("hellebaek-skole");
		assertThat(centre.path("parties").get(0).path("status").asText()).isEqualTo("OVERDUE");
		JsonNode unit = json(secretariat.get("/api/wheel/" + YEAR + "?unit=hellebaek-skole"));
		assertThat(unit.path("tasks")).singleElement().satisfies(task -> {
			assertThat(task.path("overdue").asBoolean()).isTrue();
			assertThat(task.path("dueText").asText()).isEqualTo("01.03." + YEAR);
			assertThat(task.path("link").asText()).startsWith("/camunda/app/tasklist/default/#/?task=");
		});

		WebappSession worksCouncil = WebappSession.login(root(), WORKS_COUNCIL, "demo");
		JsonNode vision = json(worksCouncil.get("/api/vision/" + YEAR));
		assertThat(vision.path("visionGoals")).isNotEmpty();
		assertThat(vision.path("corporateMap").path("pdf").asText()).matches("/api/documents/strategy-maps/\\d+\\.pdf");
		JsonNode skole = find(vision.path("centres"), "skole");
		assertThat(skole.path("map").path("initiatives")).isNotEmpty();
		assertThat(find(skole.path("units"), "borupgaard-skole").path("agreement").path("status").asText())
			.isEqualTo("APPROVED");
		assertThat(find(skole.path("units"), "hellebaek-skole").path("agreement").isNull())
			.as("an agreement submitted for approval is not published").isTrue();
		assertThat(worksCouncil.get("/api/units/borupgaard-skole/page?year=" + YEAR).statusCode()).isEqualTo(403);
		JsonNode calendarOnly = json(worksCouncil.get("/api/wheel/" + YEAR));
		assertThat(calendarOnly.path("statusShown").asBoolean()).isFalse();
		assertThat(calendarOnly.path("parties")).isEmpty();

		// HTTP Basic still works for our API.
		assertThat(rest.withBasicAuth("direktor-born", "demo").getForEntity("/api/vision/" + YEAR, String.class)
			.getStatusCode().value()).isEqualTo(200);
	}

	@Test
	void aRequestThatChangesSomethingNeedsTheSessionsCsrfToken() throws Exception {
		WebappSession leader = WebappSession.login(root(), LEADER, "demo");
		HttpResponse<String> forged = leader.postWithoutCsrfToken("/api/calendar/links");
		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(json(forged).path("message").asText()).startsWith("Forespørgslen mangler sessionens sikkerhedsnøgle");
		HttpResponse<String> created = leader.postJson("/api/calendar/links", "{}");
		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(json(created).path("unit").asText()).endsWith("/units/borupgaard-skole.ics");
	}

	private String root() {
		return "http://localhost:" + port;
	}

	private static JsonNode json(HttpResponse<String> response) throws Exception {
		return JSON.readTree(response.body());
	}

	private static JsonNode find(JsonNode list, String id) {
		for (JsonNode node : list) {
			if (id.equals(node.path("id").asText())) {
				return node;
			}
		}
		throw new AssertionError(id + " not in " + list);
	}
}
