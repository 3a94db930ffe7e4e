package dk.aarshjul.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricFormField;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import dk.aarshjul.agreement.Agreement;
import dk.aarshjul.agreement.AgreementDrafts;
import dk.aarshjul.agreement.AgreementService;
import dk.aarshjul.agreement.CentreAgreementProcess;
import dk.aarshjul.agreement.Goal;
import dk.aarshjul.agreement.UnitAgreementProcess;
import dk.aarshjul.budget.BudgetTrackProcess;
import dk.aarshjul.cycle.AnnualCycleProcess.Var;
import dk.aarshjul.deadline.DeadlineProcess;
import dk.aarshjul.followup.FollowUpProcess;
import dk.aarshjul.followup.GoalDialogueProcess;
import dk.aarshjul.med.MedPlanService;
import dk.aarshjul.med.MedStatementPoint;
import dk.aarshjul.organisation.OrganisationService;
import dk.aarshjul.scope.Party;
import dk.aarshjul.strategy.CentreEvaluationProcess;
import dk.aarshjul.strategy.CentreEvaluations;
import dk.aarshjul.strategy.Initiative;
import dk.aarshjul.strategy.StrategyMapProcess;
import dk.aarshjul.strategy.StrategyMapService;
import dk.aarshjul.strategy.StrategyRepository;
import dk.aarshjul.system.EngineClock;
import dk.aarshjul.system.TextLimits;
import dk.aarshjul.test.ApplicationTest;
import dk.aarshjul.test.ProcessTestSupport;
import dk.aarshjul.test.Submissions;
import dk.aarshjul.test.TestData;

/**
 * One whole even year of "Årets gang" for the example organisation with every free text at its form's maximum length
 * and every repeatable part at its maximum count: eleven new strategy maps of six initiatives, every unit's and
 * centre's agreement with three development goals and three goals for other areas, every comment, evaluation,
 * minute and budget outcome as long as the form allows, in Danish with line breaks. Everything is submitted as
 * Tasklist submits it ({@code submit-form}, which also records each text field in history). The year must run to its
 * end without an incident, the generated texts longer than Camunda's text column must be read back whole, and what
 * was submitted must be stored exactly.
 */
@ApplicationTest
class FullLengthYearTests {

	private static final Logger LOG = LoggerFactory.getLogger(FullLengthYearTests.class);
	private static final ObjectMapper JSON = new ObjectMapper();
	private static final String MUNICIPALITY = "helsingor";
	private static final int YEAR = 2026;
	/** Camunda's text column, in characters. */
	private static final int TEXT_COLUMN = 4000;

	@Autowired
	ProcessEngine engine;
	@Autowired
	RuntimeService runtime;
	@Autowired
	TaskService tasks;
	@Autowired
	FormService forms;
	@Autowired
	ManagementService management;
	@Autowired
	HistoryService history;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	OrganisationService organisation;
	@Autowired
	AgreementService agreements;
	@Autowired
	StrategyRepository strategy;
	@Autowired
	StrategyMapService maps;
	@Autowired
	CycleService cycles;
	@Autowired
	MedPlanService medPlans;

	/** The last draft submitted for each agreement, by the party's id. */
	private final Map<String, Map<String, Object>> drafts = new HashMap<>();
	/** Generated texts and their length in characters, for the log. */
	private final Map<String, Integer> sizes = new LinkedHashMap<>();

	@BeforeEach
	void setUp() {
		init(engine);
	}

	@AfterEach
	void tearDown() {
		TestData.reset(runtime, jdbc);
	}

