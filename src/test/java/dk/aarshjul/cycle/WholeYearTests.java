package dk.aarshjul.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dk.aarshjul.agreement.Agreement;
import dk.aarshjul.agreement.AgreementAmendmentProcess;
import dk.aarshjul.agreement.AgreementDrafts;
import dk.aarshjul.agreement.AgreementService;
import dk.aarshjul.agreement.CentreAgreementProcess;
import dk.aarshjul.agreement.Goal;
import dk.aarshjul.agreement.UnitAgreementProcess;
import dk.aarshjul.budget.BudgetTrackProcess;
import dk.aarshjul.cycle.AnnualCycleProcess.Var;
import dk.aarshjul.followup.FollowUpProcess;
import dk.aarshjul.followup.GoalDialogueProcess;
import dk.aarshjul.followup.FollowUpService;
import dk.aarshjul.followup.FollowUpStatus;
import dk.aarshjul.med.MedStatementPoint;
import dk.aarshjul.organisation.OrganisationGroups;
import dk.aarshjul.organisation.OrganisationService;
import dk.aarshjul.scope.Party;
import dk.aarshjul.strategy.CentreEvaluationProcess;
import dk.aarshjul.strategy.CentreEvaluations;
import dk.aarshjul.strategy.Initiative;
import dk.aarshjul.strategy.StrategyMapProcess;
import dk.aarshjul.strategy.StrategyMapService;
import dk.aarshjul.strategy.StrategyRepository;
import dk.aarshjul.test.ApplicationTest;
import dk.aarshjul.test.ProcessTestSupport;
import dk.aarshjul.test.TestData;
import dk.aarshjul.thread.RedThreadController;
import dk.aarshjul.test.Submissions;
import dk.aarshjul.system.EngineClock;

