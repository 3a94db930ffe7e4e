package dk.aarshjul.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dk.aarshjul.agreement.AgreementDrafts;
import dk.aarshjul.agreement.CentreAgreementProcess;
import dk.aarshjul.agreement.UnitAgreementProcess;
import dk.aarshjul.followup.FollowUpProcess;
import dk.aarshjul.followup.GoalDialogueProcess;
import dk.aarshjul.scope.Scope;
import dk.aarshjul.strategy.CentreEvaluationProcess;
import dk.aarshjul.strategy.CentreEvaluations;
import dk.aarshjul.strategy.Initiative;
import dk.aarshjul.strategy.StrategyMapProcess;
import dk.aarshjul.test.ApplicationTest;
import dk.aarshjul.test.ProcessTestSupport;
import dk.aarshjul.test.Submissions;
import dk.aarshjul.test.TestData;

/**
 * Each party's own year, one model and one path per test: "Enhedens år" (bpmn/unit-year.bpmn), "Centrets år"
 * (bpmn/centre-year.bpmn) and "Koncernledelsens år" (bpmn/corporate-year.bpmn), in an odd year (the maps are
 * reviewed).
 */
@ApplicationTest
class PartyYearProcessTests {

	static final int YEAR = 2027;
	static final String UNIT = "borupgaard-skole";
	static final String CENTRE = "skole";

	@Autowired
	ProcessEngine engine;
	@Autowired
	RuntimeService runtime;
	@Autowired
	TaskService tasks;
	@Autowired
	ManagementService management;
	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void setUp() {
		init(engine);
		ProcessTestSupport.clock(YEAR, 1, 2);
	}

	@AfterEach
	void tearDown() {
		TestData.reset(runtime, jdbc);
	}

	@Test
	void aUnitAgreesInQ1AndFollowsUpOnTheDatesOfQ2AndQ3() {
		ProcessInstance year = start(UnitYearProcess.KEY, YEAR + ":" + UNIT, Scope.UNIT, UNIT);
		assertThat(year).isWaitingAt(UnitYearProcess.CALL_AGREEMENT);

		complete(UnitAgreementProcess.TASK_DRAFT, t -> AgreementDrafts.valid(runtime, t.getProcessInstanceId(), YEAR));
		complete(UnitAgreementProcess.TASK_MED_STATEMENT, t -> ProcessTestSupport.noRemarks());
		complete(UnitAgreementProcess.TASK_APPROVE, t -> Map.of(UnitAgreementProcess.Var.DECISION, "approve"));
		assertThat(year).isWaitingAt(UnitYearProcess.TIMER_Q2_START);
		assertThat(timerDue(year)).isEqualTo(ProcessTestSupport.startOfDay(YEAR, 4, 1));

		onDate(4, 1);
		assertThat(year).isWaitingAt(UnitYearProcess.CALL_Q2_FOLLOW_UP);
		complete(FollowUpProcess.TASK_REPORT, t -> Submissions.followUp(runtime, t.getProcessInstanceId(), "RED"));
		complete(FollowUpProcess.TASK_ACKNOWLEDGE, t -> Submissions.acknowledgement());
		assertThat(year).as("the dialogues on the red goals hold nothing up").isWaitingAt(UnitYearProcess.TIMER_Q3_START);
		ProcessInstance dialogue = runtime.createProcessInstanceQuery().processDefinitionKey(GoalDialogueProcess.KEY)
			.singleResult();
		assertThat(dialogue).isWaitingAt(GoalDialogueProcess.TASK_AGREE);

		onDate(8, 15);
		complete(FollowUpProcess.TASK_REPORT, t -> Submissions.followUp(runtime, t.getProcessInstanceId(), "YELLOW"));
		complete(FollowUpProcess.TASK_ACKNOWLEDGE, t -> Submissions.acknowledgement());
		assertThat(year).as("the year's end is a job of its own, outside the chief's completion")
			.isWaitingAt(UnitYearProcess.END_EVENT);
		ProcessTestSupport.executeJobs(management);

		assertThat(year).isEnded().hasPassed(UnitYearProcess.END_EVENT).hasNotPassed(UnitYearProcess.END_WITHOUT_AGREEMENT);
		assertThat(dialogue).as("the Q2 dialogues go on in their own time").isWaitingAt(GoalDialogueProcess.TASK_AGREE);
	}

