package dk.aarshjul.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dk.aarshjul.budget.BudgetTrackProcess.Var;
import dk.aarshjul.cycle.AnnualCycleProcess;
import dk.aarshjul.cycle.CalendarService;
import dk.aarshjul.cycle.Milestone;
import dk.aarshjul.organisation.OrganisationGroups;
import dk.aarshjul.organisation.OrganisationService;
import dk.aarshjul.system.EngineClock;
import dk.aarshjul.system.SubmissionRefusedException;
import dk.aarshjul.test.ApplicationTest;
import dk.aarshjul.test.ProcessTestSupport;
import dk.aarshjul.test.TestData;

/**
 * "Budgetforløbet" on its own, with the built-in budget system: every milestone on its date, registered by the
 * right forum, delivered once; Økonomiudvalget's "not approved" loop; refused registrations.
 */
@ApplicationTest
class BudgetTrackProcessTests {

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
	BudgetService budget;
	@Autowired
	ObjectMapper json;

	@BeforeEach
	void setUp() {
		init(engine);
		ProcessTestSupport.clock(2027, 1, 10);
	}

	@AfterEach
	void tearDown() {
		TestData.reset(runtime, jdbc);
	}

	@Test
	void everyMilestoneWaitsForItsDateIsRegisteredByItsForumAndIsDeliveredOnce() {
		ProcessInstance track = start();
		assertThat(track).isWaitingAt(BudgetTrackProcess.TIMER_BUDGET_PROCESS_APPROVAL);

		fire(track, 2027, 2, 20);
		Task approval = single(BudgetTrackProcess.TASK_APPROVE_BUDGET_PROCESS);
		assertThat(approval).hasCandidateGroup(OrganisationGroups.committee(organisation.current().financeCommittee().id()));
		tasks.complete(approval.getId(), registration("2027-02-20", "Tidsplanen skal strammes.", "nej"));
		Task again = single(BudgetTrackProcess.TASK_APPROVE_BUDGET_PROCESS);
		assertThat(track).hasPassed(BudgetTrackProcess.GATEWAY_BUDGET_PROCESS_APPROVED).isWaitingAt(BudgetTrackProcess.TASK_APPROVE_BUDGET_PROCESS);
		assertThat(budget.delivered(key(Milestone.BUDGET_PROCESS_APPROVAL))).as("not approved: nothing to deliver yet").isFalse();
		ProcessTestSupport.clock(2027, 3, 5);
		tasks.complete(again.getId(), registration("2027-03-05", "Budgetprocessen godkendt.", "ja"));
		ProcessTestSupport.executeJobs(management);
		assertThat(budget.delivered(key(Milestone.BUDGET_PROCESS_APPROVAL))).isTrue();
		assertThat(track).isWaitingAt(BudgetTrackProcess.TIMER_BUDGET_MEETING);

		fire(track, 2027, 5, 20);
		tasks.complete(single(BudgetTrackProcess.TASK_REGISTER_BUDGET_MEETING).getId(), registration("2027-05-20", "Første skøn: balance.", null));
		ProcessTestSupport.executeJobs(management);

		fire(track, 2027, 8, 20);
		List<Task> committees = tasks.createTaskQuery().taskDefinitionKey(BudgetTrackProcess.TASK_REGISTER_COMMITTEE_MEETING_1).list();
		assertThat(committees).hasSize(organisation.committeeIds().size());
		committees.forEach(t -> tasks.complete(t.getId(), registration("2027-08-20", "Udvalgets ønsker drøftet.", null)));
		ProcessTestSupport.executeJobs(management);
		fire(track, 2027, 9, 3);
		tasks.createTaskQuery().taskDefinitionKey(BudgetTrackProcess.TASK_REGISTER_COMMITTEE_MEETING_2).list()
			.forEach(t -> tasks.complete(t.getId(), registration("2027-09-03", "Prioriteringer vedtaget.", null)));
		ProcessTestSupport.executeJobs(management);

		fire(track, 2027, 9, 17);
		Task first = single(BudgetTrackProcess.TASK_REGISTER_FIRST_READING);
		assertThat(first).hasCandidateGroup(OrganisationGroups.SECRETARIAT);
		tasks.complete(first.getId(), registration("2027-09-17", "Oversendt til 2. behandling.", null));
		ProcessTestSupport.executeJobs(management);
		fire(track, 2027, 10, 8);
		tasks.complete(single(BudgetTrackProcess.TASK_REGISTER_SECOND_READING).getId(), registration("2027-10-08", "Budget 2028 vedtaget.", null));
		ProcessTestSupport.executeJobs(management);
		fire(track, 2027, 11, 10);
		tasks.createTaskQuery().taskDefinitionKey(BudgetTrackProcess.TASK_BRIEF_COMMITTEE).list()
			.forEach(t -> tasks.complete(t.getId(), registration("2027-11-10", "Orienteret.", null)));
		ProcessTestSupport.executeJobs(management);

		assertThat(track).isEnded().hasPassed(BudgetTrackProcess.END_EVENT);
		for (Milestone milestone : BudgetTrackProcess.SYNC_TASKS.keySet()) {
			assertThat(track).hasPassed(BudgetTrackProcess.SYNC_TASKS.get(milestone), BudgetTrackProcess.deliveredEndEvent(milestone));
		}
		assertThat(jdbc.sql("SELECT milestone FROM budget_delivery").query(String.class).list())
			.containsExactlyInAnyOrder(Milestone.BUDGET_PROCESS_APPROVAL.name(), Milestone.BUDGET_MEETING.name(),
					Milestone.COMMITTEE_BUDGET_MEETING_1.name(), Milestone.COMMITTEE_BUDGET_MEETING_2.name(),
					Milestone.FIRST_READING.name(), Milestone.SECOND_READING.name(), Milestone.COMMITTEE_BUDGET_BRIEFING.name());
		assertThat(budget.registrations(MUNICIPALITY, 2027, Milestone.BUDGET_PROCESS_APPROVAL)).extracting(r -> r.outcome())
			.containsExactly("Ikke godkendt; behandles igen. Tidsplanen skal strammes.", "Godkendt. Budgetprocessen godkendt.");
		assertThat(budget.registrations(MUNICIPALITY, 2027, Milestone.COMMITTEE_BUDGET_MEETING_1))
			.extracting(r -> r.committee()).containsExactlyInAnyOrderElementsOf(organisation.committeeIds());
	}

