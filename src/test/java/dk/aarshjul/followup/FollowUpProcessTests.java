package dk.aarshjul.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

import dk.aarshjul.organisation.OrganisationGroups;
import dk.aarshjul.scope.Party;
import dk.aarshjul.scope.Scope;
import dk.aarshjul.system.SubmissionRefusedException;
import dk.aarshjul.test.ApplicationTest;
import dk.aarshjul.test.ProcessTestSupport;
import dk.aarshjul.test.Submissions;
import dk.aarshjul.test.TestData;

/** "Opfølgning" (bpmn/follow-up.bpmn) for a unit of Center for Skole and for the centre itself. */
@ApplicationTest
class FollowUpProcessTests {

	static final String UNIT = "borupgaard-skole";
	static final String CENTRE = "skole";
	static final int YEAR = 2027;
	static final String LEADER = "leder-borupgaard-skole";
	static final String CHIEF = "chef-skole";
	static final String DIRECTOR = "direktor-born";

	@Autowired
	ProcessEngine engine;
	@Autowired
	RuntimeService runtime;
	@Autowired
	TaskService tasks;
	@Autowired
	ManagementService management;
	@Autowired
	FollowUpService followUps;
	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void setUp() {
		init(engine);
		ProcessTestSupport.clock(2027, 4, 2);
	}

	@AfterEach
	void tearDown() {
		TestData.reset(runtime, jdbc);
	}

	@Test
	void theUnitsLeaderReportsAStatusOnEveryGoalOfTheAgreementAndTheCentreChiefAcknowledgesIt() {
		ProcessTestSupport.signUnitAgreement(runtime, tasks, management, UNIT, YEAR);
		ProcessInstance followUp = start(Party.UNIT, UNIT);

		assertThat(followUp).isWaitingAt(FollowUpProcess.TASK_REPORT).variables()
			.containsEntry(FollowUpProcess.Var.ITEM_COUNT, 2).containsEntry(FollowUpProcess.Var.PARTY_NAME, "Borupgård Skole");
		assertThat(task(followUp)).hasCandidateGroup(OrganisationGroups.unitManagement(UNIT));
		report(followUp, LEADER, "YELLOW");

		assertThat(followUp).isWaitingAt(FollowUpProcess.TASK_ACKNOWLEDGE).hasPassed(FollowUpProcess.GATEWAY_DIALOGUE)
			.hasNotPassed(FollowUpProcess.EVENT_DIALOGUES_REQUESTED);
		assertThat(task(followUp)).hasName("Kvittér for opfølgningen – Borupgård Skole").hasCandidateGroup(OrganisationGroups.centreManagement(CENTRE));
		assertThat((String) runtime.getVariable(followUp.getId(), FollowUpProcess.Var.REPORT))
			.contains("**Status:** Gul – risiko for ikke at nå målet").contains("**Kommentar:** Arbejdet følger planen.");
		acknowledge(followUp, CHIEF, "Tak – vi tager de gule mål op på næste møde.");

		assertThat(followUp).isEnded().hasPassed(FollowUpProcess.END_ACKNOWLEDGED);
		assertThat(followUps.statusesOfYear("helsingor", YEAR)).hasSize(2).allSatisfy(s -> {
			assertThat(s.status()).isEqualTo(FollowUpStatus.YELLOW);
			assertThat(s.goalId()).isNotNull();
			assertThat(s.comment()).isEqualTo("Arbejdet følger planen.");
		});
		assertThat(followUps.acknowledgementsOfYear("helsingor", YEAR)).singleElement().satisfies(a -> {
			assertThat(a.party()).isEqualTo(Party.UNIT);
			assertThat(a.partyId()).isEqualTo(UNIT);
			assertThat(a.reportedBy()).isEqualTo(LEADER);
			assertThat(a.acknowledgedBy()).isEqualTo(CHIEF);
			assertThat(a.acknowledgedAt()).isNotNull();
			assertThat(a.comment()).isEqualTo("Tak – vi tager de gule mål op på næste møde.");
		});
		assertThat(dialogueProcesses()).as("yellow once opens no dialogue").isZero();
	}

