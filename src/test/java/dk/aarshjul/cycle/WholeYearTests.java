package dk.aarshjul.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dk.aarshjul.agreement.Agreement;
import dk.aarshjul.agreement.AgreementDrafts;
import dk.aarshjul.agreement.AgreementService;
import dk.aarshjul.agreement.CentreAgreementProcess;
import dk.aarshjul.agreement.Goal;
import dk.aarshjul.agreement.UnitAgreementProcess;
import dk.aarshjul.budget.BudgetTrackProcess;
import dk.aarshjul.cycle.AnnualCycleProcess.Var;
import dk.aarshjul.followup.FollowUpProcess;
import dk.aarshjul.followup.FollowUpService;
import dk.aarshjul.followup.FollowUpStatus;
import dk.aarshjul.organisation.OrganisationService;
import dk.aarshjul.organisation.Party;
import dk.aarshjul.strategy.CentreEvaluationProcess;
import dk.aarshjul.strategy.CentreEvaluations;
import dk.aarshjul.strategy.Initiative;
import dk.aarshjul.strategy.StrategyMapProcess;
import dk.aarshjul.strategy.StrategyMapService;
import dk.aarshjul.strategy.StrategyRepository;
import dk.aarshjul.test.ApplicationTest;
import dk.aarshjul.test.ProcessTestSupport;
import dk.aarshjul.test.TestData;
import dk.aarshjul.test.Submissions;
import dk.aarshjul.system.EngineClock;

/**
 * Two whole years of "Årets gang" for the example organisation: every task completed with valid data, every timer
 * fired. The first (even) year writes new strategy maps; the second starts from them and reviews them (odd year).
 */
@ApplicationTest
class WholeYearTests {

	private static final String MUNICIPALITY = "helsingor";

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
	@Autowired
	OrganisationService organisation;
	@Autowired
	AgreementService agreements;
	@Autowired
	FollowUpService followUps;
	@Autowired
	StrategyRepository strategy;
	@Autowired
	CycleService cycles;
	@Autowired
	StrategyMapService maps;

	@BeforeEach
	void setUp() {
		init(engine);
	}

	@AfterEach
	void tearDown() {
		TestData.reset(runtime, jdbc);
	}

	@Test
	void twoYearsRunForTheWholeOrganisationAndTheSecondBuildsOnTheFirstYearsMaps() {
		int units = organisation.unitIds().size();
		int centres = organisation.centreIds().size();
		int committees = organisation.committeeIds().size();

		ProcessTestSupport.clock(2025, 11, 3);
		runYear(2026);

		assertThat(agreements.agreementsOfYear(MUNICIPALITY, Party.UNIT, 2026)).hasSize(units)
			.allSatisfy(a -> assertThat(a.status()).isEqualTo(Agreement.Status.APPROVED));
		List<FollowUpService.Status> statuses = followUps.statusesOfYear(MUNICIPALITY, 2026);
		assertThat(statuses.stream().filter(s -> s.party() == Party.UNIT)).hasSize(2 * 2 * units);
		assertThat(statuses.stream().filter(s -> s.party() == Party.CENTRE && s.initiativeId() != null))
			.as("centres without a centre agreement follow up on their map").hasSize(2 * 3 * centres);
		assertThat(cycles.forumMeetings(MUNICIPALITY, 2026)).extracting(ForumMeeting::forum)
			.filteredOn(f -> f == ForumMeeting.Forum.COMMITTEE).hasSize(committees);
		assertThat(cycles.forumMeetings(MUNICIPALITY, 2026)).extracting(ForumMeeting::forum)
			.contains(ForumMeeting.Forum.COUNCIL, ForumMeeting.Forum.CORPORATE_MANAGEMENT, ForumMeeting.Forum.CENTRE_COUNCIL,
					ForumMeeting.Forum.STRATEGY_SEMINAR);
		Set<Long> newInitiatives = new HashSet<>();
		for (String owner : maps.owners()) {
			var map = strategy.mapInForce(MUNICIPALITY, owner, 2027).orElseThrow();
			assertThat(map.version()).as(owner).isEqualTo(2);
			assertThat(map.writtenIn()).isEqualTo(2026);
			strategy.initiativesOfMap(map.id()).forEach(i -> newInitiatives.add(i.id()));
		}
		List<Agreement> centreAgreements = agreements.agreementsOfYear(MUNICIPALITY, Party.CENTRE, 2027);
		assertThat(centreAgreements).hasSize(centres).allSatisfy(a -> {
			assertThat(a.status()).isEqualTo(Agreement.Status.APPROVED);
			assertThat(a.goals()).filteredOn(g -> g.initiativeId() != null).extracting(Goal::initiativeId)
				.isSubsetOf(newInitiatives);
		});

		ProcessTestSupport.clock(2026, 12, 1);
		runYear(2027);

		List<Agreement> secondYear = agreements.agreementsOfYear(MUNICIPALITY, Party.UNIT, 2027);
		assertThat(secondYear).hasSize(units).allSatisfy(a -> assertThat(a.goals()).filteredOn(g -> g.initiativeId() != null)
			.extracting(Goal::initiativeId).as("the second year's goals link to the maps approved at the first seminar")
			.isNotEmpty().isSubsetOf(newInitiatives));
		assertThat(jdbc.sql("SELECT count(*) FROM goal_evaluation").query(Integer.class).single())
			.as("the first year's goals evaluated in the second").isEqualTo(2 * units);
		assertThat(followUps.statusesOfYear(MUNICIPALITY, 2027).stream().filter(s -> s.party() == Party.CENTRE))
			.as("centres follow up on their centre agreement's goals in the second year")
			.allSatisfy(s -> assertThat(s.goalId()).isNotNull()).isNotEmpty();
		for (String owner : maps.owners()) {
			var map = strategy.mapInForce(MUNICIPALITY, owner, 2028).orElseThrow();
			assertThat(map.version()).as(owner + ": the review is a new version of 2027–28").isEqualTo(3);
			assertThat(map.firstYear()).isEqualTo(2027);
			assertThat(strategy.initiativesOfMap(map.id())).extracting(Initiative::title)
				.containsExactly(owner + ": første nye initiativ", "Justeret initiativ");
		}
		assertThat(agreements.agreementsOfYear(MUNICIPALITY, Party.CENTRE, 2028)).hasSize(centres);
		assertThat(cycles.findAll(MUNICIPALITY)).allSatisfy(c -> assertThat(c.status()).isEqualTo(Cycle.Status.COMPLETED));
	}

