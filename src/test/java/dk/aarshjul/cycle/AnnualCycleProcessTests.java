package dk.aarshjul.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dk.aarshjul.agreement.AgreementDrafts;
import dk.aarshjul.budget.BudgetTrackProcess;
import dk.aarshjul.med.MedPlan;
import dk.aarshjul.med.MedPlanService;
import dk.aarshjul.agreement.AgreementService;
import dk.aarshjul.agreement.Agreement;
import dk.aarshjul.agreement.UnitAgreementProcess;
import dk.aarshjul.cycle.AnnualCycleProcess.Var;
import dk.aarshjul.followup.FollowUpProcess;
import dk.aarshjul.organisation.OrganisationGroups;
import dk.aarshjul.organisation.OrganisationService;
import dk.aarshjul.scope.Party;
import dk.aarshjul.strategy.CentreEvaluationProcess;
import dk.aarshjul.strategy.CentreEvaluations;
import dk.aarshjul.test.ApplicationTest;
import dk.aarshjul.test.ProcessTestSupport;
import dk.aarshjul.test.TestData;

@ApplicationTest
class AnnualCycleProcessTests {

	@Autowired
	ProcessEngine engine;
	@Autowired
	RuntimeService runtime;
	@Autowired
	FormService forms;
	@Autowired
	CycleService cycles;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	TaskService tasks;
	@Autowired
	ManagementService management;
	@Autowired
	OrganisationService organisation;
	@Autowired
	AgreementService agreements;
	@Autowired
	CalendarService calendars;
	@Autowired
	MedPlanService medPlans;

	@BeforeEach
	void setUp() {
		init(engine);
		// Tests live in 2026: cycles may be started for 2025 to 2028.
		ClockUtil.setCurrentTime(Date.from(LocalDate.of(2026, 10, 1).atStartOfDay(ZoneId.of("Europe/Copenhagen")).toInstant()));
	}

	@AfterEach
	void tearDown() {
		TestData.reset(runtime, jdbc);
	}

	@Test
	void aStartedCycleWaitsForTheSecretariatToPrepareTheYearAndIsRecorded() {
		ProcessInstance cycle = start(2027);

		assertThat(cycle).isStarted().isWaitingAt(AnnualCycleProcess.TASK_PREPARE_YEAR)
			.hasBusinessKey("2027")
			.variables().containsEntry(Var.YEAR, 2027).containsEntry(Var.MUNICIPALITY, "helsingor");
		assertThat(task(cycle)).hasCandidateGroup(OrganisationGroups.SECRETARIAT);
		assertThat(cycles.find("helsingor", 2027)).get()
			.satisfies(c -> {
				assertThat(c.status()).isEqualTo(Cycle.Status.RUNNING);
				assertThat(c.processInstanceId()).isEqualTo(cycle.getId());
			});
	}

	@Test
	void theCycleFirstConfirmsTheCalendarAndTheMedPlanPublishesThePlanThenRunsTheStrategyAndBudgetTracksSideBySide() {
		ProcessInstance cycle = start(2027);

		complete(task(cycle), withVariables(Var.PREPARATION_NOTE, "Kalenderen er aftalt."));

		assertThat(cycle).isWaitingAt(AnnualCycleProcess.TASK_REVIEW_MED_PLAN).hasPassed(AnnualCycleProcess.TASK_GENERATE_MED_PLAN)
			.variables().containsKeys("medWeeks_H_MED", "medWeeks_C_MED", "medWeeks_A_MED", MedPlanService.OVERVIEW);
		assertThat(task(cycle)).hasCandidateGroup(OrganisationGroups.SECRETARIAT)
			.hasDueDate(Date.from(LocalDate.of(2026, 12, 1).atTime(16, 0).atZone(ZoneId.of("Europe/Copenhagen")).toInstant()));
		assertThat(medPlans.plan("helsingor", 2027)).get().satisfies(p -> assertThat(p.status()).isEqualTo(MedPlan.Status.DRAFT));

		complete(task(cycle));
		ProcessTestSupport.executeJobs(management);

		assertThat(medPlans.published("helsingor", 2027)).isPresent();
		assertThat(cycle).hasPassed(AnnualCycleProcess.TASK_PUBLISH_YEAR_PLAN)
			.isWaitingAt(AnnualCycleProcess.TIMER_Q1_START, AnnualCycleProcess.CALL_BUDGET_TRACK);
		assertThat(q1Timer(cycle).getDuedate())
			.isEqualTo(Date.from(LocalDate.of(2027, 1, 2).atStartOfDay(ZoneId.of("Europe/Copenhagen")).toInstant()));
		ProcessInstance budget = runtime.createProcessInstanceQuery().processDefinitionKey(BudgetTrackProcess.KEY).singleResult();
		assertThat(budget).hasBusinessKey("2027").isWaitingAt(BudgetTrackProcess.TIMER_BUDGET_PROCESS_APPROVAL);
		assertThat(timer(budget).getDuedate())
			.isEqualTo(Date.from(LocalDate.of(2027, 2, 20).atStartOfDay(ZoneId.of("Europe/Copenhagen")).toInstant()));
	}