	@Test
	void eachDeliveryRunsBesideTheTrackAndTheTrackEndsWhenTheLastDeliveryHasEnded() {
		ProcessInstance track = start();
		fire(track, 2027, 2, 20);
		tasks.complete(single(BudgetTrackProcess.TASK_APPROVE_BUDGET_PROCESS).getId(), registration("2027-02-20", "Godkendt.", "ja"));
		assertThat(track).isWaitingAt(BudgetTrackProcess.TASK_SYNC_BUDGET_PROCESS_APPROVAL, BudgetTrackProcess.TIMER_BUDGET_MEETING);

		// No delivery is run: every registration still comes on its date.
		registerOnItsDate(track, 2027, 5, 20, BudgetTrackProcess.TASK_REGISTER_BUDGET_MEETING);
		registerOnItsDate(track, 2027, 8, 20, BudgetTrackProcess.TASK_REGISTER_COMMITTEE_MEETING_1);
		registerOnItsDate(track, 2027, 9, 3, BudgetTrackProcess.TASK_REGISTER_COMMITTEE_MEETING_2);
		registerOnItsDate(track, 2027, 9, 17, BudgetTrackProcess.TASK_REGISTER_FIRST_READING);
		registerOnItsDate(track, 2027, 10, 8, BudgetTrackProcess.TASK_REGISTER_SECOND_READING);
		registerOnItsDate(track, 2027, 11, 10, BudgetTrackProcess.TASK_BRIEF_COMMITTEE);

		assertThat(track).hasPassed(BudgetTrackProcess.END_EVENT).isNotEnded()
			.isWaitingAt(BudgetTrackProcess.SYNC_TASKS.values().toArray(String[]::new));
		assertThat(management.createJobQuery().processInstanceId(track.getId()).count()).isEqualTo(7);
		assertThat(jdbc.sql("SELECT count(*) FROM budget_delivery").query(Integer.class).single()).isZero();

		// Each delivery has a name that says which milestone it is, for an incident in Cockpit.
		BpmnModelInstance model = engine.getRepositoryService().getBpmnModelInstance(track.getProcessDefinitionId());
		assertThat(BudgetTrackProcess.SYNC_TASKS.values().stream().map(id -> model.<ServiceTask>getModelElementById(id).getName()))
			.containsExactlyInAnyOrder("Meld budgetprocessen til budgetsystemet", "Meld budgetmødet til budgetsystemet",
					"Meld fagudvalgenes 1. budgetmøde til budgetsystemet", "Meld fagudvalgenes 2. budgetmøde til budgetsystemet",
					"Meld 1. behandling til budgetsystemet", "Meld 2. behandling til budgetsystemet",
					"Meld orienteringen om budgettet til budgetsystemet");

		ProcessTestSupport.executeJobs(management);
		assertThat(track).isEnded();
		assertThat(jdbc.sql("SELECT count(*) FROM budget_delivery").query(Integer.class).single()).isEqualTo(7);
	}