	@Test
	void aCentresFollowUpIsAcknowledgedByItsDirector() {
		ProcessInstance followUp = start(Party.CENTRE, CENTRE);
		report(followUp, CHIEF, "GREEN");

		assertThat(task(followUp)).hasDefinitionKey(FollowUpProcess.TASK_ACKNOWLEDGE)
			.hasCandidateGroup(OrganisationGroups.directorate(DIRECTOR));
		acknowledge(followUp, DIRECTOR, "Godt arbejde.");

		assertThat(followUp).isEnded().hasPassed(FollowUpProcess.END_ACKNOWLEDGED);
		assertThat(followUps.acknowledgementsOfYear("helsingor", YEAR)).singleElement()
			.satisfies(a -> assertThat(a.acknowledgedBy()).isEqualTo(DIRECTOR));
		assertThat(dialogueProcesses()).isZero();
	}

	@Test
	void koncernledelsensOwnFollowUpHasNoLevelAboveToAcknowledgeItOrToDiscussItsRedInitiativesWith() {
		ProcessInstance followUp = start(Party.CORPORATE, null);
		report(followUp, "kommunaldirektor", "RED");

		assertThat(followUp).isEnded().hasPassed(FollowUpProcess.END_REPORTED)
			.hasNotPassed(FollowUpProcess.TASK_ACKNOWLEDGE, FollowUpProcess.EVENT_DIALOGUES_REQUESTED);
		assertThat(dialogueProcesses()).isZero();
	}

	@Test
	void theReporterCannotAcknowledgeTheirOwnFollowUpAndACommentIsRequired() {
		ProcessTestSupport.signUnitAgreement(runtime, tasks, management, UNIT, YEAR);
		ProcessInstance followUp = start(Party.UNIT, UNIT);
		report(followUp, LEADER, "GREEN");
		String acknowledgement = task(followUp).getId();
		tasks.claim(acknowledgement, LEADER);

		assertThatThrownBy(() -> tasks.complete(acknowledgement, Map.of(FollowUpProcess.Var.ACKNOWLEDGEMENT, " ")))
			.rootCause().isInstanceOf(SubmissionRefusedException.class)
			.hasMessageStartingWith("Kvitteringen kan ikke gemmes: Du har selv udarbejdet opfølgningen")
			.hasMessageContaining("derfor skal centerchefen eller en anden i centerledelsen træffe beslutningen (fire øjne)")
			.hasMessageContaining("Skriv en kommentar til opfølgningen.");
		assertThatThrownBy(() -> tasks.complete(acknowledgement, Map.of(FollowUpProcess.Var.ACKNOWLEDGEMENT, "Set.")))
			.rootCause().isInstanceOf(SubmissionRefusedException.class).hasMessageContaining("(fire øjne)")
			.message().doesNotContain("Skriv en kommentar");

		tasks.setAssignee(acknowledgement, CHIEF);
		assertThatThrownBy(() -> tasks.complete(acknowledgement, Map.of()))
			.rootCause().isInstanceOf(SubmissionRefusedException.class)
			.hasMessage("Kvitteringen kan ikke gemmes: Skriv en kommentar til opfølgningen.");
		assertThat(followUp).isWaitingAt(FollowUpProcess.TASK_ACKNOWLEDGE);
		assertThat(followUps.acknowledgementsOfYear("helsingor", YEAR)).isEmpty();

		tasks.complete(acknowledgement, Map.of(FollowUpProcess.Var.ACKNOWLEDGEMENT, "Set og drøftet."));
		assertThat(followUp).isEnded();
	}

