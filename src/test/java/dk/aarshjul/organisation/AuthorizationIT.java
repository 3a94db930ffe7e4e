package dk.aarshjul.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
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

import dk.aarshjul.test.RoutingProbe;
import dk.aarshjul.test.PostgresApplicationIT;
import dk.aarshjul.test.WebappSession;

/**
 * Who may see and do which task, asked through the REST API as the people of the example organisation would, on
 * a real PostgreSQL. Borupgård and Hellebæk Skole are units of Center for Skole (director direktor-born);
 * Kulturværftet belongs to Center for Kultur, Idræt og Turisme (director direktor-by).
 */
class AuthorizationIT extends PostgresApplicationIT {

	private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
	};
	private static final String LEADER_A = "leder-borupgaard-skole";
	private static final String LEADER_B = "leder-hellebaek-skole";

	@Autowired
	TestRestTemplate rest;
	@Autowired
	ProcessEngine engine;
	@Autowired
	TaskService tasks;
	@Autowired
	dk.aarshjul.deadline.DeadlineService deadlines;

	Task unitA;
	Task unitB;
	Task cultureUnit;
	Task schoolCentre;
	Task schoolDirector;

	@BeforeEach
	void oneTaskAtEachScope() {
		engine.getRuntimeService().createProcessInstanceQuery().list()
			.forEach(pi -> engine.getRuntimeService().deleteProcessInstance(pi.getId(), "next test", true, true));
		RoutingProbe.deploy(engine);
		unitA = RoutingProbe.start(engine, Level.UNIT, Map.of(Route.UNIT, "borupgaard-skole"));
		unitB = RoutingProbe.start(engine, Level.UNIT, Map.of(Route.UNIT, "hellebaek-skole"));
		cultureUnit = RoutingProbe.start(engine, Level.UNIT, Map.of(Route.UNIT, "kulturvaerftet"));
		schoolCentre = RoutingProbe.start(engine, Level.CENTRE, Map.of(Route.CENTRE, "skole"));
		schoolDirector = RoutingProbe.start(engine, Level.DIRECTOR, Map.of(Route.CENTRE, "skole"));
	}

	@Test
	void aUnitLeaderSeesAndDoesOnlyTheTaskOfTheirOwnUnit() {
		assertThat(taskIds(LEADER_A)).containsExactly(unitA.getId());

		assertThat(call(LEADER_A, HttpMethod.POST, "/task/" + unitA.getId() + "/claim", Map.of("userId", LEADER_A)))
			.isEqualTo(HttpStatus.NO_CONTENT);
		// A task claimed by mistake can be handed back.
		assertThat(call(LEADER_A, HttpMethod.POST, "/task/" + unitA.getId() + "/unclaim", Map.of()))
			.isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(call(LEADER_A, HttpMethod.POST, "/task/" + unitA.getId() + "/claim", Map.of("userId", LEADER_A)))
			.isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(call(LEADER_A, HttpMethod.POST, "/task/" + unitA.getId() + "/complete", Map.of()))
			.isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(tasks.createTaskQuery().taskId(unitA.getId()).count()).isZero();
	}

	@Test
	void aUnitLeaderCannotListReadClaimOrCompleteAnotherUnitsTask() {
		assertThat(taskIds(LEADER_A)).doesNotContain(unitB.getId());
		assertThat(call(LEADER_A, HttpMethod.GET, "/task/" + unitB.getId(), null)).isIn(HttpStatus.NOT_FOUND, HttpStatus.FORBIDDEN);
		assertThat(call(LEADER_A, HttpMethod.GET, "/task/" + unitB.getId() + "/variables", null))
			.isIn(HttpStatus.NOT_FOUND, HttpStatus.FORBIDDEN);
		assertThat(call(LEADER_A, HttpMethod.GET, "/task/" + unitB.getId() + "/form-variables", null))
			.isIn(HttpStatus.NOT_FOUND, HttpStatus.FORBIDDEN);
		assertThat(call(LEADER_A, HttpMethod.POST, "/task/" + unitB.getId() + "/claim", Map.of("userId", LEADER_A)))
			.isIn(HttpStatus.NOT_FOUND, HttpStatus.FORBIDDEN);
		assertThat(call(LEADER_A, HttpMethod.POST, "/task/" + unitB.getId() + "/complete", Map.of()))
			.isIn(HttpStatus.NOT_FOUND, HttpStatus.FORBIDDEN);
		assertThat(call(LEADER_A, HttpMethod.POST, "/task/" + unitB.getId() + "/assignee", Map.of("userId", LEADER_A)))
			.isIn(HttpStatus.NOT_FOUND, HttpStatus.FORBIDDEN);

		Task unchanged = tasks.createTaskQuery().taskId(unitB.getId()).singleResult();
		assertThat(unchanged).isNotNull();
		assertThat(unchanged.getAssignee()).isNull();
		assertThat(taskIds(LEADER_B)).containsExactly(unitB.getId());
	}

	@Test
	void aUnitLeaderSeesNoProcessInstancesOrHistoryOnlyTheirTasks() {
		assertThat(list(LEADER_A, "/process-instance")).isEmpty();
		assertThat(list(LEADER_A, "/history/process-instance")).isEmpty();
		assertThat(call(LEADER_A, HttpMethod.GET, "/process-instance/" + unitB.getProcessInstanceId() + "/variables", null))
			.isIn(HttpStatus.NOT_FOUND, HttpStatus.FORBIDDEN);
		assertThat(call(LEADER_A, HttpMethod.GET, "/task/" + unitA.getId() + "/variables", null)).isEqualTo(HttpStatus.OK);
	}

	@Test
	void aCentreChiefSeesTheCentreAndItsUnitsButDoesOnlyTheCentresOwnTask() {
		assertThat(taskIds("chef-skole")).containsExactlyInAnyOrder(unitA.getId(), unitB.getId(), schoolCentre.getId());

		assertThat(call("chef-skole", HttpMethod.POST, "/task/" + unitB.getId() + "/complete", Map.of()))
			.isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
		assertThat(tasks.createTaskQuery().taskId(unitB.getId()).count()).isEqualTo(1);
		assertThat(call("chef-skole", HttpMethod.POST, "/task/" + schoolCentre.getId() + "/complete", Map.of()))
			.isEqualTo(HttpStatus.NO_CONTENT);
	}

	@Test
	void aDirectorSeesTheirCentresOnly() {
		assertThat(taskIds("direktor-born")).containsExactlyInAnyOrder(unitA.getId(), unitB.getId(),
				schoolCentre.getId(), schoolDirector.getId());
		assertThat(taskIds("direktor-by")).containsExactly(cultureUnit.getId());
		assertThat(call("direktor-born", HttpMethod.POST, "/task/" + schoolDirector.getId() + "/complete", Map.of()))
			.isEqualTo(HttpStatus.NO_CONTENT);
	}

	@Test
	void theSecretariatSeesEverything() {
		assertThat(taskIds("sekretariat")).contains(unitA.getId(), unitB.getId(), cultureUnit.getId(),
				schoolCentre.getId(), schoolDirector.getId());
		assertThat(list("sekretariat", "/process-instance")).hasSizeGreaterThanOrEqualTo(5);
	}

	@Test
	void eachRoleFindsItsTasksOnItsFilters() {
		assertThat(filterTasks(LEADER_A, "Min enheds opgaver")).containsExactly(unitA.getId());
		assertThat(filterTasks(LEADER_A, "Mine opgaver")).isEmpty();
		assertThat(filterNames(LEADER_A)).containsExactlyInAnyOrder("Mine opgaver", "Min enheds opgaver");
		assertThat(filterTasks("chef-skole", "Mit centers opgaver"))
			.containsExactlyInAnyOrder(unitA.getId(), unitB.getId(), schoolCentre.getId());
		assertThat(filterTasks("chef-skole", "Mine gruppers opgaver")).containsExactly(schoolCentre.getId());
		assertThat(filterTasks("direktor-born", "Mine centres opgaver")).containsExactlyInAnyOrder(unitA.getId(),
				unitB.getId(), schoolCentre.getId(), schoolDirector.getId());
		assertThat(filterTasks("sekretariat", "Alle åbne opgaver")).contains(cultureUnit.getId());
	}

	@Test
	void leadersCannotOpenCockpitOrAdmin() throws Exception {
		assertThat(WebappSession.loginStatus(rest.getRootUri(), LEADER_A, "demo", "cockpit")).isEqualTo(403);
		assertThat(WebappSession.loginStatus(rest.getRootUri(), LEADER_A, "demo", "admin")).isEqualTo(403);
		assertThat(WebappSession.loginStatus(rest.getRootUri(), "chef-skole", "demo", "cockpit")).isEqualTo(403);
		assertThat(WebappSession.loginStatus(rest.getRootUri(), LEADER_A, "demo", "tasklist")).isEqualTo(200);
		assertThat(WebappSession.loginStatus(rest.getRootUri(), "sekretariat", "demo", "cockpit")).isEqualTo(200);
	}

	@Test
	void aLeaderReadsTheRemindersOnTheirOwnTaskAndNoOneElsesReadsThem() {
		Task overdue = tasks.createTaskQuery().taskId(unitA.getId()).singleResult();
		overdue.setDueDate(java.sql.Timestamp.valueOf(java.time.LocalDateTime.now().minusDays(2)));
		tasks.saveTask(overdue);
		deadlines.remindAndEscalate();

		assertThat(list(LEADER_A, "/task/" + unitA.getId() + "/comment")).singleElement()
			.satisfies(comment -> assertThat((String) comment.get("message")).startsWith("Påmindelse: fristen var "));
		assertThat(call(LEADER_B, HttpMethod.GET, "/task/" + unitA.getId() + "/comment", null))
			.isIn(HttpStatus.NOT_FOUND, HttpStatus.FORBIDDEN);
		assertThat(list(LEADER_A, "/history/process-instance")).as("a task's history, not its process's").isEmpty();
	}

	private List<String> taskIds(String user) {
		return list(user, "/task").stream().map(t -> (String) t.get("id")).toList();
	}

	private List<String> filterNames(String user) {
		return list(user, "/filter?resourceType=Task").stream().map(f -> (String) f.get("name")).toList();
	}

	private List<String> filterTasks(String user, String filterName) {
		String id = list(user, "/filter?resourceType=Task").stream().filter(f -> filterName.equals(f.get("name")))
			.map(f -> (String) f.get("id")).findFirst().orElseThrow(() -> new AssertionError(user + " has no filter " + filterName));
		return list(user, "/filter/" + id + "/list").stream().map(t -> (String) t.get("id")).toList();
	}

	private List<Map<String, Object>> list(String user, String path) {
		ResponseEntity<List<Map<String, Object>>> response = rest.withBasicAuth(user, "demo")
			.exchange("/engine-rest" + path, HttpMethod.GET, null, LIST);
		assertThat(response.getStatusCode()).as(user + " GET " + path).isEqualTo(HttpStatus.OK);
		return response.getBody();
	}

	private HttpStatusCode call(String user, HttpMethod method, String path, Object body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return rest.withBasicAuth(user, "demo")
			.exchange("/engine-rest" + path, method, new HttpEntity<>(body, headers), String.class)
			.getStatusCode();
	}
}
