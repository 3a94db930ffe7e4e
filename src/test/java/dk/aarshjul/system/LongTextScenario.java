package dk.aarshjul.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricFormField;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dk.aarshjul.budget.BudgetMilestoneMessage;
import dk.aarshjul.budget.BudgetTrackProcess;
import dk.aarshjul.cycle.AnnualCycleProcess;
import dk.aarshjul.cycle.Milestone;
import dk.aarshjul.test.ProcessTestSupport;
import dk.aarshjul.test.TestData;

/**
 * String variables longer than Camunda's text column, on the database of the subclass: set, read, changed from
 * long to short and back, null, in history, found by value when short; and a budget milestone registered through
 * the REST API with an outcome of the form's full length, delivered to the budget system whole.
 */
abstract class LongTextScenario {

	static final String MUNICIPALITY = "helsingor";
	static final int YEAR = 2027;
	static final String FINANCE_SECRETARY = "byraadssekretaer";
	static final String NOTE = "note";

	/** The longest outcome the form and the server allow, with Danish letters, quotes, dashes and line breaks. */
	static final String LONG = text(TextLimits.TEXT, "Økonomiudvalget drøftede »budgetforslaget« – æ, ø og å i hver linje.\n");
	static final String OTHER_LONG = text(TextLimits.TEXT, "Byrådet: \"Vi fortsætter\" med 2 % besparelse\tog vender tilbage.\r\n");
	static final String SHORT = "Kort notat.";

	@Autowired
	RuntimeService runtime;
	@Autowired
	TaskService tasks;
	@Autowired
	HistoryService history;
	@Autowired
	ManagementService management;
	@Autowired
	JdbcClient jdbc;

	/** What the REST API answered: its status and, for an error, its message. */
	record Answer(int status, String message) {
	}

	/** {@code POST /engine-rest/task/{id}/submit-form} with the JSON body, as the user (password "demo"). */
	abstract Answer submitForm(String user, String taskId, String body);

	/** A process instance's variable as the REST API gives it ({@code type}, {@code value}), as an administrator. */
	abstract JsonNode restVariable(String processInstanceId, String name);

	/** The variable's historic instance as the REST API gives it ({@code type}, {@code value}). */
	abstract JsonNode restHistoricVariable(String processInstanceId, String name);

	@AfterEach
	void cleanUp() {
		TestData.reset(runtime, jdbc);
	}

	@Test
	void aLongTextIsKeptWholeWhenSetReadChangedToShortAndBackAndNullAndInHistory() {
		String instance = startTrack().getId();

		runtime.setVariable(instance, NOTE, LONG);
		assertValue(instance, LONG);
		String firstBytes = assertKeptInByteArray(instance);
		assertThat(restVariable(instance, NOTE).get("type").asText()).isEqualTo("String");
		assertThat(restVariable(instance, NOTE).get("value").asText()).isEqualTo(LONG);

		runtime.setVariable(instance, NOTE, SHORT);
		assertValue(instance, SHORT);
		assertThat(row(instance)).containsEntry("type", "string").containsEntry("text", SHORT).containsEntry("bytes", null);
		assertThat(byteArrayExists(firstBytes)).as("the long text's bytes are gone").isFalse();

		runtime.setVariable(instance, NOTE, Variables.stringValue(OTHER_LONG));
		assertValue(instance, OTHER_LONG);
		String secondBytes = assertKeptInByteArray(instance);

		runtime.setVariable(instance, NOTE, null);
		assertThat(runtime.getVariable(instance, NOTE)).isNull();
		assertThat(row(instance)).containsEntry("type", "null").containsEntry("text", null).containsEntry("bytes", null);
		assertThat(byteArrayExists(secondBytes)).isFalse();

		runtime.setVariable(instance, NOTE, LONG);
		assertValue(instance, LONG);
		assertKeptInByteArray(instance);

		HistoricVariableInstance variable = history.createHistoricVariableInstanceQuery().processInstanceId(instance)
			.variableName(NOTE).singleResult();
		assertThat(variable.getValue()).isEqualTo(LONG);
		assertThat(variable.getTypeName()).isEqualTo(ValueType.STRING.getName());
		assertThat(jdbc.sql("SELECT var_type_ FROM act_hi_varinst WHERE id_ = ?").param(variable.getId()).query(String.class).single())
			.isEqualTo(LongTextSerializer.NAME);
		assertThat(restHistoricVariable(instance, NOTE).get("type").asText()).isEqualTo("String");
		assertThat(restHistoricVariable(instance, NOTE).get("value").asText()).isEqualTo(LONG);

		List<HistoricDetail> updates = history.createHistoricDetailQuery().variableUpdates().variableInstanceId(variable.getId())
			.orderPartiallyByOccurrence().asc().list();
		assertThat(updates).extracting(u -> ((HistoricVariableUpdate) u).getValue())
			.containsExactly(LONG, SHORT, OTHER_LONG, null, LONG);
		assertThat(updates).extracting(u -> ((HistoricVariableUpdate) u).getTypeName())
			.containsExactly("string", "string", "string", "null", "string");
	}