	@Test
	void aBudgetProcessApprovedInDecemberOfTheYearBeforeIsRegisteredAndDelivered(@Autowired CalendarService calendars) {
		calendars.change(MUNICIPALITY, 2027, Map.of(Milestone.BUDGET_PROCESS_APPROVAL, LocalDate.of(2026, 12, 18)));
		ProcessTestSupport.clock(2026, 12, 1);
		ProcessInstance track = start();
		assertThat(track).isWaitingAt(BudgetTrackProcess.TIMER_BUDGET_PROCESS_APPROVAL);

		fire(track, 2026, 12, 18);
		Task approval = single(BudgetTrackProcess.TASK_APPROVE_BUDGET_PROCESS);
		assertThat(approval.getDueDate().toInstant().atZone(EngineClock.DANISH_TIME).toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 18));
		assertThatThrownBy(() -> tasks.complete(approval.getId(), registration("2025-12-18", "Godkendt.", "ja")))
			.rootCause().hasMessageContaining("Mødet skal ligge i 2026 eller 2027 og ikke efter i dag, ikke 18.12.2025.");
		tasks.complete(approval.getId(), registration("2026-12-18", "Budgetprocessen for 2028–31 godkendt.", "ja"));
		ProcessTestSupport.executeJobs(management);

		assertThat(budget.delivered(key(Milestone.BUDGET_PROCESS_APPROVAL))).isTrue();
		assertThat(budget.registrations(MUNICIPALITY, 2027, Milestone.BUDGET_PROCESS_APPROVAL)).singleElement()
			.satisfies(r -> assertThat(r.heldOn()).isEqualTo(LocalDate.of(2026, 12, 18)));
		assertThat(track).isWaitingAt(BudgetTrackProcess.TIMER_BUDGET_MEETING);
	}

	@Test
	void anApprovalDateThatHasPassedWhenTheTrackStartsGivesTheTaskAtOnce(@Autowired CalendarService calendars) {
		calendars.change(MUNICIPALITY, 2027, Map.of(Milestone.BUDGET_PROCESS_APPROVAL, LocalDate.of(2026, 12, 18)));
		// The preparation finished late: the track starts after the approval's date.
		ProcessTestSupport.clock(2027, 1, 4);
		ProcessInstance track = start();
		ProcessTestSupport.executeJobs(management);

		assertThat(track).isWaitingAt(BudgetTrackProcess.TASK_APPROVE_BUDGET_PROCESS);
	}

	@Test
	void theBuiltInBudgetSystemKeepsEachMilestoneOnceAsJson() throws Exception {
		ProcessInstance track = start();
		fire(track, 2027, 2, 20);
		tasks.complete(single(BudgetTrackProcess.TASK_APPROVE_BUDGET_PROCESS).getId(), registration("2027-02-20", "Godkendt uden bemærkninger.", "ja"));
		ProcessTestSupport.executeJobs(management);

		assertThat(budget.sync(MUNICIPALITY, 2027, Milestone.BUDGET_PROCESS_APPROVAL)).as("a repeat is not sent").isFalse();

		List<String> payloads = jdbc.sql("SELECT payload FROM budget_ledger WHERE idempotency_key = ?")
			.param(key(Milestone.BUDGET_PROCESS_APPROVAL)).query(String.class).list();
		assertThat(payloads).hasSize(1);
		JsonNode payload = json.readTree(payloads.get(0));
		assertThat(payload.get("milestone").asText()).isEqualTo("BUDGET_PROCESS_APPROVAL");
		assertThat(payload.get("budgetYear").asInt()).isEqualTo(2028);
		assertThat(payload.get("plannedOn").asText()).isEqualTo("2027-02-20");
		assertThat(payload.get("registrations").get(0).get("outcome").asText()).isEqualTo("Godkendt. Godkendt uden bemærkninger.");
	}

	@Test
	void aRegistrationWithoutDateOutcomeOrDecisionOrDatedInTheFutureIsRefusedAndTheTaskStaysOpen() {
		ProcessInstance track = start();
		fire(track, 2027, 2, 20);
		String approval = single(BudgetTrackProcess.TASK_APPROVE_BUDGET_PROCESS).getId();

		assertThatThrownBy(() -> tasks.complete(approval, Map.of(Var.OUTCOME, " ")))
			.rootCause().isInstanceOf(SubmissionRefusedException.class)
			.hasMessage("Registreringen af »Økonomiudvalget godkender budgetprocessen« kan ikke gemmes: Angiv mødets dato. "
					+ "Skriv resultatet og beslutningerne. Angiv, om budgetprocessen er godkendt (ja eller nej).");
		assertThatThrownBy(() -> tasks.complete(approval, registration("2027-03-01", "Godkendt.", "ja")))
			.rootCause().hasMessageContaining("Mødet skal ligge i 2026 eller 2027 og ikke efter i dag, ikke 01.03.2027.");

		assertThat(track).isWaitingAt(BudgetTrackProcess.TASK_APPROVE_BUDGET_PROCESS);
		assertThat(budget.registrations(MUNICIPALITY, 2027, Milestone.BUDGET_PROCESS_APPROVAL)).isEmpty();
	}

	private ProcessInstance start() {
		return runtime.startProcessInstanceByKey(BudgetTrackProcess.KEY, "2027",
				Map.of(AnnualCycleProcess.Var.YEAR, 2027, AnnualCycleProcess.Var.MUNICIPALITY, MUNICIPALITY));
	}

	private void fire(ProcessInstance track, int year, int month, int day) {
		ProcessTestSupport.clock(year, month, day);
		Job timer = management.createJobQuery().processInstanceId(track.getId()).timers().singleResult();
		management.executeJob(timer.getId());
	}

	/** The milestone's timer fires on its date; its task (one per committee, or one) is there and is registered. */
	private void registerOnItsDate(ProcessInstance track, int year, int month, int day, String taskKey) {
		assertThat(tasks.createTaskQuery().taskDefinitionKey(taskKey).count()).isZero();
		fire(track, year, month, day);
		List<Task> open = tasks.createTaskQuery().taskDefinitionKey(taskKey).list();
		assertThat(open).isNotEmpty();
		open.forEach(t -> tasks.complete(t.getId(), registration(LocalDate.of(year, month, day).toString(), "Behandlet.", null)));
		// The committees' tasks continue asynchronously (they may be completed at the same time); not the deliveries.
		management.createJobQuery().processInstanceId(track.getId()).activityId(taskKey).list()
			.forEach(j -> management.executeJob(j.getId()));
	}

	private Task single(String taskKey) {
		return tasks.createTaskQuery().taskDefinitionKey(taskKey).singleResult();
	}

	private static String key(Milestone milestone) {
		return BudgetMilestoneMessage.idempotencyKey(MUNICIPALITY, 2027, milestone.name());
	}

	static Map<String, Object> registration(String heldOn, String outcome, String approved) {
		return approved == null ? Map.of(Var.HELD_ON, heldOn, Var.OUTCOME, outcome)
				: Map.of(Var.HELD_ON, heldOn, Var.OUTCOME, outcome, Var.APPROVED, approved);
	}
}