	@Test
	void aMedPlanThatBreaksARuleIsRefusedWithTheRuleAndTheTaskStaysOpen() {
		ProcessInstance cycle = start(2027);
		complete(task(cycle));
		String review = task(cycle).getId();
		String before = medPlans.plan("helsingor", 2027).orElseThrow().weeks().toString();

		assertThatThrownBy(() -> tasks.complete(review, Map.of("medWeeks_H_MED", "5, 11, 17, 23, 35, 42, 45, 49")))
			.rootCause().hasMessageContaining("H-MED: uge 42 er friholdt for møder (ferie).");
		assertThatThrownBy(() -> tasks.complete(review, Map.of("medWeeks_C_MED", "uge 3")))
			.rootCause().hasMessageContaining("C-MED: »uge« er ikke et ugenummer.");

		assertThat(cycle).isWaitingAt(AnnualCycleProcess.TASK_REVIEW_MED_PLAN);
		assertThat(medPlans.plan("helsingor", 2027).orElseThrow().weeks().toString()).isEqualTo(before);
	}

	@Test
	void theSecretariatMovesDatesOfTheYearWhenPreparingItAndABrokenCalendarIsRefused() {
		ProcessInstance cycle = start(2027);
		assertThat(cycle).variables().containsEntry("milestone_Q1_START", "02.01.2027")
			.containsEntry("milestone_STRATEGY_SEMINAR", "15.11.2027");
		String prepare = task(cycle).getId();

		assertThatThrownBy(() -> tasks.complete(prepare, Map.of("milestone_Q2_START", "2027-07-01")))
			.rootCause().isInstanceOf(CalendarService.CalendarRefusedException.class)
			.hasMessageContaining("»2. kvartal begynder« skal ligge i 2. kvartal 2027, ikke 01.07.2027.");
		assertThat(cycle).isWaitingAt(AnnualCycleProcess.TASK_PREPARE_YEAR);

		assertThatThrownBy(() -> tasks.complete(prepare, Map.of("milestone_Q2_START", "04/05/2027")))
			.rootCause().isInstanceOf(CalendarService.CalendarRefusedException.class)
			.hasMessage("Kalenderen for 2027 kan ikke gemmes: »2. kvartal begynder« skal skrives dd.mm.åååå, fx 01.03.2027, "
					+ "ikke »04/05/2027«.");
		tasks.complete(prepare, Map.of("milestone_Q1_START", "04.01.2027", "milestone_Q2_START", "2027-04-05"));
		complete(task(cycle));

		assertThat(q1Timer(cycle).getDuedate())
			.isEqualTo(Date.from(LocalDate.of(2027, 1, 4).atStartOfDay(ZoneId.of("Europe/Copenhagen")).toInstant()));
		assertThat(calendars.calendar("helsingor", 2027).date(Milestone.Q2_START)).isEqualTo(LocalDate.of(2027, 4, 5));
	}