	@Test
	void aUnitWhoseAgreementIsApprovedLateGetsTheFollowUpsWhoseDatesHavePassedAtOnce() {
		ProcessInstance year = start(UnitYearProcess.KEY, YEAR + ":" + UNIT, Scope.UNIT, UNIT);
		onDate(9, 1);

		complete(UnitAgreementProcess.TASK_DRAFT, t -> AgreementDrafts.valid(runtime, t.getProcessInstanceId(), YEAR));
		complete(UnitAgreementProcess.TASK_MED_STATEMENT, t -> ProcessTestSupport.noRemarks());
		complete(UnitAgreementProcess.TASK_APPROVE, t -> Map.of(UnitAgreementProcess.Var.DECISION, "approve"));
		ProcessTestSupport.executeJobs(management);
		assertThat(year).isWaitingAt(UnitYearProcess.CALL_Q2_FOLLOW_UP);
		complete(FollowUpProcess.TASK_REPORT, t -> Submissions.followUp(runtime, t.getProcessInstanceId(), "GREEN"));
		complete(FollowUpProcess.TASK_ACKNOWLEDGE, t -> Submissions.acknowledgement());
		ProcessTestSupport.executeJobs(management);

		assertThat(year).isWaitingAt(UnitYearProcess.CALL_Q3_FOLLOW_UP);
	}

	@Test
	void aUnitWithoutAnApprovedAgreementEndsItsYearWithoutOneWhenTheYearEnds() {
		ProcessInstance year = start(UnitYearProcess.KEY, YEAR + ":" + UNIT, Scope.UNIT, UNIT);
		onDate(12, 31);
		assertThat(year).isWaitingAt(UnitYearProcess.CALL_AGREEMENT);
		assertThat(timerDue(year)).isEqualTo(ProcessTestSupport.startOfDay(YEAR + 1, 1, 1));

		ProcessTestSupport.clock(YEAR + 1, 1, 1);
		ProcessTestSupport.executeJobs(management);

		assertThat(year).isEnded().hasPassed(UnitYearProcess.END_WITHOUT_AGREEMENT);
		assertThat(tasks.createTaskQuery().count()).as("the draft went with the year").isZero();
	}

	@Test
	void aCentreEvaluatesFollowsUpAndInQ4ReviewsItsMapThenAgreesOnNextYearOnceTheMapIsApproved() {
		ProcessInstance year = start(CentreYearProcess.KEY, YEAR + ":" + CENTRE, Scope.CENTRE, CENTRE);
		complete(CentreEvaluationProcess.TASK_EVALUATE, t -> CentreEvaluations.valid(runtime, t.getProcessInstanceId()));
		assertThat(year).hasPassed(CentreYearProcess.CALL_EVALUATION)
			.isWaitingAt(CentreYearProcess.TIMER_Q2_START, CentreYearProcess.TIMER_Q4_START);

		onDate(4, 1);
		complete(FollowUpProcess.TASK_REPORT, t -> Submissions.followUp(runtime, t.getProcessInstanceId(), "GREEN"));
		complete(FollowUpProcess.TASK_ACKNOWLEDGE, t -> Submissions.acknowledgement());
		onDate(8, 15);
		complete(FollowUpProcess.TASK_REPORT, t -> Submissions.followUp(runtime, t.getProcessInstanceId(), "GREEN"));
		complete(FollowUpProcess.TASK_ACKNOWLEDGE, t -> Submissions.acknowledgement());
		assertThat(year).hasPassed(CentreYearProcess.CALL_Q3_FOLLOW_UP).isWaitingAt(CentreYearProcess.TIMER_Q4_START);

		onDate(10, 1);
		complete(StrategyMapProcess.TASK_REVIEW, t -> Submissions.review(runtime, t.getProcessInstanceId()));
		complete(StrategyMapProcess.TASK_MED_STATEMENT, t -> ProcessTestSupport.noRemarks());
		assertThat(tasks.createTaskQuery().taskDefinitionKey(CentreAgreementProcess.TASK_DRAFT).count())
			.as("the agreement waits for its own map").isZero();
		onDate(11, 15);
		complete(StrategyMapProcess.TASK_DECIDE, t -> Map.of(StrategyMapProcess.Var.DECISION, "approve"));
		ProcessTestSupport.executeJobs(management);
		complete(CentreAgreementProcess.TASK_DRAFT, t -> AgreementDrafts.valid(runtime, t.getProcessInstanceId(), YEAR + 1));
		complete(CentreAgreementProcess.TASK_MED_STATEMENT, t -> ProcessTestSupport.noRemarks());
		complete(CentreAgreementProcess.TASK_APPROVE, t -> Map.of(UnitAgreementProcess.Var.DECISION, "approve"));
		ProcessTestSupport.executeJobs(management);

		assertThat(year).isEnded().hasPassed(CentreYearProcess.CALL_STRATEGY_MAP, CentreYearProcess.CALL_CENTRE_AGREEMENT,
				CentreYearProcess.END_EVENT);
	}

