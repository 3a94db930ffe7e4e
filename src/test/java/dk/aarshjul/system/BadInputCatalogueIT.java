package dk.aarshjul.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dk.aarshjul.agreement.AgreementDrafts;
import dk.aarshjul.agreement.UnitAgreementProcess;
import dk.aarshjul.deadline.DeadlineProcess;
import dk.aarshjul.test.PostgresApplicationIT;
import dk.aarshjul.test.WebappSession;

/**
 * What the application refuses, asked from outside as a leader would ask it: through the REST API with HTTP Basic
 * and through Tasklist's own engine API with a logged-in session, on PostgreSQL. Each case asserts the status, the
 * Danish message and that nothing changed (variables, retries, assignee, rows). Borupgård Skole and Hellebæk Skole
 * are units of Center for Skole; Center for Kultur's chief has nothing to do with either.
 */
class BadInputCatalogueIT extends PostgresApplicationIT {

	private static final ObjectMapper JSON = new ObjectMapper();
	private static final String LEADER = "leder-borupgaard-skole";
	private static final String OTHER_LEADER = "leder-hellebaek-skole";
	private static final String OTHER_CENTRES_CHIEF = "chef-kultur";
	private static final String ADMIN = "demo";
	private static final int YEAR = java.time.Year.now().getValue() + 1;

	@Autowired
	TestRestTemplate rest;
	@Autowired
	RuntimeService runtime;
	@Autowired
	TaskService tasks;
	@Autowired
	ManagementService management;
	@Autowired
	JdbcTemplate jdbc;

	ProcessInstance unit;
	Task draft;
	Task otherUnitsDraft;