	@Test
	void aYearWithEveryTextAtItsLimitRunsToItsEndAndKeepsEveryTextWhole() {
		long started = System.nanoTime();
		long cpuStarted = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
		int units = organisation.unitIds().size();
		int centres = organisation.centreIds().size();
		ProcessTestSupport.clock(YEAR - 1, 11, 3);

		ProcessInstance cycle = runtime.startProcessInstanceByKey(AnnualCycleProcess.KEY, Map.of(Var.YEAR, YEAR));
		submitAll(AnnualCycleProcess.TASK_PREPARE_YEAR, t -> Map.of());
		submitAll(AnnualCycleProcess.TASK_REVIEW_MED_PLAN, t -> Map.of());
		ProcessTestSupport.executeJobs(management);
		String medOverview = medPlans.overview(medPlans.plan(MUNICIPALITY, YEAR).orElseThrow());
		sizes.put("MED plan overview", medOverview.length());

		// Q1
		onDate(1, 2);
		submitAll(UnitAgreementProcess.TASK_DRAFT, this::fullDraft);
		submitAll(UnitAgreementProcess.TASK_MED_STATEMENT, t -> fullStatement("A-MED"));
		sendBackOnce(UnitAgreementProcess.TASK_APPROVE, UnitAgreementProcess.TASK_DRAFT);
		submitAll(UnitAgreementProcess.TASK_MED_STATEMENT, t -> fullStatement("A-MED"));
		checkSummaryShownToTheChief();
		submitAll(UnitAgreementProcess.TASK_APPROVE, t -> Map.of(UnitAgreementProcess.Var.DECISION, "approve"));
		submitAll(CentreEvaluationProcess.TASK_EVALUATE,
				t -> CentreEvaluations.withTexts(runtime, t.getProcessInstanceId(), TextLimits.COMMENT, TextLimits.TEXT));
		onDate(3, 1);
		String figures = readBack(cycle.getId(), Var.EVALUATION_FIGURES);
		assertThat(figures).doesNotContain("Enheder uden godkendt aftale");
		String summary = Submissions.text("Opsamling på evalueringerne: ", TextLimits.TEXT, true);
		submitAll(AnnualCycleProcess.TASK_COMPILE_SUMMARY, t -> Map.of(Var.EVALUATION_SUMMARY, summary));
		ProcessTestSupport.clock(YEAR, 3, 31);
		submitAll(AnnualCycleProcess.TASK_DISCUSS_IN_COMMITTEE, t -> Submissions.meeting(YEAR + "-03-20", TextLimits.TEXT));
		submitAll(AnnualCycleProcess.TASK_DISCUSS_IN_COUNCIL, t -> Submissions.meeting(YEAR + "-03-25", TextLimits.TEXT));
		submitAll(AnnualCycleProcess.TASK_REGISTER_PRESENTATION, t -> Map.of(Var.PRESENTED_ON, YEAR + "-03-30",
				Var.COUNCIL_NOTE, Submissions.text("Byrådets bemærkning: ", TextLimits.COMMENT, true)));
		ProcessTestSupport.executeJobs(management);
		assertThat(jdbc.sql("SELECT evaluation_summary FROM annual_cycle WHERE cycle_year = ?").param(YEAR)
			.query(String.class).single()).isEqualTo(summary);

		// Q2
		onDate(4, 1);
		registerBudgetMilestones();
		followUpAll();
		onDate(5, 31);
		registerBudgetMilestones();
		assertThat(cycle).isWaitingAt(AnnualCycleProcess.TASK_FOLLOW_UP_BENEFITS);
		assertThat(readBack(cycle.getId(), Var.FOLLOW_UP_OVERVIEW)).contains("Mål i rødt:");
		ProcessTestSupport.clock(YEAR, 6, 20);
		submitAll(AnnualCycleProcess.TASK_FOLLOW_UP_BENEFITS, t -> Submissions.meeting(YEAR + "-06-19", TextLimits.TEXT));

		// Q3
		onDate(8, 15);
		registerBudgetMilestones();
		followUpAll();
		onDate(9, 15);
		ProcessTestSupport.clock(YEAR, 9, 29);
		registerBudgetMilestones();
		submitAll(AnnualCycleProcess.TASK_CENTRE_COUNCIL_FOLLOW_UP, t -> Submissions.meeting(YEAR + "-09-28", TextLimits.TEXT));

		// Q4: every centre and Koncernledelsen write a new map of six initiatives
		onDate(10, 1);
		assertThat(tasks.createTaskQuery().taskDefinitionKey(StrategyMapProcess.TASK_WRITE).count()).isEqualTo(centres + 1);
		submitAll(StrategyMapProcess.TASK_WRITE, this::fullMap);
		submitAll(StrategyMapProcess.TASK_MED_STATEMENT, t -> fullStatement("C-MED"));
		submitAll(StrategyMapProcess.TASK_ACKNOWLEDGE_CORPORATE_MAP, t -> Map.of(MedStatementPoint.Var.REMARKS,
				Submissions.text("H-MED's bemærkninger: ", TextLimits.COMMENT, true)));
		ProcessTestSupport.executeJobs(management);
		onDate(11, 15);
		assertThat(cycle).isWaitingAt(AnnualCycleProcess.TASK_STRATEGY_SEMINAR);
		checkStrategyMapOverview(readBack(cycle.getId(), Var.STRATEGY_MAP_OVERVIEW));
		List<Task> decisions = tasks.createTaskQuery().taskDefinitionKey(StrategyMapProcess.TASK_DECIDE).list();
		assertThat(decisions).hasSize(maps.owners().size());
		readBack(decisions.get(0).getProcessInstanceId(), StrategyMapProcess.Var.DRAFT_SUMMARY);
		sendBackMapOnce(decisions.get(0));
		submitAll(StrategyMapProcess.TASK_DECIDE, t -> Map.of(StrategyMapProcess.Var.DECISION, "approve"));
		ProcessTestSupport.clock(YEAR, 11, 20);
		submitAll(AnnualCycleProcess.TASK_STRATEGY_SEMINAR, t -> Submissions.meeting(YEAR + "-11-15", TextLimits.TEXT));
		registerBudgetMilestones();
		submitAll(CentreAgreementProcess.TASK_DRAFT, this::fullDraft);
		submitAll(CentreAgreementProcess.TASK_MED_STATEMENT, t -> fullStatement("C-MED"));
		sendBackOnce(CentreAgreementProcess.TASK_APPROVE, CentreAgreementProcess.TASK_DRAFT);
		submitAll(CentreAgreementProcess.TASK_MED_STATEMENT, t -> fullStatement("C-MED"));
		submitAll(CentreAgreementProcess.TASK_APPROVE, t -> Map.of(UnitAgreementProcess.Var.DECISION, "approve"));
		ProcessTestSupport.executeJobs(management);
		submitAll(DeadlineProcess.TASK_FOLLOW_UP, t -> Map.of(DeadlineProcess.Var.NOTE,
				Submissions.text("Aftalt med lederen: ", TextLimits.COMMENT, true)));
		assertThat(cycle).isEnded();

		ProcessTestSupport.clock(YEAR + 1, 1, 2);
		ProcessTestSupport.executeJobs(management);
		assertThat(runtime.createIncidentQuery().count()).as("no incident").isZero();
		assertThat(management.createJobQuery().withException().count()).as("no job failed").isZero();
		assertThat(cycles.findAll(MUNICIPALITY)).singleElement()
			.satisfies(c -> assertThat(c.status()).isEqualTo(Cycle.Status.COMPLETED));
		assertThat(runtime.createProcessInstanceQuery().processDefinitionKeyIn(AnnualCycleProcess.KEY, UnitYearProcess.KEY,
				CentreYearProcess.KEY, CorporateYearProcess.KEY).count()).as("no year left running").isZero();

		checkAgreementsStoredExactly(Party.UNIT, YEAR, units);
		checkAgreementsStoredExactly(Party.CENTRE, YEAR + 1, centres);
		checkMapsStoredExactly();
		String payload = jdbc.sql("SELECT payload FROM budget_ledger ORDER BY LENGTH(payload) DESC").query(String.class).list().get(0);
		sizes.put("largest budget system message", payload.length());
		assertThat(payload.length()).as("a milestone's message with every committee's outcome").isGreaterThan(TEXT_COLUMN);
		checkOwnTablesKeepEveryText();
		checkFormFieldsInHistory();

		LOG.info("A full-length year took {} s ({} s of CPU in the test's thread); longest texts: {}",
				(System.nanoTime() - started) / 1_000_000_000,
				(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStarted) / 1_000_000_000, sizes);
	}