	@Test
	void aGoalInRedOpensADialogueWhoseAgreedActionIsRecordedWithTheGoalWhileTheFollowUpEnds() {
		ProcessTestSupport.signUnitAgreement(runtime, tasks, management, UNIT, YEAR);
		ProcessInstance followUp = start(Party.UNIT, UNIT);
		Map<String, Object> submission = Submissions.followUp(runtime, followUp.getId(), "GREEN");
		submission.put(FollowUpProcess.Var.ITEM + 2, Submissions.json(Map.of("status", "RED", "comment", "Vi er bagud.")));
		tasks.claim(task(followUp).getId(), LEADER);
		tasks.complete(task(followUp).getId(), submission);

		assertThat(followUp).hasPassed(FollowUpProcess.EVENT_DIALOGUES_REQUESTED).isWaitingAt(FollowUpProcess.TASK_ACKNOWLEDGE);
		ProcessInstance dialogue = dialogueProcess();
		assertThat(dialogue).isWaitingAt(GoalDialogueProcess.TASK_AGREE);
		assertThat(dialogue.getBusinessKey()).isEqualTo(followUp.getBusinessKey());
		Task agree = tasks.createTaskQuery().processInstanceId(dialogue.getId()).singleResult();
		long goalId = followUps.statusesOfYear("helsingor", YEAR).get(1).goalId();
		String title = followUps.statusesOfYear("helsingor", YEAR).get(1).title();
		assertThat(agree.getName()).as("the goal, then whose it is").isEqualTo("Aftal handling for målet »" + title + "« – Borupgård Skole");
		assertThat(agree).hasCandidateGroup(OrganisationGroups.unitManagement(UNIT));
		assertThat((String) tasks.getVariable(agree.getId(), GoalDialogueProcess.Var.CONTEXT))
			.contains(DialogueReason.RED.label()).contains("**2. kvartal:** Rød").contains("Vi er bagud.");

		acknowledge(followUp, CHIEF, "Vi tager en snak om det røde mål.");
		assertThat(followUp).as("the follow-up does not wait for the dialogue").isEnded();
		assertThat(followUps.dialogues(goalId)).singleElement().satisfies(d -> assertThat(d.agreedAction()).isNull());

		assertThatThrownBy(() -> tasks.complete(agree.getId(), Map.of(GoalDialogueProcess.Var.AGREED_ACTION, "")))
			.rootCause().isInstanceOf(SubmissionRefusedException.class)
			.hasMessage("Aftalen kan ikke gemmes: »" + title + "«: skriv, hvad I har aftalt at gøre for at nå målet.");
		tasks.claim(agree.getId(), LEADER);
		tasks.complete(agree.getId(), Map.of(GoalDialogueProcess.Var.AGREED_ACTION, "Ekstra vejledning i efteråret."));
		ProcessTestSupport.executeJobs(management);

		assertThat(dialogue).isEnded().hasPassed(GoalDialogueProcess.END_AGREED);
		assertThat(followUps.dialogues(goalId)).singleElement().satisfies(d -> {
			assertThat(d.quarter()).isEqualTo(2);
			assertThat(d.party()).isEqualTo(Party.UNIT);
			assertThat(d.partyId()).isEqualTo(UNIT);
			assertThat(d.reason()).isEqualTo(DialogueReason.RED);
			assertThat(d.agreedAction()).isEqualTo("Ekstra vejledning i efteråret.");
			assertThat(d.recordedBy()).isEqualTo(LEADER);
			assertThat(d.recordedAt()).isNotNull();
		});
		assertThat(followUps.dialoguesOfYear("helsingor", YEAR)).hasSize(1);
	}

	@Test
	void aGoalInYellowInQ3AfterYellowInQ2OpensADialogueAndOnlyThat() {
		ProcessTestSupport.signUnitAgreement(runtime, tasks, management, UNIT, YEAR);
		ProcessInstance q2 = start(Party.UNIT, UNIT, 2);
		Map<String, Object> q2Report = Submissions.followUp(runtime, q2.getId(), "YELLOW");
		q2Report.put(FollowUpProcess.Var.ITEM + 2, Submissions.json(Map.of("status", "GREEN", "comment", "Godt på vej.")));
		tasks.complete(task(q2).getId(), q2Report);
		assertThat(dialogueProcesses()).as("yellow once opens no dialogue").isZero();
		acknowledge(q2, CHIEF, "Set.");

		ProcessInstance q3 = start(Party.UNIT, UNIT, 3);
		report(q3, LEADER, "YELLOW");

		Task agree = tasks.createTaskQuery().processInstanceId(dialogueProcess().getId()).singleResult();
		long goalId = followUps.statusesOfYear("helsingor", YEAR).get(0).goalId();
		assertThat((String) tasks.getVariable(agree.getId(), GoalDialogueProcess.Var.CONTEXT))
			.contains(DialogueReason.YELLOW_TWICE.label()).contains("**2. kvartal:** Gul").contains("**3. kvartal:** Gul");
		tasks.complete(agree.getId(), Map.of(GoalDialogueProcess.Var.AGREED_ACTION, "Målet justeres ved næste LUS."));
		assertThat(followUps.dialogues(goalId)).singleElement().satisfies(d -> {
			assertThat(d.quarter()).isEqualTo(3);
			assertThat(d.reason()).isEqualTo(DialogueReason.YELLOW_TWICE);
			assertThat(d.agreedAction()).isEqualTo("Målet justeres ved næste LUS.");
		});
		assertThat(followUps.dialoguesOfYear("helsingor", YEAR)).as("the goal green in Q2 is not discussed").hasSize(1);
	}