	@Test
	void onlyTextsLongerThanTheTextColumnHoldsGoToTheByteArray() {
		String instance = startTrack().getId();
		// 4,000 bytes in UTF-8 fit the column on every database (H2 and PostgreSQL count characters, some count bytes)
		for (String fits : List.of("a".repeat(4000), "æ".repeat(2000), "😀".repeat(1000), "")) {
			runtime.setVariable(instance, NOTE, fits);
			assertValue(instance, fits);
			assertThat(row(instance)).containsEntry("type", "string").containsEntry("bytes", null);
		}
		for (String tooLong : List.of("a".repeat(4001), "æ".repeat(2001), "😀".repeat(1001))) {
			runtime.setVariable(instance, NOTE, tooLong);
			assertValue(instance, tooLong);
			assertKeptInByteArray(instance);
		}
	}

	@Test
	void shortTextsAreStillFoundByValueAndALongOneIsRefusedAsAQuery() {
		String instance = startTrack().getId();
		runtime.setVariable(instance, NOTE, SHORT);
		runtime.setVariable(instance, "long", LONG);

		assertThat(runtime.createProcessInstanceQuery().variableValueEquals(NOTE, SHORT).list())
			.extracting(ProcessInstance::getId).containsExactly(instance);
		assertThat(runtime.createVariableInstanceQuery().variableValueEquals(NOTE, SHORT).count()).isEqualTo(1);
		assertThat(history.createHistoricVariableInstanceQuery().variableValueEquals(NOTE, SHORT).count()).isEqualTo(1);
		assertThat(runtime.createProcessInstanceQuery().variableValueEquals(NOTE, "Andet notat.").count()).isZero();
		assertThatThrownBy(() -> runtime.createProcessInstanceQuery().variableValueEquals("long", LONG).count())
			.isInstanceOf(ProcessEngineException.class).hasMessageContaining("cannot be used to query by value");
	}

	@Test
	void anOutcomeOfTheFormsFullLengthIsSubmittedThroughTheRestApiAndOneLongerIsRefusedInDanish() throws Exception {
		ProcessTestSupport.clock(YEAR, 3, 1);
		ProcessInstance track = startTrack();
		management.executeJob(management.createJobQuery().processInstanceId(track.getId()).timers().singleResult().getId());
		String taskId = tasks.createTaskQuery().processInstanceId(track.getId()).singleResult().getId();

		Answer tooLong = submitForm(FINANCE_SECRETARY, taskId, registration(LONG + "x"));
		assertThat(tooLong.status()).isEqualTo(400);
		// Through the REST API the request is refused before the engine is asked (RequestGuard), by the same limit.
		assertThat(tooLong.message()).isIn("Registreringen af »Økonomiudvalget godkender budgetprocessen« kan ikke gemmes: "
				+ "Resultatet er for langt (højst 10.000 tegn).", "Feltet »outcome« er for langt (højst 10.000 tegn). Intet er ændret.");
		assertThat(tasks.createTaskQuery().taskId(taskId).count()).as("the task stays open").isEqualTo(1);

		assertThat(submitForm(FINANCE_SECRETARY, taskId, registration(LONG)).status()).isEqualTo(204);
		assertThat(tasks.createTaskQuery().taskId(taskId).count()).isZero();
		// the outcome is an input of the task, so it stays local to it and never reaches the process
		assertThat(runtime.getVariable(track.getId(), BudgetTrackProcess.Var.OUTCOME)).isNull();
		assertThat(history.createHistoricDetailQuery().variableUpdates().processInstanceId(track.getId())
			.orderPartiallyByOccurrence().asc().list().stream()
			.map(HistoricVariableUpdate.class::cast).filter(u -> u.getVariableName().equals(BudgetTrackProcess.Var.OUTCOME))
			.map(HistoricVariableUpdate::getValue).toList()).as("created empty for the task, then submitted whole")
			.containsExactly(null, LONG);
		assertThat(jdbc.sql("SELECT outcome FROM budget_milestone WHERE cycle_year = ?").param(YEAR).query(String.class).single())
			.isEqualTo("Godkendt. " + LONG);
		// history "full" also keeps each submitted field as a form field, in Camunda's text column: cut to fit it
		String field = history.createHistoricDetailQuery().formFields().processInstanceId(track.getId()).list().stream()
			.map(HistoricFormField.class::cast).filter(f -> f.getFieldId().equals(BudgetTrackProcess.Var.OUTCOME))
			.map(f -> (String) f.getFieldValue()).findFirst().orElseThrow();
		assertThat(field).endsWith("…").hasSize(LongTextHistoryEventProducer.fitted(LONG).length());
		assertThat(LONG).startsWith(field.substring(0, field.length() - 1));
		assertThat(field.getBytes(StandardCharsets.UTF_8).length).isBetween(3990, 4000);

		ProcessTestSupport.executeJobs(management);
		JsonNode payload = payload(Milestone.BUDGET_PROCESS_APPROVAL);
		assertThat(payload.get("registrations").get(0).get("outcome").asText()).isEqualTo("Godkendt. " + LONG);
	}