	@Test
	void eachPartyStartsItsOwnYearInQ1AndTheSummaryIsMadeOnItsDateFromWhatExistsNamingWhoIsMissing() {
		ProcessInstance cycle = start(2027);
		complete(task(cycle));
		complete(task(cycle));
		ProcessTestSupport.clock(2027, 1, 2);
		execute(q1Timer(cycle));
		ProcessTestSupport.executeJobs(management);

		int units = organisation.unitIds().size();
		assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(UnitYearProcess.KEY).count()).isEqualTo(units);
		assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(CentreYearProcess.KEY).count())
			.isEqualTo(organisation.centreIds().size());
		assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(CorporateYearProcess.KEY).count()).isEqualTo(1);
		List<Task> drafts = tasks.createTaskQuery().taskDefinitionKey(UnitAgreementProcess.TASK_DRAFT).list();
		assertThat(drafts).hasSize(units);
		Task straggler = drafts.get(0);
		String stragglerUnit = (String) runtime.getVariable(straggler.getProcessInstanceId(), "unit");
		for (Task draft : drafts.subList(1, drafts.size())) {
			tasks.complete(draft.getId(), AgreementDrafts.valid(runtime, draft.getProcessInstanceId(), 2027));
		}
		for (Task statement : tasks.createTaskQuery().taskDefinitionKey(UnitAgreementProcess.TASK_MED_STATEMENT).list()) {
			tasks.complete(statement.getId(), ProcessTestSupport.noRemarks());
		}
		for (Task approval : tasks.createTaskQuery().taskDefinitionKey(UnitAgreementProcess.TASK_APPROVE).list()) {
			tasks.complete(approval.getId(), Map.of(UnitAgreementProcess.Var.DECISION, "approve"));
		}
		List<Task> centreEvaluations = tasks.createTaskQuery().taskDefinitionKey(CentreEvaluationProcess.TASK_EVALUATE).list();
		assertThat(centreEvaluations).hasSize(organisation.centreIds().size());
		Task lateCentre = centreEvaluations.get(0);
		for (Task evaluation : centreEvaluations.subList(1, centreEvaluations.size())) {
			tasks.complete(evaluation.getId(), CentreEvaluations.valid(runtime, evaluation.getProcessInstanceId()));
		}
		ProcessTestSupport.executeJobs(management);
		assertThat(cycle).as("nothing waits for the units: only the dates").isWaitingAt(AnnualCycleProcess.TIMER_LUS_DEADLINE,
				AnnualCycleProcess.TIMER_Q2_FOLLOW_UP_DUE, AnnualCycleProcess.TIMER_Q3_FOLLOW_UP_DUE,
				AnnualCycleProcess.TIMER_STRATEGY_SEMINAR, AnnualCycleProcess.CALL_UNIT_YEARS, AnnualCycleProcess.CALL_CENTRE_YEARS,
				AnnualCycleProcess.CALL_CORPORATE_YEAR, AnnualCycleProcess.CALL_BUDGET_TRACK);

		ProcessTestSupport.clock(2027, 3, 1);
		ProcessTestSupport.executeJobs(management);

		assertThat(cycle).hasPassed(AnnualCycleProcess.TASK_SUMMARISE_EVALUATIONS).isWaitingAt(AnnualCycleProcess.TASK_COMPILE_SUMMARY,
				AnnualCycleProcess.TASK_DISCUSS_IN_COMMITTEE, AnnualCycleProcess.TASK_DISCUSS_IN_COUNCIL);
		String figures = (String) runtime.getVariable(cycle.getId(), Var.EVALUATION_FIGURES);
		assertThat(figures)
			.startsWith(organisation.centreIds().size() - 1 + " centre har evalueret 2026 med deres direktør. ")
			.contains(units - 1 + " enheder har underskrevet decentral aftale for 2027 med i alt " + 2 * (units - 1) + " mål.")
			.contains("**Centre, der endnu ikke har evalueret 2026:** "
					+ organisation.current().centre((String) runtime.getVariable(lateCentre.getProcessInstanceId(), "centre"))
						.orElseThrow().name() + ".")
			.contains("**Enheder uden godkendt aftale for 2027:** " + organisation.current().unit(stragglerUnit).orElseThrow().name() + ".");
		Task committee = tasks.createTaskQuery().taskDefinitionKey(AnnualCycleProcess.TASK_DISCUSS_IN_COMMITTEE).listPage(0, 1).get(0);
		assertThat(tasks.getVariable(committee.getId(), "forumContext")).isEqualTo(figures);
		assertThat(committee.getDueDate())
			.isEqualTo(Date.from(LocalDate.of(2027, 3, 31).atTime(16, 0).atZone(ZoneId.of("Europe/Copenhagen")).toInstant()));

		Task compiling = tasks.createTaskQuery().processInstanceId(cycle.getId()).taskDefinitionKey(AnnualCycleProcess.TASK_COMPILE_SUMMARY)
			.singleResult();
		assertThat(compiling).isNotNull();
		assertThatThrownBy(() -> tasks.complete(compiling.getId(), Map.of(Var.EVALUATION_SUMMARY, " ")))
			.rootCause().isInstanceOf(CycleRefusedException.class);
		tasks.complete(compiling.getId(), Map.of(Var.EVALUATION_SUMMARY, "Året er gået godt."));
		Task registering = tasks.createTaskQuery().processInstanceId(cycle.getId())
			.taskDefinitionKey(AnnualCycleProcess.TASK_REGISTER_PRESENTATION).singleResult();
		assertThat(registering).isNotNull();
		ProcessTestSupport.clock(2027, 3, 31);
		assertThatThrownBy(() -> tasks.complete(registering.getId(), Map.of(Var.PRESENTED_ON, "2027-04-28")))
			.rootCause().hasMessage("Byrådsmødet skal ligge i 2027 og ikke efter i dag, ikke 28.04.2027.");

		// Byrådet's secretary never registers the presentation; Q2 comes for everyone who is ready.
		ProcessTestSupport.clock(2027, 4, 1);
		ProcessTestSupport.executeJobs(management);

		List<Task> followUps = tasks.createTaskQuery().taskDefinitionKey(FollowUpProcess.TASK_REPORT).list();
		assertThat(followUps).as("every unit with an agreement, every centre and Koncernledelsen")
			.hasSize(units - 1 + organisation.centreIds().size() + 1);
		assertThat(tasks.createTaskQuery().taskDefinitionKey(FollowUpProcess.TASK_REPORT).taskCandidateGroup("enhed-" + stragglerUnit)
			.count()).isZero();
		assertThat(tasks.createTaskQuery().taskDefinitionKey(UnitAgreementProcess.TASK_DRAFT).singleResult().getId())
			.isEqualTo(straggler.getId());
		assertThat(cycle).isWaitingAt(AnnualCycleProcess.TASK_REGISTER_PRESENTATION);
		assertThat(cycles.find("helsingor", 2027)).get().satisfies(c -> {
			assertThat(c.evaluationSummary()).isEqualTo("Året er gået godt.");
			assertThat(c.status()).isEqualTo(Cycle.Status.RUNNING);
		});

		// The straggler's agreement is approved late: its Q2 follow-up comes at once.
		tasks.complete(straggler.getId(), AgreementDrafts.valid(runtime, straggler.getProcessInstanceId(), 2027));
		tasks.complete(tasks.createTaskQuery().processInstanceId(straggler.getProcessInstanceId()).singleResult().getId(),
				ProcessTestSupport.noRemarks());
		tasks.complete(tasks.createTaskQuery().processInstanceId(straggler.getProcessInstanceId()).singleResult().getId(),
				Map.of(UnitAgreementProcess.Var.DECISION, "approve"));
		ProcessTestSupport.executeJobs(management);
		assertThat(tasks.createTaskQuery().taskDefinitionKey(FollowUpProcess.TASK_REPORT).taskCandidateGroup("enhed-" + stragglerUnit)
			.count()).isEqualTo(1);
		assertThat(agreements.agreementsOfYear("helsingor", Party.UNIT, 2027)).hasSize(units)
			.allSatisfy(a -> assertThat(a.status()).isEqualTo(Agreement.Status.APPROVED));
	}

	@Test
	void aSecondCycleForTheSameYearIsRefusedAndLeavesNothingBehind() {
		ProcessInstance first = start(2027);

		assertThatThrownBy(() -> start(2027))
			.isInstanceOf(CycleRefusedException.class)
			.hasMessageStartingWith("Årets gang for 2027 er allerede startet");

		assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(AnnualCycleProcess.KEY).count()).isEqualTo(1);
		assertThat(cycles.findAll("helsingor")).singleElement()
			.satisfies(c -> assertThat(c.processInstanceId()).isEqualTo(first.getId()));
	}

	@Test
	void aYearBeforeLastYearOrMoreThanTwoYearsAheadIsRefused() {
		assertThatThrownBy(() -> start(2024)).isInstanceOf(CycleRefusedException.class)
			.hasMessage("Årets gang kan kun startes for årene 2025–2028, ikke for 2024.");
		assertThatThrownBy(() -> start(2029)).isInstanceOf(CycleRefusedException.class)
			.hasMessage("Årets gang kan kun startes for årene 2025–2028, ikke for 2029.");

		assertThat(start(2025)).isWaitingAt(AnnualCycleProcess.TASK_PREPARE_YEAR);
		assertThat(start(2028)).isWaitingAt(AnnualCycleProcess.TASK_PREPARE_YEAR);
		assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(2);
	}

	@Test
	void theRangeFollowsTheEnginesClock() {
		ClockUtil.setCurrentTime(Date.from(LocalDate.of(2030, 1, 2).atStartOfDay(ZoneId.of("Europe/Copenhagen")).toInstant()));

		assertThatThrownBy(() -> start(2027)).isInstanceOf(CycleRefusedException.class)
			.hasMessageContaining("2029–2032");
		assertThat(start(2031)).isWaitingAt(AnnualCycleProcess.TASK_PREPARE_YEAR);
	}

	@Test
	void theStartFormsYearArrivesAsAnyNumberTypeOrDigitsAndIsStoredAsInteger() {
		String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
			.processDefinitionKey(AnnualCycleProcess.KEY).latestVersion().singleResult().getId();

		ProcessInstance asDouble = forms.submitStartForm(definitionId, Map.of(Var.YEAR, 2026.0));
		ProcessInstance asLong = forms.submitStartForm(definitionId, Map.of(Var.YEAR, 2027L));
		ProcessInstance asText = forms.submitStartForm(definitionId, Map.of(Var.YEAR, " 2028 "));

		assertThat(asDouble).hasBusinessKey("2026").variables().containsEntry(Var.YEAR, 2026);
		assertThat(asLong).hasBusinessKey("2027").variables().containsEntry(Var.YEAR, 2027);
		assertThat(asText).hasBusinessKey("2028").variables().containsEntry(Var.YEAR, 2028);
	}

	@Test
	void aMissingOrMalformedYearIsRefusedWithADanishMessage() {
		assertThatThrownBy(() -> runtime.startProcessInstanceByKey(AnnualCycleProcess.KEY))
			.isInstanceOf(CycleRefusedException.class).hasMessage("Angiv det år, som årets gang skal gælde for.");
		assertThatThrownBy(() -> start(2027.5))
			.isInstanceOf(CycleRefusedException.class).hasMessageContaining("helt årstal");
		assertThatThrownBy(() -> start("næste år"))
			.isInstanceOf(CycleRefusedException.class).hasMessage("Året skal være et helt årstal, f.eks. 2027, ikke »næste år«.");
		assertThat(runtime.createProcessInstanceQuery().count()).isZero();
		assertThat(cycles.findAll("helsingor")).isEmpty();
	}

	private Job timer(ProcessInstance process) {
		return management.createJobQuery().processInstanceId(process.getId()).timers().singleResult();
	}

	private Job q1Timer(ProcessInstance cycle) {
		return management.createJobQuery().processInstanceId(cycle.getId()).activityId(AnnualCycleProcess.TIMER_Q1_START).singleResult();
	}

	private ProcessInstance start(Object year) {
		return runtime.startProcessInstanceByKey(AnnualCycleProcess.KEY, Map.of(Var.YEAR, year));
	}
}