	/** A generated variable, read back whole at runtime and in history, and its size noted. */
	private String readBack(String processInstanceId, String variable) {
		String text = (String) runtime.getVariable(processInstanceId, variable);
		assertThat(text).as(variable).isNotBlank();
		assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId).variableName(variable)
			.singleResult().getValue()).as(variable + " in history").isEqualTo(text);
		sizes.merge(variable, text.length(), Math::max);
		return text;
	}

	private Map<String, Object> fullDraft(Task task) {
		String party = partyOf(task);
		Map<String, Object> draft = AgreementDrafts.fullLength(runtime, task.getProcessInstanceId(), party, agreementYear(task));
		drafts.put(party, draft);
		return draft;
	}

	private Map<String, Object> fullMap(Task task) {
		String owner = (String) runtime.getVariable(task.getProcessInstanceId(), StrategyMapProcess.Var.OWNER);
		return Submissions.newMap(runtime, task.getProcessInstanceId(), owner, 6, TextLimits.LINE);
	}

	private String partyOf(Task task) {
		Object unit = runtime.getVariable(task.getProcessInstanceId(), "unit");
		return unit != null ? (String) unit : (String) runtime.getVariable(task.getProcessInstanceId(), "centre");
	}

	private int agreementYear(Task task) {
		return CentreAgreementProcess.TASK_DRAFT.equals(task.getTaskDefinitionKey()) ? YEAR + 1 : YEAR;
	}

	/** One unit's agreement as its centre chief reads it: longer than the text column, and every text of it whole. */
	private void checkSummaryShownToTheChief() {
		Task approval = tasks.createTaskQuery().taskDefinitionKey(UnitAgreementProcess.TASK_APPROVE).listPage(0, 1).get(0);
		String summary = readBack(approval.getProcessInstanceId(), UnitAgreementProcess.Var.SUMMARY);
		assertThat((String) forms.getTaskFormVariables(approval.getId()).getValue(UnitAgreementProcess.Var.SUMMARY, String.class))
			.as("the form's copy").isEqualTo(summary);
		assertThat(summary.length()).isGreaterThan(TEXT_COLUMN);
		String statement = readBack(approval.getProcessInstanceId(), MedStatementPoint.Var.FOR_DECIDER);
		assertThat((String) forms.getTaskFormVariables(approval.getId()).getValue(MedStatementPoint.Var.FOR_DECIDER, String.class))
			.as("A-MED's statement as the chief reads it, whole").isEqualTo(statement).endsWith(fullStatement("A-MED")
				.get(MedStatementPoint.Var.TEXT).toString()).hasSizeGreaterThan(TEXT_COLUMN);
		for (Map<String, Object> goal : submittedGoals(drafts.get(partyOf(approval)))) {
			for (String field : List.of("title", "indicator", "target", "resources", "evaluationMethod")) {
				assertThat(summary).contains((String) goal.get(field));
			}
		}
	}

	private void checkStrategyMapOverview(String overview) {
		assertThat(overview.length()).isGreaterThan(TEXT_COLUMN);
		assertThat(overview).doesNotContain("Endnu ikke klar");
		for (String owner : maps.owners()) {
			assertThat(overview).contains("**" + maps.ownerName(owner) + "**");
			var draft = strategy.mapsWrittenIn(MUNICIPALITY, YEAR).stream().filter(m -> m.owner().equals(owner)).findFirst().orElseThrow();
			assertThat(strategy.initiativesOfMap(draft.id())).hasSize(6)
				.allSatisfy(i -> assertThat(overview).contains(i.label()));
		}
	}

	/** Every agreement approved, with the goals exactly as its last draft submitted them. */
	private void checkAgreementsStoredExactly(Party party, int year, int count) {
		List<Agreement> stored = agreements.agreementsOfYear(MUNICIPALITY, party, year);
		assertThat(stored).hasSize(count).allSatisfy(a -> {
			assertThat(a.status()).isEqualTo(Agreement.Status.APPROVED);
			List<Map<String, Object>> submitted = submittedGoals(drafts.get(a.partyId()));
			assertThat(a.goals()).hasSize(6);
			for (int i = 0; i < submitted.size(); i++) {
				Goal goal = a.goals().get(i);
				Map<String, Object> sent = submitted.get(i);
				assertThat(List.of(goal.title(), goal.indicator(), goal.target(), goal.resources(), goal.evaluationMethod()))
					.as(a.partyId() + " goal " + (i + 1)).containsExactly((String) sent.get("title"), (String) sent.get("indicator"),
							(String) sent.get("target"), (String) sent.get("resources"), (String) sent.get("evaluationMethod"));
				assertThat(goal.deadline()).isEqualTo(LocalDate.parse((String) sent.get("deadline")));
			}
		});
	}

	private void checkMapsStoredExactly() {
		for (String owner : maps.owners()) {
			var map = strategy.mapInForce(MUNICIPALITY, owner, YEAR + 1).orElseThrow();
			assertThat(strategy.initiativesOfMap(map.id())).extracting(Initiative::title).hasSize(6)
				.allSatisfy(title -> assertThat(title).hasSize(TextLimits.LINE).startsWith(owner + ": initiativ "));
		}
	}

	/** What the forms submitted is in our own tables at its full length. */
	private void checkOwnTablesKeepEveryText() {
		assertThat(cycles.forumMeetings(MUNICIPALITY, YEAR)).hasSize(organisation.committeeIds().size() + 4).allSatisfy(m -> {
			assertThat(m.discussion()).hasSize(TextLimits.TEXT).startsWith("Drøftelse ");
			assertThat(m.decisions()).hasSize(TextLimits.TEXT).startsWith("Beslutninger ");
		});
		assertThat(lengths("SELECT DISTINCT LENGTH(evaluation) FROM centre_evaluation UNION SELECT DISTINCT LENGTH(way_forward) FROM centre_evaluation"))
			.containsExactly(TextLimits.TEXT);
		assertThat(lengths("SELECT DISTINCT LENGTH(remark) FROM initiative_evaluation")).containsExactly(TextLimits.COMMENT);
		assertThat(lengths("SELECT DISTINCT LENGTH(comment) FROM follow_up_status")).containsExactly(TextLimits.COMMENT);
		assertThat(lengths("SELECT DISTINCT LENGTH(acknowledgement) FROM follow_up WHERE party_kind <> 'CORPORATE'"))
			.containsExactly(TextLimits.COMMENT);
		assertThat(lengths("SELECT DISTINCT LENGTH(agreed_action) FROM goal_dialogue"))
			.as("the goals in red, if Koncernledelsen's were not the red ones").allSatisfy(l -> assertThat(l).isEqualTo(TextLimits.COMMENT));
		assertThat(lengths("SELECT DISTINCT LENGTH(council_note) FROM annual_cycle")).containsExactly(TextLimits.COMMENT);
		assertThat(jdbc.sql("SELECT outcome FROM budget_milestone").query(String.class).list()).isNotEmpty()
			.allSatisfy(o -> assertThat(o).contains("Udfald for ").hasSizeGreaterThanOrEqualTo(TextLimits.TEXT));
	}

	private List<Integer> lengths(String sql) {
		return jdbc.sql(sql).query(Integer.class).list();
	}

	/**
	 * Each text field submitted is also recorded as a form field in history, in Camunda's text column: a longer one is
	 * cut there, and whole in the variable's history beside it.
	 */
	private void checkFormFieldsInHistory() {
		List<HistoricFormField> fields = history.createHistoricDetailQuery().formFields().list().stream()
			.map(HistoricFormField.class::cast).toList();
		assertThat(fields).isNotEmpty().allSatisfy(
				f -> assertThat(String.valueOf(f.getFieldValue()).length()).isLessThanOrEqualTo(TEXT_COLUMN));
		HistoricFormField cut = fields.stream().filter(f -> Var.DISCUSSION.equals(f.getFieldId())).findFirst().orElseThrow();
		assertThat((String) cut.getFieldValue()).endsWith("…");
		assertThat(history.createHistoricVariableInstanceQuery().processInstanceIdIn(cut.getProcessInstanceId())
			.variableName(Var.DISCUSSION).list()).extracting(v -> ((String) v.getValue()).length()).contains(TextLimits.TEXT);
	}

	/** The goals of a draft as submitted, development goals first, in slot order. */
	private static List<Map<String, Object>> submittedGoals(Map<String, Object> draft) {
		List<Map<String, Object>> goals = new ArrayList<>();
		for (String prefix : List.of(UnitAgreementProcess.Var.DEVELOPMENT_GOAL, UnitAgreementProcess.Var.OTHER_GOAL)) {
			for (int i = 1; draft.containsKey(prefix + i); i++) {
				try {
					goals.add(JSON.readValue(((JsonValue) draft.get(prefix + i)).getValueSerialized(), new TypeReference<>() {
					}));
				}
				catch (Exception e) {
					throw new IllegalStateException(e);
				}
			}
		}
		return goals;
	}

	private void onDate(int month, int day) {
		ProcessTestSupport.clock(YEAR, month, day);
		ProcessTestSupport.executeJobs(management);
	}

	private void sendBackOnce(String approveTask, String draftTask) {
		Task approval = tasks.createTaskQuery().taskDefinitionKey(approveTask).listPage(0, 1).get(0);
		String comment = Submissions.text("Skærp målniveauet: ", TextLimits.COMMENT, true);
		forms.submitTaskForm(approval.getId(), Map.of(UnitAgreementProcess.Var.DECISION, "return",
				UnitAgreementProcess.Var.RETURN_COMMENT, comment));
		Task redraft = tasks.createTaskQuery().processInstanceId(approval.getProcessInstanceId()).taskDefinitionKey(draftTask)
			.singleResult();
		assertThat(agreements.byProcess(redraft.getProcessInstanceId()).returnComment()).isEqualTo(comment);
		assertThat(forms.getTaskFormVariables(redraft.getId()).getValue(UnitAgreementProcess.Var.RETURN_COMMENT, String.class))
			.as("what the leader reads when redrafting").isEqualTo(comment);
		forms.submitTaskForm(redraft.getId(), fullDraft(redraft));
	}

	private void sendBackMapOnce(Task decision) {
		String owner = (String) runtime.getVariable(decision.getProcessInstanceId(), StrategyMapProcess.Var.OWNER);
		forms.submitTaskForm(decision.getId(), Map.of(StrategyMapProcess.Var.DECISION, "return",
				StrategyMapProcess.Var.RETURN_COMMENT, Submissions.text("Prioritér skarpere: ", TextLimits.COMMENT, true)));
		Task rewrite = tasks.createTaskQuery().processInstanceId(decision.getProcessInstanceId()).singleResult();
		assertThat(rewrite.getTaskDefinitionKey()).isEqualTo(StrategyMapProcess.TASK_WRITE);
		forms.submitTaskForm(rewrite.getId(), Submissions.newMap(runtime, rewrite.getProcessInstanceId(), owner, 6, TextLimits.LINE));
		for (Task shared : tasks.createTaskQuery().processInstanceId(decision.getProcessInstanceId()).list()) {
			forms.submitTaskForm(shared.getId(), StrategyMapProcess.TASK_MED_STATEMENT.equals(shared.getTaskDefinitionKey())
					? fullStatement("C-MED") : Map.of());
		}
		ProcessTestSupport.executeJobs(management);
	}

	/** Every budget milestone whose date has come, registered today with an outcome at its limit; then delivered. */
	private void registerBudgetMilestones() {
		ProcessTestSupport.executeJobs(management);
		for (List<Task> open = budgetTasks(); !open.isEmpty(); open = budgetTasks()) {
			open.forEach(t -> forms.submitTaskForm(t.getId(), Map.of(BudgetTrackProcess.Var.HELD_ON, EngineClock.today().toString(),
					BudgetTrackProcess.Var.OUTCOME, Submissions.text("Udfald for " + t.getName() + ": ", TextLimits.TEXT, true),
					BudgetTrackProcess.Var.APPROVED, "ja")));
			ProcessTestSupport.executeJobs(management);
		}
	}

	private List<Task> budgetTasks() {
		return tasks.createTaskQuery().processDefinitionKey(BudgetTrackProcess.KEY).list();
	}

	/**
	 * Every unit, centre and Koncernledelsen follow up, every comment at its limit; one reports red. Every
	 * acknowledgement and every agreed action at its limit too.
	 */
	private void followUpAll() {
		ProcessTestSupport.executeJobs(management);
		List<Task> reports = tasks.createTaskQuery().taskDefinitionKey(FollowUpProcess.TASK_REPORT).list();
		assertThat(reports).hasSize(organisation.unitIds().size() + organisation.centreIds().size() + 1);
		for (int i = 0; i < reports.size(); i++) {
			Task report = reports.get(i);
			forms.submitTaskForm(report.getId(), Submissions.followUp(runtime, report.getProcessInstanceId(),
					i == 0 ? "RED" : i == 1 ? "YELLOW" : "GREEN", TextLimits.COMMENT));
		}
		submitAll(FollowUpProcess.TASK_ACKNOWLEDGE,
				t -> Submissions.acknowledgement(t.getProcessInstanceId(), TextLimits.COMMENT));
		submitAll(GoalDialogueProcess.TASK_AGREE, t -> Submissions.agreedAction(t.getId(), TextLimits.COMMENT));
		ProcessTestSupport.executeJobs(management);
	}

	/** A works council's statement at its form's limit. */
	private static Map<String, Object> fullStatement(String council) {
		return Map.of(MedStatementPoint.Var.CHOICE, "GIVEN",
				MedStatementPoint.Var.TEXT, Submissions.text(council + "'s udtalelse: ", TextLimits.TEXT, true));
	}

	private void submitAll(String taskKey, Function<Task, Map<String, Object>> submission) {
		for (Task task : tasks.createTaskQuery().taskDefinitionKey(taskKey).list()) {
			forms.submitTaskForm(task.getId(), submission.apply(task));
		}
	}
}