	private void runYear(int year) {
		ProcessInstance cycle = runtime.startProcessInstanceByKey(AnnualCycleProcess.KEY, Map.of(Var.YEAR, year));
		completeAll(AnnualCycleProcess.TASK_PREPARE_YEAR, t -> Map.of());
		completeAll(AnnualCycleProcess.TASK_REVIEW_MED_PLAN, t -> Map.of());
		ProcessTestSupport.executeJobs(management);

		// Q1
		fireTimer(cycle, year, 1, 2);
		completeAll(UnitAgreementProcess.TASK_EVALUATE_LAST_YEAR, t -> Submissions.lastYearAchieved(runtime, t.getProcessInstanceId()));
		completeAll(UnitAgreementProcess.TASK_DRAFT, t -> AgreementDrafts.valid(runtime, t.getProcessInstanceId(), year));
		sendBackOnce(UnitAgreementProcess.TASK_APPROVE, UnitAgreementProcess.TASK_DRAFT, year);
		completeAll(UnitAgreementProcess.TASK_APPROVE, t -> Map.of(UnitAgreementProcess.Var.DECISION, "approve"));
		completeAll(CentreEvaluationProcess.TASK_EVALUATE, t -> CentreEvaluations.valid(runtime, t.getProcessInstanceId()));
		ProcessTestSupport.executeJobs(management);
		completeAll(AnnualCycleProcess.TASK_COMPILE_SUMMARY, t -> Map.of(Var.EVALUATION_SUMMARY, "Året er gået godt."));
		ProcessTestSupport.clock(year, 3, 31);
		completeAll(AnnualCycleProcess.TASK_REGISTER_PRESENTATION, t -> Map.of(Var.PRESENTED_ON, year + "-03-30"));

		// Q2
		fireTimer(cycle, year, 4, 1);
		registerBudgetMilestones();
		followUpAll();
		assertThat(cycle).isWaitingAt(AnnualCycleProcess.TASK_FOLLOW_UP_BENEFITS, AnnualCycleProcess.TASK_DISCUSS_IN_COMMITTEE);
		assertThat((String) runtime.getVariable(cycle.getId(), Var.FOLLOW_UP_OVERVIEW))
			.contains("Mål i rødt:").doesNotContain(FollowUpStatus.RED.label() + ": 0");
		ProcessTestSupport.clock(year, 6, 20);
		completeAll(AnnualCycleProcess.TASK_DISCUSS_IN_COMMITTEE, t -> Submissions.meeting(year + "-06-10"));
		completeAll(AnnualCycleProcess.TASK_DISCUSS_IN_COUNCIL, t -> Submissions.meeting(year + "-06-18"));
		completeAll(AnnualCycleProcess.TASK_FOLLOW_UP_BENEFITS, t -> Submissions.meeting(year + "-06-19"));

		// Q3
		fireTimer(cycle, year, 8, 15);
		registerBudgetMilestones();
		followUpAll();
		ProcessTestSupport.clock(year, 9, 29);
		registerBudgetMilestones();
		completeAll(AnnualCycleProcess.TASK_CENTRE_COUNCIL_FOLLOW_UP, t -> Submissions.meeting(year + "-09-28"));

		// Q4
		fireTimer(cycle, year, 10, 1);
		completeAll(StrategyMapProcess.TASK_WRITE, t -> Submissions.newMap(runtime, t.getProcessInstanceId(),
				(String) runtime.getVariable(t.getProcessInstanceId(), StrategyMapProcess.Var.OWNER)));
		completeAll(StrategyMapProcess.TASK_REVIEW, t -> Submissions.review(runtime, t.getProcessInstanceId()));
		ProcessTestSupport.executeJobs(management);
		assertThat(cycle).isWaitingAt(AnnualCycleProcess.TASK_STRATEGY_SEMINAR);
		ProcessTestSupport.clock(year, 11, 20);
		completeAll(AnnualCycleProcess.TASK_STRATEGY_SEMINAR, t -> Submissions.meeting(year + "-11-15"));
		registerBudgetMilestones();
		completeAll(CentreAgreementProcess.TASK_DRAFT, t -> AgreementDrafts.valid(runtime, t.getProcessInstanceId(), year + 1));
		sendBackOnce(CentreAgreementProcess.TASK_APPROVE, CentreAgreementProcess.TASK_DRAFT, year + 1);
		completeAll(CentreAgreementProcess.TASK_APPROVE, t -> Map.of(UnitAgreementProcess.Var.DECISION, "approve"));
		ProcessTestSupport.executeJobs(management);

		assertThat(cycle).isEnded();
		assertThat(jdbc.sql("SELECT milestone FROM budget_delivery WHERE cycle_year = ?").param(year).query(String.class).list())
			.as("every budget milestone delivered once").containsExactlyInAnyOrder(BUDGET_MILESTONES);
		assertThat(jdbc.sql("SELECT count(*) FROM budget_ledger WHERE idempotency_key LIKE ?").param("%:" + year + ":%")
			.query(Integer.class).single()).isEqualTo(BUDGET_MILESTONES.length);
	}