	@Test
	void aCentresInitiativesInRedAreDiscussedByTheChiefWithTheDirectorOneTaskEach() {
		ProcessInstance followUp = start(Party.CENTRE, CENTRE);
		report(followUp, CHIEF, "RED");

		ProcessInstance dialogue = dialogueProcess();
		List<Task> agreements = tasks.createTaskQuery().processInstanceId(dialogue.getId()).list();
		assertThat(agreements).hasSize(3).allSatisfy(t -> assertThat(t).hasCandidateGroup(OrganisationGroups.centreManagement(CENTRE)));
		agreements.forEach(t -> tasks.complete(t.getId(), Map.of(GoalDialogueProcess.Var.AGREED_ACTION, "Aftalt: " + t.getName())));
		ProcessTestSupport.executeJobs(management);

		assertThat(dialogue).isEnded();
		assertThat(followUp).as("the director still acknowledges").isWaitingAt(FollowUpProcess.TASK_ACKNOWLEDGE);
		Long initiative = followUps.statusesOfYear("helsingor", YEAR).get(0).initiativeId();
		assertThat(followUps.dialoguesOfInitiative(initiative)).singleElement().satisfies(d -> {
			assertThat(d.goalId()).isNull();
			assertThat(d.agreedAction()).startsWith("Aftalt: Aftal handling for målet »");
		});
	}

	@Test
	void aCentreWithoutACentreAgreementFollowsUpOnItsMapAndItsChiefDoesIt() {
		ProcessInstance followUp = start(Party.CENTRE, CENTRE);

		assertThat(task(followUp)).hasCandidateGroup(OrganisationGroups.centreManagement(CENTRE));
		assertThat(followUp).variables().containsEntry(FollowUpProcess.Var.ITEM_COUNT, 3)
			.containsEntry(FollowUpProcess.Var.SOURCE, "initiativerne på centrets strategikort");
	}

	@Test
	void aReportWithoutStatusOrCommentIsRefusedWithEveryProblemAndNothingIsSaved() {
		ProcessTestSupport.signUnitAgreement(runtime, tasks, management, UNIT, YEAR);
		ProcessInstance followUp = start(Party.UNIT, UNIT);
		String report = task(followUp).getId();

		assertThatThrownBy(() -> tasks.complete(report, Map.of(FollowUpProcess.Var.ITEM + 1,
				Submissions.json(Map.of("status", "PURPLE", "comment", " ")))))
			.rootCause().isInstanceOf(SubmissionRefusedException.class)
			.hasMessageContaining("vælg grøn, gul eller rød").hasMessageContaining("skriv en kommentar til status");
		assertThat(followUp).isWaitingAt(FollowUpProcess.TASK_REPORT);
		assertThat(followUps.statusesOfYear("helsingor", YEAR)).isEmpty();
	}

	@Test
	void aUnitWithoutAnAgreementHasNothingToFollowUp() {
		ProcessInstance followUp = start(Party.UNIT, UNIT);

		assertThat(followUp).isEnded().hasPassed(FollowUpProcess.END_NOTHING);
	}

	private ProcessInstance start(Party party, String id) {
		return start(party, id, 2);
	}

	private ProcessInstance start(Party party, String id, int quarter) {
		Map<String, Object> variables = new HashMap<>(Map.of("municipality", "helsingor", "year", YEAR, "quarter", quarter,
				Scope.PARTY_KIND, party.value()));
		if (id != null) {
			variables.put(party == Party.UNIT ? "unit" : "centre", id);
		}
		ProcessInstance process = runtime.startProcessInstanceByKey(FollowUpProcess.KEY, YEAR + ":Q" + quarter + ":" + (id == null ? party.value() : id),
				variables);
		ProcessTestSupport.executeJobs(management);
		return process;
	}

	/** The report, every goal in the given status, by the given person (the task's assignee). */
	private void report(ProcessInstance followUp, String user, String status) {
		String report = task(followUp).getId();
		tasks.claim(report, user);
		tasks.complete(report, Submissions.followUp(runtime, followUp.getId(), status));
	}

	private void acknowledge(ProcessInstance followUp, String user, String comment) {
		String acknowledgement = task(followUp).getId();
		tasks.claim(acknowledgement, user);
		tasks.complete(acknowledgement, Map.of(FollowUpProcess.Var.ACKNOWLEDGEMENT, comment));
	}

	private long dialogueProcesses() {
		return runtime.createProcessInstanceQuery().processDefinitionKey(GoalDialogueProcess.KEY).count();
	}

	private ProcessInstance dialogueProcess() {
		return runtime.createProcessInstanceQuery().processDefinitionKey(GoalDialogueProcess.KEY).singleResult();
	}
}