	@Test
	void everyCommitteesFullLengthOutcomeReachesTheBudgetSystemInOneMessage() throws Exception {
		ProcessTestSupport.clock(YEAR, 1, 10);
		ProcessInstance track = startTrack();
		fire(track, 2, 20);
		complete(BudgetTrackProcess.TASK_APPROVE_BUDGET_PROCESS, "2027-02-20", SHORT, "ja");
		fire(track, 5, 20);
		complete(BudgetTrackProcess.TASK_REGISTER_BUDGET_MEETING, "2027-05-20", SHORT, null);
		fire(track, 8, 20);
		List<Task> committees = tasks.createTaskQuery().taskDefinitionKey(BudgetTrackProcess.TASK_REGISTER_COMMITTEE_MEETING_1).list();
		assertThat(committees).hasSizeGreaterThan(1);
		for (Task committee : committees) {
			tasks.complete(committee.getId(), Map.of(BudgetTrackProcess.Var.HELD_ON, "2027-08-20", BudgetTrackProcess.Var.OUTCOME, OTHER_LONG));
		}
		ProcessTestSupport.executeJobs(management);

		JsonNode registrations = payload(Milestone.COMMITTEE_BUDGET_MEETING_1).get("registrations");
		assertThat(registrations).hasSize(committees.size());
		registrations.forEach(r -> assertThat(r.get("outcome").asText()).isEqualTo(OTHER_LONG));
	}

	private ProcessInstance startTrack() {
		return runtime.startProcessInstanceByKey(BudgetTrackProcess.KEY, String.valueOf(YEAR),
				Map.of(AnnualCycleProcess.Var.YEAR, YEAR, AnnualCycleProcess.Var.MUNICIPALITY, MUNICIPALITY));
	}

	private void fire(ProcessInstance track, int month, int day) {
		ProcessTestSupport.clock(YEAR, month, day);
		management.executeJob(management.createJobQuery().processInstanceId(track.getId()).timers().singleResult().getId());
	}

	private void complete(String taskKey, String heldOn, String outcome, String approved) {
		String taskId = tasks.createTaskQuery().taskDefinitionKey(taskKey).singleResult().getId();
		tasks.complete(taskId, approved == null ? Map.of(BudgetTrackProcess.Var.HELD_ON, heldOn, BudgetTrackProcess.Var.OUTCOME, outcome)
				: Map.of(BudgetTrackProcess.Var.HELD_ON, heldOn, BudgetTrackProcess.Var.OUTCOME, outcome,
						BudgetTrackProcess.Var.APPROVED, approved));
		ProcessTestSupport.executeJobs(management);
	}

	private JsonNode payload(Milestone milestone) throws Exception {
		String key = BudgetMilestoneMessage.idempotencyKey(MUNICIPALITY, YEAR, milestone.name());
		return new ObjectMapper().readTree(jdbc.sql("SELECT payload FROM budget_ledger WHERE idempotency_key = ?").param(key)
			.query(String.class).single());
	}

	/** The approval's form as Tasklist submits it. */
	static String registration(String outcome) {
		try {
			return new ObjectMapper().writeValueAsString(Map.of("variables", Map.of(
					BudgetTrackProcess.Var.HELD_ON, Map.of("type", "String", "value", YEAR + "-02-20"),
					BudgetTrackProcess.Var.OUTCOME, Map.of("type", "String", "value", outcome),
					BudgetTrackProcess.Var.APPROVED, Map.of("type", "String", "value", "ja"))));
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private void assertValue(String instance, String expected) {
		TypedValue value = runtime.getVariableTyped(instance, NOTE);
		assertThat(value.getType()).isEqualTo(ValueType.STRING);
		assertThat(value.getValue()).isEqualTo(expected);
	}

	/** The variable's row: kept in the byte array, not the text column. Returns the byte array's id. */
	private String assertKeptInByteArray(String instance) {
		Map<String, Object> row = row(instance);
		assertThat(row).containsEntry("type", LongTextSerializer.NAME).containsEntry("text", null);
		assertThat(row.get("bytes")).isNotNull();
		assertThat(byteArrayExists((String) row.get("bytes"))).isTrue();
		return (String) row.get("bytes");
	}

	private Map<String, Object> row(String instance) {
		return jdbc.sql("SELECT type_ AS \"type\", text_ AS \"text\", bytearray_id_ AS \"bytes\" FROM act_ru_variable "
				+ "WHERE proc_inst_id_ = ? AND name_ = ?").params(instance, NOTE).query().singleRow();
	}

	private boolean byteArrayExists(String id) {
		return jdbc.sql("SELECT count(*) FROM act_ge_bytearray WHERE id_ = ?").param(id).query(Integer.class).single() == 1;
	}

	private static String text(int length, String line) {
		StringBuilder text = new StringBuilder(length);
		while (text.length() < length) {
			text.append(line);
		}
		text.setLength(length - 1);
		return text.append('.').toString();
	}
}