	private static final String[] BUDGET_MILESTONES = Arrays.stream(Milestone.values())
		.filter(m -> m.track() == Milestone.Track.BUDGET).map(Milestone::name).toArray(String[]::new);

	/**
	 * Registers every budget milestone whose date has come (the jobs run fire their timers): each forum's secretary
	 * registers it today; the deliveries to the budget system follow.
	 */
	private void registerBudgetMilestones() {
		ProcessTestSupport.executeJobs(management);
		for (List<Task> open = budgetTasks(); !open.isEmpty(); open = budgetTasks()) {
			open.forEach(t -> tasks.complete(t.getId(), Map.of(BudgetTrackProcess.Var.HELD_ON, EngineClock.today().toString(),
					BudgetTrackProcess.Var.OUTCOME, "Behandlet som planlagt.", BudgetTrackProcess.Var.APPROVED, "ja")));
			ProcessTestSupport.executeJobs(management);
		}
	}

	private List<Task> budgetTasks() {
		return tasks.createTaskQuery().processDefinitionKey(BudgetTrackProcess.KEY).list();
	}

	/** Every unit and centre follows up; one of them reports red, one yellow. */
	private void followUpAll() {
		ProcessTestSupport.executeJobs(management);
		List<Task> reports = tasks.createTaskQuery().taskDefinitionKey(FollowUpProcess.TASK_REPORT).list();
		assertThat(reports).hasSize(organisation.unitIds().size() + organisation.centreIds().size());
		for (int i = 0; i < reports.size(); i++) {
			Task report = reports.get(i);
			tasks.complete(report.getId(), Submissions.followUp(runtime, report.getProcessInstanceId(),
					i == 0 ? "RED" : i == 1 ? "YELLOW" : "GREEN"));
		}
		ProcessTestSupport.executeJobs(management);
	}

	private void sendBackOnce(String approveTask, String draftTask, int agreementYear) {
		Task approval = tasks.createTaskQuery().taskDefinitionKey(approveTask).listPage(0, 1).get(0);
		tasks.complete(approval.getId(), Map.of(UnitAgreementProcess.Var.DECISION, "return",
				UnitAgreementProcess.Var.RETURN_COMMENT, "Skærp målniveauet."));
		Task redraft = tasks.createTaskQuery().processInstanceId(approval.getProcessInstanceId()).taskDefinitionKey(draftTask).singleResult();
		tasks.complete(redraft.getId(), AgreementDrafts.valid(runtime, redraft.getProcessInstanceId(), agreementYear));
	}

	private void completeAll(String taskKey, Function<Task, Map<String, Object>> submission) {
		for (Task task : tasks.createTaskQuery().taskDefinitionKey(taskKey).list()) {
			tasks.complete(task.getId(), submission.apply(task));
		}
	}

	private void fireTimer(ProcessInstance cycle, int year, int month, int day) {
		ProcessTestSupport.clock(year, month, day);
		Job timer = management.createJobQuery().processInstanceId(cycle.getId()).timers().singleResult();
		assertThat(timer.getDuedate()).isEqualTo(Date.from(LocalDate.of(year, month, day).atStartOfDay(ZoneId.of("Europe/Copenhagen")).toInstant()));
		management.executeJob(timer.getId());
		ProcessTestSupport.executeJobs(management);
	}


}