/**
 * Two whole years of "Årets gang" for the example organisation, day by day as the calendar says: every task completed
 * with valid data, every timer fired on its date. The first (even) year writes new strategy maps; one unit never
 * drafts its agreement, and nobody waits for it. The second year starts from the first year's maps and reviews them
 * (odd year).
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
	HistoryService history;
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
	@Autowired
	IdentityService identity;
	@Autowired
	RedThreadController redThread;

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
		String straggler = organisation.unitIds().get(7);

		ProcessTestSupport.clock(2025, 11, 3);
		runYear(2026, straggler);

		assertThat(agreements.agreementsOfYear(MUNICIPALITY, Party.UNIT, 2026)).as("every unit but the straggler")
			.hasSize(units).filteredOn(a -> a.status() == Agreement.Status.APPROVED).hasSize(units - 1)
			.noneMatch(a -> a.partyId().equals(straggler) && a.status() == Agreement.Status.APPROVED);
		List<FollowUpService.Status> statuses = followUps.statusesOfYear(MUNICIPALITY, 2026);
		assertThat(statuses.stream().filter(s -> s.party() == Party.UNIT)).hasSize(2 * 2 * (units - 1));
		assertThat(statuses.stream().filter(s -> s.party() == Party.UNIT && s.partyId().equals(straggler))).isEmpty();
		assertThat(statuses.stream().filter(s -> s.party() == Party.CENTRE && s.initiativeId() != null))
			.as("centres without a centre agreement follow up on their map").hasSize(2 * 3 * centres);
		assertThat(statuses.stream().filter(s -> s.party() == Party.CORPORATE))
			.as("Koncernledelsen follows up on its own map's initiatives in Q2 and Q3").isNotEmpty()
			.allSatisfy(s -> assertThat(s.initiativeId()).isNotNull()).extracting(FollowUpService.Status::quarter).contains(2, 3);
		assertThat(cycles.forumMeetings(MUNICIPALITY, 2026)).extracting(ForumMeeting::forum)
			.filteredOn(f -> f == ForumMeeting.Forum.COMMITTEE).hasSize(committees);
		assertThat(cycles.forumMeetings(MUNICIPALITY, 2026)).extracting(ForumMeeting::forum)
			.contains(ForumMeeting.Forum.COUNCIL, ForumMeeting.Forum.CORPORATE_MANAGEMENT, ForumMeeting.Forum.CENTRE_COUNCIL,
					ForumMeeting.Forum.STRATEGY_SEMINAR);
		Set<Long> newInitiatives = new HashSet<>();
		Map<String, Integer> versions = new HashMap<>();
		for (String owner : maps.owners()) {
			var map = strategy.mapInForce(MUNICIPALITY, owner, 2027).orElseThrow();
			assertThat(map.version()).as(owner + ": the seed, then the new map (and a returned draft for one)")
				.isEqualTo(owner.equals(sentBackMap) ? 3 : 2);
			assertThat(map.writtenIn()).isEqualTo(2026);
			versions.put(owner, map.version());
			strategy.initiativesOfMap(map.id()).forEach(i -> newInitiatives.add(i.id()));
		}
		List<Agreement> centreAgreements = agreements.agreementsOfYear(MUNICIPALITY, Party.CENTRE, 2027);
		assertThat(centreAgreements).hasSize(centres).allSatisfy(a -> {
			assertThat(a.status()).isEqualTo(Agreement.Status.APPROVED);
			assertThat(a.goals()).filteredOn(g -> g.initiativeId() != null).extracting(Goal::initiativeId)
				.isSubsetOf(newInitiatives);
		});

		ProcessTestSupport.clock(2026, 12, 1);
		runYear(2027, null);

		assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(UnitYearProcess.KEY)
			.processInstanceBusinessKey("2026:" + straggler).singleResult().getEndActivityId())
			.as("the straggler's year ended without an agreement").isEqualTo(UnitYearProcess.END_WITHOUT_AGREEMENT);
		List<Agreement> secondYear = agreements.agreementsOfYear(MUNICIPALITY, Party.UNIT, 2027).stream()
			.filter(a -> a.status() == Agreement.Status.APPROVED).toList();
		assertThat(secondYear).hasSize(units).allSatisfy(a -> assertThat(a.goals()).filteredOn(g -> g.initiativeId() != null)
			.extracting(Goal::initiativeId).as("the second year's goals link to the maps approved at the first seminar")
			.isNotEmpty().isSubsetOf(newInitiatives));
		assertThat(jdbc.sql("SELECT count(*) FROM goal_evaluation").query(Integer.class).single())
			.as("the first year's goals evaluated in the second").isEqualTo(2 * (units - 1));
		assertThat(jdbc.sql("SELECT count(*) FROM goal_evaluation WHERE confirmed_at IS NOT NULL")
			.query(Integer.class).single()).as("and every evaluation confirmed by the centre chief").isEqualTo(2 * (units - 1));
		Map<String, Integer> statements = new HashMap<>();
		jdbc.sql("SELECT council, outcome, count(*) FROM med_statement WHERE cycle_year = 2026 GROUP BY council, outcome")
			.query((rs, row) -> statements.put(rs.getString(1) + ":" + rs.getString(2), rs.getInt(3))).list();
		assertThat(statements).as("A-MED on every drafted agreement; C-MED on every centre's map and agreement")
			.containsEntry("A_MED:GIVEN", units - 1).containsEntry("A_MED:NO_REMARKS", 1).containsEntry("C_MED:GIVEN", 2 * centres)
			.doesNotContainKey("A_MED:MISSING").doesNotContainKey("C_MED:MISSING");
		assertThat(statements.getOrDefault("C_MED:NO_REMARKS", 0) + statements.getOrDefault("H_MED:ACKNOWLEDGED", 0))
			.as("shared again after a send-back: one centre agreement and one map (a centre's or Koncernledelsen's); H-MED informed")
			.isEqualTo(3);
		assertThat(followUps.statusesOfYear(MUNICIPALITY, 2027).stream().filter(s -> s.party() == Party.CENTRE))
			.as("centres follow up on their centre agreement's goals in the second year")
			.allSatisfy(s -> assertThat(s.goalId()).isNotNull()).isNotEmpty();
		for (String owner : maps.owners()) {
			var map = strategy.mapInForce(MUNICIPALITY, owner, 2028).orElseThrow();
			assertThat(map.version()).as(owner + ": the review is a new version of 2027–28")
				.isEqualTo(versions.get(owner) + (owner.equals(sentBackMap) ? 2 : 1));
			assertThat(map.firstYear()).isEqualTo(2027);
			assertThat(strategy.initiativesOfMap(map.id())).extracting(Initiative::title)
				.containsExactly(owner + ": første nye initiativ", "Justeret initiativ");
		}
		assertThat(agreements.agreementsOfYear(MUNICIPALITY, Party.CENTRE, 2028)).hasSize(centres);
		ProcessTestSupport.clock(2028, 1, 2);
		ProcessTestSupport.executeJobs(management);
		assertThat(cycles.findAll(MUNICIPALITY)).allSatisfy(c -> assertThat(c.status()).isEqualTo(Cycle.Status.COMPLETED));
		assertThat(runtime.createProcessInstanceQuery().processDefinitionKeyIn(AnnualCycleProcess.KEY, UnitYearProcess.KEY,
				CentreYearProcess.KEY, CorporateYearProcess.KEY).count()).as("no year left running").isZero();
	}

	/** The year in which one unit continues a goal of the first year, and amends its agreement in Q2. */
	private static final int SECOND_YEAR = 2027;
	/** The unit that continues a goal and amends its agreement in the second year. */
	private String continuing;
	private long continuedGoal;

	/** One unit's leader keeps the first of last year's goals, prefilled in the draft form, as a continued goal. */
	private void continueOneGoal(int year) {
		Task draft = tasks.createTaskQuery().taskDefinitionKey(UnitAgreementProcess.TASK_DRAFT).list().stream()
			.filter(t -> runtime.getVariable(t.getProcessInstanceId(), UnitAgreementProcess.Var.DEVELOPMENT_GOAL + 1) != null)
			.findFirst().orElseThrow();
		continuing = (String) runtime.getVariable(draft.getProcessInstanceId(), "unit");
		Map<String, Object> submission = new HashMap<>(AgreementDrafts.valid(runtime, draft.getProcessInstanceId(), year));
		Map<String, Object> goal = json(submission.get(UnitAgreementProcess.Var.DEVELOPMENT_GOAL + 1));
		Map<String, Object> prefilled = json(runtime.getVariable(draft.getProcessInstanceId(), UnitAgreementProcess.Var.DEVELOPMENT_GOAL + 1));
		continuedGoal = Long.parseLong((String) prefilled.get("carriedOverFrom"));
		goal.put("carriedOverFrom", prefilled.get("carriedOverFrom"));
		submission.put(UnitAgreementProcess.Var.DEVELOPMENT_GOAL + 1, SpinValues.jsonValue(write(goal)).create());
		tasks.complete(draft.getId(), submission);
	}

	/**
	 * In Q2 the continuing unit's leader reports that the economic frame changed; the chief agrees to amend; the
	 * leader amends the prefilled agreement; the chief approves it: version 2 is in force for the Q3 follow-up.
	 */
	private void amendOneAgreement(int year) {
		String leader = organisation.current().unit(continuing).orElseThrow().leader();
		identity.setAuthentication(leader, identity.createGroupQuery().groupMember(leader).list().stream().map(g -> g.getId()).toList());
		ProcessInstance change;
		try {
			change = runtime.startProcessInstanceByKey(AgreementAmendmentProcess.KEY, Map.of(
					AgreementAmendmentProcess.Var.REASON, "ECONOMY",
					AgreementAmendmentProcess.Var.DESCRIPTION, "Rammen er beskåret med 5 %."));
		}
		finally {
			identity.clearAuthentication();
		}
		assertThat(change).isWaitingAt(AgreementAmendmentProcess.TASK_COUNTERPART_ANSWERS);
		tasks.complete(task(change).getId(), Map.of(AgreementAmendmentProcess.Var.DECISION, "amend",
				AgreementAmendmentProcess.Var.ANSWER, "Målniveauet tilpasses rammen."));
		tasks.complete(task(change).getId(), Map.of(UnitAgreementProcess.Var.ECONOMIC_FRAME, 950_000));
		tasks.complete(task(change).getId(), Map.of(UnitAgreementProcess.Var.DECISION, "approve"));
		assertThat(change).isEnded().hasPassed(AgreementAmendmentProcess.END_AMENDED);
	}

	/**
	 * The red thread of the second year shows the amended agreement in force (version 2), its continued goal with the
	 * goal of the first year it continues, the Q2 follow-up given on version 1 and the Q3 on version 2; and the action
	 * agreed on a goal in red.
	 */
	private void checkRedThread(int year) {
		identity.setAuthentication("sekretariat", List.of(OrganisationGroups.SECRETARIAT));
		List<RedThreadController.VisionGoalThread> thread;
		try {
			thread = redThread.thread(year);
		}
		finally {
			identity.clearAuthentication();
		}
		List<RedThreadController.GoalThread> goals = thread.stream().flatMap(v -> v.initiatives().stream())
			.flatMap(i -> i.goals().stream()).toList();
		String continuedTitle = jdbc.sql("SELECT title FROM agreement_goal WHERE id = ?").param(continuedGoal).query(String.class).single();
		assertThat(goals).filteredOn(g -> g.partyId().equals(continuing) && g.continues() != null).singleElement()
			.satisfies(g -> {
				assertThat(g.agreementVersion()).isEqualTo(2);
				assertThat(g.agreementStatus()).isEqualTo("APPROVED");
				assertThat(g.continues()).isEqualTo((year - 1) + ": " + continuedTitle);
				assertThat(g.followUps()).extracting(RedThreadController.FollowUp::quarter).containsExactly(2, 3);
			});
		assertThat(goals).flatExtracting(RedThreadController.GoalThread::followUps)
			.filteredOn(f -> "RED".equals(f.status()) && f.agreedAction() != null).isNotEmpty();
		assertThat(agreements.agreementsOf(MUNICIPALITY, Party.UNIT, continuing)).filteredOn(a -> a.year() == year)
			.extracting(Agreement::status).containsExactly(Agreement.Status.SUPERSEDED, Agreement.Status.APPROVED);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> json(Object value) {
		try {
			return new ObjectMapper().readValue(value instanceof SerializableValue serialized ? serialized.getValueSerialized()
					: value.toString(), Map.class);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String write(Object value) {
		try {
			return new ObjectMapper().writeValueAsString(value);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The map sent back from the seminar once a year, by its owner. */
	private String sentBackMap;

	/**
	 * One year of the whole organisation on its dates. The straggler (if any) never drafts its agreement: nobody
	 * waits for it, and its year ends without an agreement.
	 */
	private void runYear(int year, String straggler) {
		ProcessInstance cycle = runtime.startProcessInstanceByKey(AnnualCycleProcess.KEY, Map.of(Var.YEAR, year));
		completeAll(AnnualCycleProcess.TASK_PREPARE_YEAR, t -> Map.of());
		completeAll(AnnualCycleProcess.TASK_REVIEW_MED_PLAN, t -> Map.of());
		ProcessTestSupport.executeJobs(management);

		// Q1
		onDate(year, 1, 2);
		assertThat(cycles.findAll(MUNICIPALITY)).as("last year's cycle has ended with its year")
			.allSatisfy(c -> assertThat(c.status()).isEqualTo(c.year() < year ? Cycle.Status.COMPLETED : Cycle.Status.RUNNING));
		Function<Task, Boolean> notStraggler = t -> straggler == null
				|| !straggler.equals(runtime.getVariable(t.getProcessInstanceId(), "unit"));
		completeAll(UnitAgreementProcess.TASK_EVALUATE_LAST_YEAR, t -> Submissions.lastYearAchieved(runtime, t.getProcessInstanceId()));
		if (year == SECOND_YEAR) {
			continueOneGoal(year);
		}
		completeAll(UnitAgreementProcess.TASK_DRAFT, notStraggler, t -> AgreementDrafts.valid(runtime, t.getProcessInstanceId(), year));
		long drafted = tasks.createTaskQuery().taskDefinitionKey(UnitAgreementProcess.TASK_MED_STATEMENT).count();
		completeAll(UnitAgreementProcess.TASK_MED_STATEMENT, t -> statement("A-MED"));
		assertThat(tasks.createTaskQuery().taskDefinitionKey(UnitAgreementProcess.TASK_APPROVE).count())
			.as("an approval waits for the chief's confirmation of last year's evaluation")
			.isEqualTo(drafted - tasks.createTaskQuery().taskDefinitionKey(UnitAgreementProcess.TASK_CONFIRM_EVALUATION).count());
		completeAll(UnitAgreementProcess.TASK_CONFIRM_EVALUATION, t -> Map.of());
		sendBackOnce(UnitAgreementProcess.TASK_APPROVE, UnitAgreementProcess.TASK_DRAFT, year);
		completeAll(UnitAgreementProcess.TASK_MED_STATEMENT, t -> ProcessTestSupport.noRemarks());
		completeAll(UnitAgreementProcess.TASK_APPROVE, t -> Map.of(UnitAgreementProcess.Var.DECISION, "approve"));
		completeAll(CentreEvaluationProcess.TASK_EVALUATE, t -> CentreEvaluations.valid(runtime, t.getProcessInstanceId()));
		onDate(year, 3, 1);
		String figures = (String) runtime.getVariable(cycle.getId(), Var.EVALUATION_FIGURES);
		if (straggler != null) {
			assertThat(figures).as("the summary names the unit still missing")
				.contains("**Enheder uden godkendt aftale for " + year + ":** " + organisation.current().unit(straggler).orElseThrow().name());
		}
		else {
			assertThat(figures).doesNotContain("Enheder uden godkendt aftale");
		}
		completeAll(AnnualCycleProcess.TASK_COMPILE_SUMMARY, t -> Map.of(Var.EVALUATION_SUMMARY, "Året er gået godt."));
		ProcessTestSupport.clock(year, 3, 31);
		completeAll(AnnualCycleProcess.TASK_DISCUSS_IN_COMMITTEE, t -> Submissions.meeting(year + "-03-20"));
		completeAll(AnnualCycleProcess.TASK_DISCUSS_IN_COUNCIL, t -> Submissions.meeting(year + "-03-25"));
		completeAll(AnnualCycleProcess.TASK_REGISTER_PRESENTATION, t -> Map.of(Var.PRESENTED_ON, year + "-03-30"));
		ProcessTestSupport.executeJobs(management);

		// Q2
		onDate(year, 4, 1);
		registerBudgetMilestones();
		followUpAll(straggler == null ? 0 : 1);
		if (year == SECOND_YEAR) {
			ProcessTestSupport.clock(year, 4, 20);
			amendOneAgreement(year);
		}
		onDate(year, 5, 31);
		registerBudgetMilestones();
		assertThat(cycle).isWaitingAt(AnnualCycleProcess.TASK_FOLLOW_UP_BENEFITS);
		assertThat((String) runtime.getVariable(cycle.getId(), Var.FOLLOW_UP_OVERVIEW))
			.contains("Mål i rødt:").contains("og Koncernledelsen").doesNotContain(FollowUpStatus.RED.label() + ": 0");
		ProcessTestSupport.clock(year, 6, 20);
		completeAll(AnnualCycleProcess.TASK_FOLLOW_UP_BENEFITS, t -> Submissions.meeting(year + "-06-19"));

		// Q3
		onDate(year, 8, 15);
		registerBudgetMilestones();
		followUpAll(straggler == null ? 0 : 1);
		onDate(year, 9, 15);
		ProcessTestSupport.clock(year, 9, 29);
		registerBudgetMilestones();
		completeAll(AnnualCycleProcess.TASK_CENTRE_COUNCIL_FOLLOW_UP, t -> Submissions.meeting(year + "-09-28"));

		if (year == SECOND_YEAR) {
			// Before Q4's maps replace the ones the year's goals link to.
			checkRedThread(year);
		}

		// Q4
		onDate(year, 10, 1);
		completeAll(StrategyMapProcess.TASK_WRITE, t -> Submissions.newMap(runtime, t.getProcessInstanceId(),
				(String) runtime.getVariable(t.getProcessInstanceId(), StrategyMapProcess.Var.OWNER)));
		completeAll(StrategyMapProcess.TASK_REVIEW, t -> Submissions.review(runtime, t.getProcessInstanceId()));
		completeAll(StrategyMapProcess.TASK_MED_STATEMENT, t -> statement("C-MED"));
		completeAll(StrategyMapProcess.TASK_ACKNOWLEDGE_CORPORATE_MAP, t -> Map.of());
		ProcessTestSupport.executeJobs(management);
		assertThat(tasks.createTaskQuery().taskDefinitionKey(StrategyMapProcess.TASK_DECIDE).count()).as("not before the seminar").isZero();
		onDate(year, 11, 15);
		assertThat(cycle).isWaitingAt(AnnualCycleProcess.TASK_STRATEGY_SEMINAR);
		List<Task> decisions = tasks.createTaskQuery().taskDefinitionKey(StrategyMapProcess.TASK_DECIDE).list();
		assertThat(decisions).hasSize(maps.owners().size());
		sendBackMapOnce(decisions.get(0));
		completeAll(StrategyMapProcess.TASK_DECIDE, t -> Map.of(StrategyMapProcess.Var.DECISION, "approve"));
		ProcessTestSupport.clock(year, 11, 20);
		completeAll(AnnualCycleProcess.TASK_STRATEGY_SEMINAR, t -> Submissions.meeting(year + "-11-15"));
		registerBudgetMilestones();
		completeAll(CentreAgreementProcess.TASK_DRAFT, t -> AgreementDrafts.valid(runtime, t.getProcessInstanceId(), year + 1));
		completeAll(CentreAgreementProcess.TASK_MED_STATEMENT, t -> statement("C-MED"));
		sendBackOnce(CentreAgreementProcess.TASK_APPROVE, CentreAgreementProcess.TASK_DRAFT, year + 1);
		completeAll(CentreAgreementProcess.TASK_MED_STATEMENT, t -> ProcessTestSupport.noRemarks());
		completeAll(CentreAgreementProcess.TASK_APPROVE, t -> Map.of(UnitAgreementProcess.Var.DECISION, "approve"));
		ProcessTestSupport.executeJobs(management);

		if (straggler == null) {
			assertThat(cycle).isEnded();
		}
		else {
			assertThat(cycle).as("the straggler's year is still open until the year ends").isActive();
			assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(UnitYearProcess.KEY).count()).isEqualTo(1);
		}
		assertThat(jdbc.sql("SELECT milestone FROM budget_delivery WHERE cycle_year = ?").param(year).query(String.class).list())
			.as("every budget milestone delivered once").containsExactlyInAnyOrder(BUDGET_MILESTONES);
		assertThat(jdbc.sql("SELECT count(*) FROM budget_ledger WHERE idempotency_key LIKE ?").param("%:" + year + ":%")
			.query(Integer.class).single()).isEqualTo(BUDGET_MILESTONES.length);
	}

	/** The day comes: every timer due by then fires, and what it starts runs. */
	private void onDate(int year, int month, int day) {
		ProcessTestSupport.clock(year, month, day);
		ProcessTestSupport.executeJobs(management);
	}

	private void sendBackMapOnce(Task decision) {
		sentBackMap = (String) runtime.getVariable(decision.getProcessInstanceId(), StrategyMapProcess.Var.OWNER);
		tasks.complete(decision.getId(), Map.of(StrategyMapProcess.Var.DECISION, "return",
				StrategyMapProcess.Var.RETURN_COMMENT, "Prioritér skarpere."));
		Task rewrite = tasks.createTaskQuery().processInstanceId(decision.getProcessInstanceId()).singleResult();
		tasks.complete(rewrite.getId(), StrategyMapProcess.TASK_REVIEW.equals(rewrite.getTaskDefinitionKey())
				? Submissions.review(runtime, rewrite.getProcessInstanceId())
				: Submissions.newMap(runtime, rewrite.getProcessInstanceId(), sentBackMap));
		for (Task shared : tasks.createTaskQuery().processInstanceId(decision.getProcessInstanceId()).list()) {
			tasks.complete(shared.getId(), StrategyMapProcess.TASK_MED_STATEMENT.equals(shared.getTaskDefinitionKey())
					? ProcessTestSupport.noRemarks() : Map.of());
		}
		ProcessTestSupport.executeJobs(management);
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

	/**
	 * Every unit with an agreement, every centre and Koncernledelsen follow up; one reports red, one yellow. The level
	 * above acknowledges every report but Koncernledelsen's, and the actions on the flagged goals are agreed.
	 */
	private void followUpAll(int unitsWithoutAgreement) {
		ProcessTestSupport.executeJobs(management);
		List<Task> reports = tasks.createTaskQuery().taskDefinitionKey(FollowUpProcess.TASK_REPORT).list();
		assertThat(reports).hasSize(organisation.unitIds().size() - unitsWithoutAgreement + organisation.centreIds().size() + 1);
		for (int i = 0; i < reports.size(); i++) {
			Task report = reports.get(i);
			tasks.complete(report.getId(), Submissions.followUp(runtime, report.getProcessInstanceId(),
					i == 0 ? "RED" : i == 1 ? "YELLOW" : "GREEN"));
		}
		List<Task> acknowledgements = tasks.createTaskQuery().taskDefinitionKey(FollowUpProcess.TASK_ACKNOWLEDGE).list();
		assertThat(acknowledgements).hasSize(reports.size() - 1);
		acknowledgements.forEach(t -> tasks.complete(t.getId(), Submissions.acknowledgement()));
		completeAll(GoalDialogueProcess.TASK_AGREE, t -> Submissions.agreedAction());
		ProcessTestSupport.executeJobs(management);
	}

	private void sendBackOnce(String approveTask, String draftTask, int agreementYear) {
		// Not the unit that continues a goal: its redraft would replace the goal.
		Task approval = tasks.createTaskQuery().taskDefinitionKey(approveTask).list().stream()
			.filter(t -> continuing == null || !continuing.equals(runtime.getVariable(t.getProcessInstanceId(), "unit")))
			.findFirst().orElseThrow();
		tasks.complete(approval.getId(), Map.of(UnitAgreementProcess.Var.DECISION, "return",
				UnitAgreementProcess.Var.RETURN_COMMENT, "Skærp målniveauet."));
		Task redraft = tasks.createTaskQuery().processInstanceId(approval.getProcessInstanceId()).taskDefinitionKey(draftTask).singleResult();
		tasks.complete(redraft.getId(), AgreementDrafts.valid(runtime, redraft.getProcessInstanceId(), agreementYear));
	}

	private static Map<String, Object> statement(String council) {
		return Map.of(MedStatementPoint.Var.CHOICE, "GIVEN", MedStatementPoint.Var.TEXT, council + " bakker op om udkastet.");
	}

	private void completeAll(String taskKey, Function<Task, Map<String, Object>> submission) {
		completeAll(taskKey, t -> true, submission);
	}

	private void completeAll(String taskKey, Function<Task, Boolean> which, Function<Task, Map<String, Object>> submission) {
		for (Task task : tasks.createTaskQuery().taskDefinitionKey(taskKey).list()) {
			if (which.apply(task)) {
				tasks.complete(task.getId(), submission.apply(task));
			}
		}
	}



}