	@Test
	void koncernledelsenFollowsUpOnItsOwnMapAndReviewsIt() {
		ProcessInstance year = start(CorporateYearProcess.KEY, YEAR + ":" + Initiative.CORPORATE,
				StrategyMapProcess.Var.OWNER, Initiative.CORPORATE);

		onDate(4, 1);
		Task q2 = tasks.createTaskQuery().taskDefinitionKey(FollowUpProcess.TASK_REPORT).singleResult();
		assertThat(runtime.getVariable(q2.getProcessInstanceId(), FollowUpProcess.Var.SOURCE))
			.isEqualTo("initiativerne på Koncernledelsens strategikort");
		assertThat((Integer) runtime.getVariable(q2.getProcessInstanceId(), FollowUpProcess.Var.ITEM_COUNT)).isPositive();
		complete(FollowUpProcess.TASK_REPORT, t -> Submissions.followUp(runtime, t.getProcessInstanceId(), "RED"));
		onDate(8, 15);
		complete(FollowUpProcess.TASK_REPORT, t -> Submissions.followUp(runtime, t.getProcessInstanceId(), "GREEN"));
		onDate(10, 1);
		complete(StrategyMapProcess.TASK_REVIEW, t -> Submissions.review(runtime, t.getProcessInstanceId()));
		complete(StrategyMapProcess.TASK_ACKNOWLEDGE_CORPORATE_MAP, t -> Map.of());
		onDate(11, 15);
		complete(StrategyMapProcess.TASK_DECIDE, t -> Map.of(StrategyMapProcess.Var.DECISION, "approve"));
		ProcessTestSupport.executeJobs(management);

		assertThat(year).isEnded().hasPassed(CorporateYearProcess.CALL_Q2_FOLLOW_UP, CorporateYearProcess.CALL_Q3_FOLLOW_UP,
				CorporateYearProcess.CALL_STRATEGY_MAP, CorporateYearProcess.END_EVENT);
	}

	private ProcessInstance start(String key, String businessKey, String scopeName, String scopeValue) {
		Map<String, Object> variables = new HashMap<>(Map.of(Scope.YEAR, YEAR, Scope.MUNICIPALITY, "helsingor"));
		variables.put(scopeName, scopeValue);
		ProcessInstance process = runtime.startProcessInstanceByKey(key, businessKey, variables);
		ProcessTestSupport.executeJobs(management);
		return process;
	}

	/** The day comes: every timer due by then fires, and what it starts runs. */
	private void onDate(int month, int day) {
		ProcessTestSupport.clock(YEAR, month, day);
		ProcessTestSupport.executeJobs(management);
	}

	/** Completes the one open task of its kind; the jobs it leaves wait for the next step. */
	private void complete(String taskKey, Function<Task, Map<String, Object>> submission) {
		Task task = tasks.createTaskQuery().taskDefinitionKey(taskKey).singleResult();
		assertThat(task).as(taskKey).isNotNull();
		tasks.complete(task.getId(), submission.apply(task));
	}

	private Date timerDue(ProcessInstance process) {
		return management.createJobQuery().processInstanceId(process.getId()).timers().singleResult().getDuedate();
	}
}