	@BeforeEach
	void aDraftForEachOfTwoUnits() {
		runtime.createProcessInstanceQuery().processDefinitionKey(UnitAgreementProcess.KEY).list()
			.forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "next test", true, true));
		jdbc.update("DELETE FROM agreement_goal");
		jdbc.update("DELETE FROM agreement");
		unit = startUnitAgreement("borupgaard-skole");
		draft = tasks.createTaskQuery().processInstanceId(unit.getId()).singleResult();
		otherUnitsDraft = tasks.createTaskQuery().processInstanceId(startUnitAgreement("hellebaek-skole").getId()).singleResult();
	}

	private ProcessInstance startUnitAgreement(String unitId) {
		ProcessInstance process = runtime.startProcessInstanceByKey(UnitAgreementProcess.KEY,
				Map.of("year", YEAR, "municipality", "helsingor", "unit", unitId));
		management.executeJob(management.createJobQuery().processInstanceId(process.getId()).singleResult().getId());
		return process;
	}

	// 1. A refused job call burns no retry.

	@Test
	void aJobTheCallerMayNotRunIsRefusedBeforeItsRetriesChange() {
		Job reminder = management.createJobQuery().processDefinitionKey(DeadlineProcess.WATCH_KEY).singleResult();
		int retries = reminder.getRetries();
		List<Answer> answers = new ArrayList<>();
		for (int i = 0; i < retries + 1; i++) {
			answers.add(call(LEADER, HttpMethod.POST, "/engine-rest/job/" + reminder.getId() + "/execute", null));
		}
		Job after = management.createJobQuery().jobId(reminder.getId()).singleResult();
		assertThat(after.getRetries()).isEqualTo(retries);
		assertThat(after.getExceptionMessage()).isNull();
		assertThat(answers).allSatisfy(answer -> {
			assertThat(answer.status()).isEqualTo(403);
			assertDanish(answer.message());
			assertThat(answer.message()).doesNotContain(reminder.getId()).doesNotContain(LEADER);
		});
		assertThat(runtime.createIncidentQuery().count()).isZero();
	}

	// 2. A task takes only its own form's fields.

	@Test
	void aSubmissionWithFieldsOutsideTheTasksFormIsRefusedAndChangesNothing() throws Exception {
		Map<String, String> before = snapshot(runtime.getVariables(unit.getId()));
		for (String extra : List.of("year", "unitName", UnitAgreementProcess.Var.DECISION)) {
			Map<String, Object> variables = validDraft();
			variables.put(extra, Map.of("value", extra.equals("year") ? (Object) 2099 : "<script>alert(1)</script>"));
			for (String endpoint : List.of("complete", "submit-form")) {
				Answer answer = call(LEADER, HttpMethod.POST, "/engine-rest/task/" + draft.getId() + "/" + endpoint,
						Map.of("variables", variables));
				assertThat(answer.status()).as(extra + " " + endpoint).isEqualTo(400);
				assertThat(answer.message()).isEqualTo("Feltet »" + extra
						+ "« hører ikke til opgavens formular og kan ikke gemmes. Intet er ændret.");
			}
			assertThat(call(LEADER, HttpMethod.POST, "/engine-rest/task/" + draft.getId() + "/variables",
					Map.of("modifications", Map.of(extra, Map.of("value", "2099")))).status()).isEqualTo(400);
			assertThat(call(LEADER, HttpMethod.PUT, "/engine-rest/task/" + draft.getId() + "/variables/" + extra,
					Map.of("value", "2099")).status()).isEqualTo(400);
			assertThat(call(LEADER, HttpMethod.PUT, "/engine-rest/task/" + draft.getId() + "/localVariables/" + extra,
					Map.of("value", "2099")).status()).isEqualTo(400);
			assertThat(call(LEADER, HttpMethod.POST, "/engine-rest/task/" + draft.getId() + "/localVariables",
					Map.of("deletions", List.of(extra))).status()).isEqualTo(400);
		}
		// Through Tasklist's API too.
		WebappSession tasklist = WebappSession.login(rest.getRootUri(), LEADER, "demo");
		var webapp = tasklist.postJson("/camunda/api/engine/engine/default/task/" + draft.getId() + "/submit-form",
				JSON.writeValueAsString(Map.of("variables", Map.of("year", Map.of("value", 2099, "type", "Integer")))));
		assertThat(webapp.statusCode()).isEqualTo(400);
		assertThat(message(webapp.body())).isEqualTo("Feltet »year« hører ikke til opgavens formular og kan ikke gemmes. Intet er ændret.");

		// A process's variables directly: administrators only.
		String execution = runtime.createExecutionQuery().processInstanceId(unit.getId()).list().get(0).getId();
		for (String user : List.of(LEADER, "sekretariat")) {
			Answer direct = call(user, HttpMethod.POST, "/engine-rest/process-instance/" + unit.getId() + "/variables",
					Map.of("modifications", Map.of("year", Map.of("value", 2099))));
			assertThat(direct.status()).isEqualTo(403);
			assertThat(direct.message()).isEqualTo("Kun en administrator kan ændre en proces' variabler direkte. "
					+ "Udfyld opgavens formular i stedet.");
			assertThat(call(user, HttpMethod.PUT, "/engine-rest/process-instance/" + unit.getId() + "/variables/unitName",
					Map.of("value", "<script>")).status()).isEqualTo(403);
			assertThat(call(user, HttpMethod.PUT, "/engine-rest/execution/" + execution + "/localVariables/year",
					Map.of("value", 2099)).status()).isEqualTo(403);
		}
		assertThat(snapshot(runtime.getVariables(unit.getId()))).isEqualTo(before);
		assertThat(tasks.getVariablesLocal(draft.getId()).keySet()).doesNotContain("year", "unitName",
				UnitAgreementProcess.Var.DECISION);
		assertThat(tasks.createTaskQuery().taskId(draft.getId()).count()).isEqualTo(1);
		assertThat(rows("agreement_goal")).isZero();

		// The form's own fields stay writable as task-local variables (a draft kept on the server), by both APIs.
		Map<String, Object> slot = Map.of("value", JSON.writeValueAsString(Map.of("title", "Kladde")), "type", "Json");
		assertThat(call(LEADER, HttpMethod.PUT, "/engine-rest/task/" + draft.getId() + "/localVariables/developmentGoal1",
				slot).status()).isEqualTo(204);
		assertThat(tasklist.postJson("/camunda/api/engine/engine/default/task/" + draft.getId() + "/localVariables",
				JSON.writeValueAsString(Map.of("modifications", Map.of("economicFrame", Map.of("value", 1_500_000, "type", "Long")))))
			.statusCode()).isEqualTo(204);
		assertThat(tasks.getVariablesLocal(draft.getId())).containsKeys("developmentGoal1", "economicFrame");
		assertThat(snapshot(runtime.getVariables(unit.getId()))).isEqualTo(before);
	}

	// 3. Bad input: a clear refusal in Danish, never a server error, and nothing changed.

	@Test
	void badInputIsRefusedInDanishAndChangesNothing() throws Exception {
		Map<String, String> before = snapshot(runtime.getVariables(unit.getId()));
		String complete = "/engine-rest/task/" + draft.getId() + "/submit-form";

		expect(call(LEADER, HttpMethod.POST, complete, "{\"variables\": {"), 400,
				"Forespørgslen kan ikke læses: den er ikke gyldig JSON.");
		expect(call(LEADER, HttpMethod.POST, complete, "{\"variables\": \"economicFrame\"}"), 400,
				"»variables« skal være et JSON-objekt med et felt for hver variabel.");
		expect(call(LEADER, HttpMethod.POST, complete, Map.of("variables", with("economicFrame",
				Map.of("value", "mange penge", "type", "Long")))), 400, "Feltet »economicFrame« skal være et helt tal, ikke »mange penge«.");
		expect(call(LEADER, HttpMethod.POST, complete, Map.of("variables", with("developmentGoal1",
				Map.of("value", "{ikke json", "type", "Json")))), 400, "Feltet »developmentGoal1« skal være gyldig JSON.");
		expect(call(LEADER, HttpMethod.POST, complete, Map.of("variables", with("economicFrame", Map.of("value", "rO0ABXQAA2FiYw==",
				"type", "Object", "valueInfo", Map.of("objectTypeName", "java.lang.String",
						"serializationDataFormat", "application/x-java-serialized-object"))))), 400,
				"Feltet »economicFrame« kan ikke gemmes: serialiserede objekter (type »Object«, f.eks. Java-serialisering) "
						+ "modtages ikke. Send tekst, tal eller JSON.");
		expect(call(LEADER, HttpMethod.POST, complete, Map.of("variables", with("economicFrame",
				Map.of("value", "x".repeat(TextLimits.TEXT + 1))))), 400,
				"Feltet »economicFrame« er for langt (højst 10.000 tegn). Intet er ændret.");
		Map<String, Object> megabyte = validDraft();
		megabyte.put("bilag", Map.of("value", "x".repeat(1024 * 1024)));
		expect(call(LEADER, HttpMethod.POST, complete, Map.of("variables", megabyte)), 413,
				"Forespørgslen er for stor (højst 512 kB).");
		// A NUL character, which PostgreSQL cannot store, in a goal's title.
		Map<String, Object> nul = validDraft();
		nul.put("developmentGoal1", Map.of("value", JSON.writeValueAsString(Map.of("title", "Læsning\u0000")), "type", "Json"));
		expect(call(LEADER, HttpMethod.POST, complete, Map.of("variables", nul)), 400,
				"Feltet »developmentGoal1« indeholder et NUL-tegn (\\u0000), som ikke kan gemmes.");
		expect(call(LEADER, HttpMethod.POST, "/engine-rest/task/" + draft.getId() + "/comment/create",
				Map.of("message", "Note\u0000")), 400,
				"Forespørgslen indeholder et NUL-tegn (\\u0000), som ikke kan gemmes. Fjern det, og prøv igen.");
		// A goal's texts over their limits (the form's maxLength, TextLimits, the column).
		Map<String, Object> longTitle = validDraft();
		Map<String, Object> goal = goal(longTitle, "developmentGoal1");
		goal.put("title", "x".repeat(TextLimits.LINE + 1));
		goal.put("resources", "x".repeat(TextLimits.COMMENT + 1));
		longTitle.put("developmentGoal1", Map.of("value", JSON.writeValueAsString(goal), "type", "Json"));
		Answer tooLong = call(LEADER, HttpMethod.POST, complete, Map.of("variables", longTitle));
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.message()).contains("teksten i »title« er for lang (højst 500 tegn)")
			.contains("teksten i »resources« er for lang (højst 2.000 tegn)");
		// A continued goal that does not exist.
		Map<String, Object> continued = validDraft();
		Map<String, Object> continuing = goal(continued, "developmentGoal1");
		continuing.put("carriedOverFrom", "987654321");
		continued.put("developmentGoal1", Map.of("value", JSON.writeValueAsString(continuing), "type", "Json"));
		Answer noSuchGoal = call(LEADER, HttpMethod.POST, complete, Map.of("variables", continued));
		assertThat(noSuchGoal.status()).isEqualTo(400);
		assertThat(noSuchGoal.message()).contains("målet, det viderefører, er ikke et mål i partens aftale for " + (YEAR - 1));
		// An unknown task.
		expect(call(LEADER, HttpMethod.POST, "/engine-rest/task/findes-ikke/submit-form", Map.of("variables", validDraft())),
				404, "Opgaven findes ikke, eller du har ikke adgang til den.");
		expect(call(LEADER, HttpMethod.GET, "/engine-rest/task/findes-ikke", null), 404,
				"Opgaven findes ikke, eller du har ikke adgang til den.");
		// The year as text when a cycle is started.
		Answer textYear = call("sekretariat", HttpMethod.POST, "/engine-rest/process-definition/key/annual-cycle/start",
				Map.of("variables", Map.of("year", Map.of("value", "næste år"))));
		assertThat(textYear.status()).isEqualTo(400);
		assertDanish(textYear.message());
		assertThat(call("sekretariat", HttpMethod.POST, "/engine-rest/process-definition/key/annual-cycle/start",
				Map.of("variables", Map.of("year", Map.of("value", "næste år", "type", "Integer")))).message())
			.isEqualTo("Feltet »year« skal være et helt tal, ikke »næste år«.");
		assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("annual-cycle").count()).isZero();

		assertThat(snapshot(runtime.getVariables(unit.getId()))).isEqualTo(before);
		assertThat(tasks.createTaskQuery().taskId(draft.getId()).count()).isEqualTo(1);
		assertThat(tasks.getTaskComments(draft.getId())).isEmpty();
		assertThat(rows("agreement_goal")).isZero();
	}

	@Test
	void aReturnCommentOverItsLimitIsRefusedInDanish() throws Exception {
		assertThat(call(LEADER, HttpMethod.POST, "/engine-rest/task/" + draft.getId() + "/submit-form",
				Map.of("variables", validDraft())).status()).isEqualTo(204);
		Task statement = tasks.createTaskQuery().processInstanceId(unit.getId()).singleResult();
		assertThat(call("amed-tr-borupgaard", HttpMethod.POST, "/engine-rest/task/" + statement.getId() + "/submit-form",
				Map.of("variables", Map.of("medStatementChoice", Map.of("value", "NO_REMARKS")))).status()).isEqualTo(204);
		Task approval = tasks.createTaskQuery().processInstanceId(unit.getId()).singleResult();
		String status = jdbc.queryForObject("SELECT status FROM agreement WHERE party_id = 'borupgaard-skole'", String.class);

		Answer answer = call("chef-skole", HttpMethod.POST, "/engine-rest/task/" + approval.getId() + "/submit-form",
				Map.of("variables", Map.of(UnitAgreementProcess.Var.DECISION, Map.of("value", "return"),
						UnitAgreementProcess.Var.RETURN_COMMENT, Map.of("value", "x".repeat(TextLimits.COMMENT + 1)))));
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.message()).contains("Kommentaren er for lang (højst 2.000 tegn).");
		assertThat(tasks.createTaskQuery().taskId(approval.getId()).count()).isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT status FROM agreement WHERE party_id = 'borupgaard-skole'", String.class)).isEqualTo(status);
	}

	@Test
	void htmlAndScriptInFreeTextAreKeptVerbatimAsText() throws Exception {
		String html = "<script>alert('x')</script> & <b>fed</b> \"citat\" <img src=x onerror=alert(1)>";
		Map<String, Object> variables = validDraft();
		Map<String, Object> goal = goal(variables, "developmentGoal1");
		goal.put("title", html);
		variables.put("developmentGoal1", Map.of("value", JSON.writeValueAsString(goal), "type", "Json"));
		assertThat(call(LEADER, HttpMethod.POST, "/engine-rest/task/" + draft.getId() + "/submit-form",
				Map.of("variables", variables)).status()).isEqualTo(204);

		assertThat(jdbc.queryForList("SELECT title FROM agreement_goal", String.class)).contains(html);
		ResponseEntity<String> read = rest.withBasicAuth(LEADER, "demo").getForEntity("/api/units/borupgaard-skole/agreements",
				String.class);
		assertThat(read.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
		JsonNode titles = JSON.readTree(read.getBody()).findValues("title").stream().reduce(JSON.createArrayNode(),
				(all, t) -> all.add(t), (a, b) -> a);
		assertThat(titles.toString()).contains(JSON.writeValueAsString(html));
	}

	// 4. A task is given only to those who can do it.

	@Test
	void aTaskIsGivenOnlyToItsCandidates() throws Exception {
		String task = "/engine-rest/task/" + draft.getId();
		expect(call(LEADER, HttpMethod.POST, task + "/assignee", Map.of("userId", OTHER_CENTRES_CHIEF)), 403,
				"Opgaven kan ikke gives til Jan Vestergaard (chef-kultur): den kan kun gives til én, der kan løse den, "
						+ "dvs. et medlem af opgavens gruppe.");
		expect(call(LEADER, HttpMethod.POST, task + "/assignee", Map.of("userId", "findes-ikke")), 400,
				"Opgaven kan ikke gives til »findes-ikke«: der findes ingen bruger med det brugernavn.");
		assertThat(call(LEADER, HttpMethod.POST, task + "/claim", Map.of("userId", "chef-skole")).status()).isEqualTo(403);
		assertThat(call(LEADER, HttpMethod.POST, task + "/delegate", Map.of("userId", OTHER_CENTRES_CHIEF)).status()).isEqualTo(403);
		expect(call(LEADER, HttpMethod.POST, task + "/identity-links", Map.of("userId", OTHER_CENTRES_CHIEF, "type", "candidate")),
				403, "Kun en administrator kan ændre, hvem en opgave er knyttet til. Du kan tage opgaven, lægge den "
						+ "tilbage eller give den til en anden i opgavens gruppe.");
		assertThat(call("sekretariat", HttpMethod.POST, task + "/assignee", Map.of("userId", OTHER_CENTRES_CHIEF)).status())
			.isEqualTo(403);
		assertThat(call(ADMIN, HttpMethod.POST, task + "/assignee", Map.of("userId", OTHER_CENTRES_CHIEF)).status())
			.isEqualTo(403);
		Task unchanged = tasks.createTaskQuery().taskId(draft.getId()).singleResult();
		assertThat(unchanged.getAssignee()).isNull();
		assertThat(unchanged.getOwner()).isNull();
		assertThat(tasks.getIdentityLinksForTask(draft.getId())).noneMatch(l -> OTHER_CENTRES_CHIEF.equals(l.getUserId()));
		assertThat(status(OTHER_CENTRES_CHIEF, HttpMethod.GET, task)).isEqualTo(404);

		// The secretariat reassigns within the candidates; the leader claims it.
		assertThat(call("sekretariat", HttpMethod.POST, task + "/assignee", Map.of("userId", LEADER)).status()).isEqualTo(204);
		assertThat(call(LEADER, HttpMethod.POST, task + "/unclaim", Map.of()).status()).isEqualTo(204);
		assertThat(call(LEADER, HttpMethod.POST, task + "/claim", Map.of("userId", LEADER)).status()).isEqualTo(204);
		assertThat(tasks.createTaskQuery().taskId(draft.getId()).singleResult().getAssignee()).isEqualTo(LEADER);

		// 6. A director clicks Claim on a unit's task in Tasklist: a Danish sentence without internal ids.
		WebappSession director = WebappSession.login(rest.getRootUri(), "direktor-born", "demo");
		var claim = director.postJson("/camunda/api/engine/engine/default/task/" + otherUnitsDraft.getId() + "/claim",
				"{\"userId\":\"direktor-born\"}");
		assertThat(claim.statusCode()).isEqualTo(403);
		assertThat(message(claim.body())).isEqualTo("Du har ikke adgang til denne opgave.");
		assertThat(claim.body()).doesNotContain(otherUnitsDraft.getId()).doesNotContain("direktor-born")
			.doesNotContain("missingAuthorizations");
		assertThat(tasks.createTaskQuery().taskId(otherUnitsDraft.getId()).singleResult().getAssignee()).isNull();
	}

	// 5. The engine's telemetry and the municipality's statistics: administrators (and the secretariat's Cockpit).

	@Test
	void telemetryAndStatisticsAreForAdministrators() throws Exception {
		String definition = unit.getProcessDefinitionId();
		expect(call(LEADER, HttpMethod.POST, "/engine-rest/telemetry/configuration", Map.of("enableTelemetry", true)), 403,
				"Kun en administrator kan se og ændre motorens telemetri og målinger.");
		assertThat(management.isTelemetryEnabled()).isNotEqualTo(Boolean.TRUE);
		for (String path : List.of("/process-definition/statistics", "/process-definition/" + definition + "/statistics",
				"/process-definition/key/unit-agreement/statistics",
				"/history/process-instance/report?reportType=duration&periodUnit=month",
				"/history/task/report?reportType=count&groupBy=processDefinition", "/metrics/activity-instance-start/sum")) {
			expect(call(LEADER, HttpMethod.GET, "/engine-rest" + path, null), 403,
					path.startsWith("/metrics") ? "Kun en administrator kan se og ændre motorens telemetri og målinger."
							: "Kun administratorer og sekretariatet kan se statistik og rapporter over hele kommunens processer.");
		}
		WebappSession tasklist = WebappSession.login(rest.getRootUri(), LEADER, "demo");
		assertThat(tasklist.get("/camunda/api/engine/engine/default/process-definition/statistics").statusCode()).isEqualTo(403);
		assertThat(status(ADMIN, HttpMethod.GET, "/engine-rest/process-definition/statistics")).isEqualTo(200);
		assertThat(status("sekretariat", HttpMethod.GET, "/engine-rest/process-definition/statistics")).isEqualTo(200);
		assertThat(status("sekretariat", HttpMethod.GET, "/engine-rest/telemetry/configuration")).isEqualTo(403);
	}

	// A leader outside their scope: another unit's task.

	@Test
	void anotherUnitsTaskIsOutOfScopeInDanishAndUnchanged() {
		String task = "/engine-rest/task/" + otherUnitsDraft.getId();
		Map<String, String> before = snapshot(tasks.getVariables(otherUnitsDraft.getId()));
		for (Answer answer : List.of(call(LEADER, HttpMethod.GET, task, null),
				call(LEADER, HttpMethod.GET, task + "/variables", null),
				call(LEADER, HttpMethod.GET, task + "/form-variables", null),
				call(LEADER, HttpMethod.POST, task + "/complete", Map.of()),
				call(LEADER, HttpMethod.POST, task + "/submit-form", Map.of("variables", Map.of())),
				call(LEADER, HttpMethod.POST, task + "/claim", Map.of("userId", LEADER)),
				call(LEADER, HttpMethod.POST, task + "/assignee", Map.of("userId", LEADER)),
				call(LEADER, HttpMethod.PUT, task + "/localVariables/economicFrame", Map.of("value", 1, "type", "Long")))) {
			assertThat(answer.status()).isIn(403, 404);
			assertThat(answer.message()).isIn("Opgaven findes ikke, eller du har ikke adgang til den.",
					"Du har ikke adgang til denne opgave.");
		}
		Task unchanged = tasks.createTaskQuery().taskId(otherUnitsDraft.getId()).singleResult();
		assertThat(unchanged.getAssignee()).isNull();
		assertThat(snapshot(tasks.getVariables(otherUnitsDraft.getId()))).isEqualTo(before);
		assertThat(tasks.createTaskQuery().taskAssignee(LEADER).count()).isZero();
	}

	// One set of text limits: the forms' maxLength, TextLimits and the database's columns agree.

	@Test
	void theFormsTextLimitsAreTextLimitsAndTheColumnsHoldThem() throws IOException {
		Map<String, List<String>> columns = Map.ofEntries(Map.entry("title", List.of("agreement_goal.title",
				"strategy_initiative.title")), Map.entry("adjustedTitle", List.of("strategy_initiative.title")),
				Map.entry("indicator", List.of("agreement_goal.indicator")), Map.entry("target", List.of("agreement_goal.target")),
				Map.entry("resources", List.of("agreement_goal.resources")),
				Map.entry("evaluationMethod", List.of("agreement_goal.evaluation_method")),
				Map.entry("remark", List.of("goal_evaluation.remark", "goal_evaluation.leader_remark",
						"initiative_evaluation.remark", "initiative_review.remark")),
				Map.entry("comment", List.of("follow_up_status.comment")),
				Map.entry("returnComment", List.of("agreement.return_comment")),
				Map.entry("mapReturnComment", List.of("strategy_map.return_comment")),
				Map.entry("councilNote", List.of("annual_cycle.council_note")),
				Map.entry("followUpNote", List.of("task_reminder.follow_up_note")),
				Map.entry("premisesDescription", List.of("premises_change.description")),
				Map.entry("premisesAnswer", List.of("premises_change.answer")),
				Map.entry("acknowledgementComment", List.of("follow_up.acknowledgement")),
				Map.entry("agreedAction", List.of("goal_dialogue.agreed_action")),
				Map.entry("medRemarks", List.of("med_statement.statement")),
				Map.entry("medStatementText", List.of("med_statement.statement")),
				Map.entry("evaluationSummary", List.of("annual_cycle.evaluation_summary")),
				Map.entry("centreEvaluation", List.of("centre_evaluation.evaluation")),
				Map.entry("wayForward", List.of("centre_evaluation.way_forward")),
				Map.entry("discussion", List.of("forum_meeting.discussion")),
				Map.entry("decisions", List.of("forum_meeting.decisions")),
				Map.entry("outcome", List.of("budget_milestone.outcome")));
		Map<String, Integer> sizes = new LinkedHashMap<>();
		jdbc.query("SELECT table_name, column_name, character_maximum_length FROM information_schema.columns "
				+ "WHERE table_schema = current_schema() AND data_type = 'character varying'", row -> {
					Object length = row.getObject(3);
					sizes.put(row.getString(1) + "." + row.getString(2),
							length == null ? Integer.MAX_VALUE : ((Number) length).intValue());
				});
		List<Integer> kinds = List.of(TextLimits.LINE, TextLimits.COMMENT, TextLimits.TEXT);
		List<String> checked = new ArrayList<>();
		try (Stream<Path> forms = Files.list(Path.of("forms"))) {
			for (Path form : forms.filter(f -> f.toString().endsWith(".form")).sorted().toList()) {
				List<JsonNode> fields = new ArrayList<>();
				limited(JSON.readTree(form.toFile()), fields);
				for (JsonNode component : fields) {
					String key = component.path("key").asText();
					int max = component.path("validate").path("maxLength").asInt();
					if (component.path("validate").has("pattern") || key.startsWith("medWeeks_")) {
						continue; // dates, amounts and lists of week numbers: read as such, not free text
					}
					assertThat(kinds).as(form.getFileName() + " " + key + ": a limit from TextLimits").contains(max);
					for (String column : columns.getOrDefault(key, List.of())) {
						assertThat(sizes).as(column).containsKey(column);
						assertThat(sizes.get(column)).as(form.getFileName() + " " + key + " → " + column).isGreaterThanOrEqualTo(max);
						assertThat(sizes.get(column) == Integer.MAX_VALUE || kinds.contains(sizes.get(column)))
							.as(column + " is sized by TextLimits, not " + sizes.get(column)).isTrue();
						checked.add(key);
					}
				}
			}
		}
		assertThat(checked).containsAll(columns.keySet());
	}

	// Helpers

	/** The form's components that carry a maxLength, at any depth. */
	private static void limited(JsonNode node, List<JsonNode> fields) {
		for (JsonNode component : node.path("components")) {
			if (component.path("validate").has("maxLength")) {
				fields.add(component);
			}
			limited(component, fields);
		}
	}

	/** Variables as text, so that two reads of the same JSON values compare equal. */
	private static Map<String, String> snapshot(Map<String, Object> variables) {
		Map<String, String> text = new java.util.TreeMap<>();
		variables.forEach((name, value) -> text.put(name, String.valueOf(value)));
		return text;
	}

	private Map<String, Object> validDraft() {
		Map<String, Object> variables = new LinkedHashMap<>();
		AgreementDrafts.valid(runtime, unit.getId(), YEAR).forEach((name, value) -> variables.put(name,
				value instanceof JsonValue json ? Map.of("value", json.getValueSerialized(), "type", "Json")
						: value instanceof Number number ? Map.of("value", number.longValue(), "type", "Long")
								: Map.of("value", value)));
		return variables;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> goal(Map<String, Object> variables, String slot) throws IOException {
		return JSON.readValue((String) ((Map<String, Object>) variables.get(slot)).get("value"), LinkedHashMap.class);
	}

	private Map<String, Object> with(String name, Map<String, Object> variable) {
		Map<String, Object> variables = validDraft();
		variables.put(name, variable);
		return variables;
	}

	private long rows(String table) {
		return jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
	}

	private static void assertDanish(String message) {
		assertThat(message).isNotBlank().doesNotContainIgnoringCase("permission").doesNotContainIgnoringCase("cannot")
			.doesNotContain("ENGINE-").doesNotContainIgnoringCase("exception").doesNotContainIgnoringCase("the user");
	}

	private static void expect(Answer answer, int status, String message) {
		assertThat(answer.status()).as(answer.message()).isEqualTo(status);
		assertThat(answer.message()).isEqualTo(message);
	}

	record Answer(int status, String message) {
	}

	private int status(String user, HttpMethod method, String path) {
		return call(user, method, path, null).status();
	}

	private Answer call(String user, HttpMethod method, String path, Object body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		Object entity;
		try {
			entity = body == null || body instanceof String ? body : JSON.writeValueAsString(body);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		ResponseEntity<String> response = rest.withBasicAuth(user, "demo").exchange(path, method,
				new HttpEntity<>(entity, headers), String.class);
		int status = response.getStatusCode().value();
		if (status >= 400) {
			assertThat(status).as(path + ": " + response.getBody()).isLessThan(500);
		}
		return new Answer(status, message(response.getBody()));
	}

	private static String message(String body) {
		if (body == null || body.isBlank()) {
			return null;
		}
		try {
			return JSON.readTree(body).path("message").asText(null);
		}
		catch (IOException e) {
			return body;
		}
	}
}
