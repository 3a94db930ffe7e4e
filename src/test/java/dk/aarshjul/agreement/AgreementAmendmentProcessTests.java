package dk.aarshjul.agreement;

import static dk.aarshjul.agreement.AgreementForms.developmentGoals;
import static dk.aarshjul.agreement.AgreementForms.draft;
import static dk.aarshjul.agreement.AgreementForms.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.ObjectMapper;

import dk.aarshjul.agreement.AgreementAmendmentProcess.Var;
import dk.aarshjul.followup.FollowUpProcess;
import dk.aarshjul.scope.Party;
import dk.aarshjul.system.FourEyes;
import dk.aarshjul.system.SubmissionRefusedException;
import dk.aarshjul.test.ApplicationTest;
import dk.aarshjul.test.ProcessTestSupport;
import dk.aarshjul.test.Submissions;
import dk.aarshjul.test.TestData;

/**
 * "Ændrede forudsætninger" (bpmn/agreement-amendment.bpmn) for Borupgård Skole's agreement for 2027, in force, and
 * for Center for Skole's centre agreement: started as the leader, chief or director would from Tasklist.
 */
@ApplicationTest
class AgreementAmendmentProcessTests {

	static final String UNIT = "borupgaard-skole";
	static final String LEADER = "leder-borupgaard-skole";
	static final String CHIEF = "chef-skole";
	static final int YEAR = 2027;

	@Autowired
	ProcessEngine engine;
	@Autowired
	RuntimeService runtime;
	@Autowired
	TaskService tasks;
	@Autowired
	IdentityService identity;
	@Autowired
	AgreementService agreements;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	ManagementService management;

	@BeforeEach
	void setUp() {
		init(engine);
		ProcessTestSupport.clock(YEAR - 1, 12, 1);
	}

	@AfterEach
	void tearDown() {
		identity.clearAuthentication();
		TestData.reset(runtime, jdbc);
	}

	@Test
	void theLeaderReportsChangedPremisesAndTheChiefAgreesTheAgreementStands() {
		agreementInForce();
		ProcessInstance change = report(LEADER, null, "ECONOMY", "Rammen er beskåret med 400.000 kr. fra 1. maj.");

		assertThat(change).isWaitingAt(AgreementAmendmentProcess.TASK_COUNTERPART_ANSWERS);
		assertThat(task(change)).hasCandidateGroup("center-skole").hasName("Tag stilling til ændrede forudsætninger – Borupgård Skole");
		assertThat((String) runtime.getVariable(change.getId(), Var.PREMISES_SUMMARY))
			.contains("melder, at forudsætningerne for aftalen for 2027 er ændret: **den økonomiske ramme**")
			.contains("Rammen er beskåret med 400.000 kr.").contains("**Økonomisk ramme for 2027:** 1.000 kr.");

		answer(change, CHIEF, "stands", "Målene kan nås inden for den nye ramme.");

		assertThat(change).isEnded().hasPassed(AgreementAmendmentProcess.END_STANDS);
		assertThat(versions()).extracting(Agreement::status).containsExactly(Agreement.Status.APPROVED);
		assertThat(jdbc.sql("SELECT outcome FROM premises_change").query(String.class).single()).isEqualTo("STANDS");
	}

	@Test
	void theChiefReportsTheLeaderDraftsTheAmendmentAndTheChiefApprovesItAsANewVersion() throws Exception {
		Agreement first = agreementInForce();
		ProcessInstance change = report(CHIEF, "Borupgård Skole", "LEGISLATION", "Ny lov om prøver træder i kraft 1. august.");

		assertThat(change).isWaitingAt(AgreementAmendmentProcess.TASK_OWNER_ANSWERS);
		assertThat(task(change)).hasCandidateGroup("enhed-borupgaard-skole");
		answer(change, LEADER, "amend", "Målet for prøverne skal skrives om.");

		assertThat(change).isWaitingAt(AgreementAmendmentProcess.TASK_DRAFT_AMENDMENT);
		assertThat(task(change)).hasCandidateGroup("enhed-borupgaard-skole");
		@SuppressWarnings("unchecked")
		Map<String, Object> prefilled = new ObjectMapper().readValue(runtime.getVariable(change.getId(), "developmentGoal1").toString(), Map.class);
		assertThat(prefilled).containsEntry("title", "Udviklingsmål nummer 1")
			.containsEntry("amends", String.valueOf(first.goals().get(0).id()));
		assertThat(runtime.getVariable(change.getId(), "economicFrame")).as("as the form shows it").isEqualTo("1.000");

		// Sent back once, then approved.
		prefilled.put("target", "97 %");
		completeAs(LEADER, change, Map.of("economicFrame", 900, "developmentGoal1", json(prefilled)));
		assertThat(change).isWaitingAt(AgreementAmendmentProcess.TASK_APPROVE_AMENDMENT);
		assertThat(task(change)).hasCandidateGroup("center-skole");
		assertThat((String) runtime.getVariable(change.getId(), UnitAgreementProcess.Var.SUMMARY))
			.startsWith("**Ændret aftale, version 2** – erstatter version 1, når den godkendes.");
		decide(change, CHIEF, withVariables(UnitAgreementProcess.Var.DECISION, "return", UnitAgreementProcess.Var.RETURN_COMMENT,
				"Skriv, hvordan prøverne følges."));
		assertThat(change).isWaitingAt(AgreementAmendmentProcess.TASK_DRAFT_AMENDMENT);
		assertThat(versions()).extracting(Agreement::status)
			.containsExactly(Agreement.Status.APPROVED, Agreement.Status.RETURNED);

		completeAs(LEADER, change, Map.of("economicFrame", 900, "developmentGoal1", json(prefilled)));
		decide(change, CHIEF, withVariables(UnitAgreementProcess.Var.DECISION, "approve"));

		assertThat(change).isEnded().hasPassed(AgreementAmendmentProcess.END_AMENDED);
		List<Agreement> versions = versions();
		assertThat(versions).extracting(Agreement::version).containsExactly(1, 2);
		assertThat(versions).extracting(Agreement::status).containsExactly(Agreement.Status.SUPERSEDED, Agreement.Status.APPROVED);
		assertThat(versions.get(0).supersededAt()).isNotNull();
		Agreement amended = agreements.approved("helsingor", Party.UNIT, UNIT, YEAR).orElseThrow();
		assertThat(amended.version()).isEqualTo(2);
		assertThat(amended.economicFrame()).isEqualByComparingTo("900");
		assertThat(amended.goals()).extracting(Goal::target).containsExactly("97 %", "95 %");
		assertThat(amended.goals().get(0).amendsGoal()).isEqualTo(first.goals().get(0).id());
		assertThat(amended.decidedBy()).isEqualTo(CHIEF);
		assertThat(amended.draftedBy()).isEqualTo(LEADER);
	}

	@Test
	void aFollowUpAskedForBeforeAnAmendmentIsReportedOnTheVersionItWasAskedFor() {
		Agreement first = agreementInForce();
		ProcessInstance followUp = runtime.startProcessInstanceByKey(FollowUpProcess.KEY, YEAR + ":Q2:" + UNIT,
				Map.of("year", YEAR, "municipality", "helsingor", "unit", UNIT, "quarter", 2, "partyKind", "enhed"));
		ProcessTestSupport.executeJobs(management);
		assertThat(followUp).isWaitingAt(FollowUpProcess.TASK_REPORT);

		ProcessInstance change = report(LEADER, null, "OTHER", "Ny souschef.");
		answer(change, CHIEF, "amend", "Målene skrives om.");
		completeAs(LEADER, change, Map.of("economicFrame", 1_000, "otherGoal1", json(Map.of("omit", true))));
		decide(change, CHIEF, withVariables(UnitAgreementProcess.Var.DECISION, "approve"));
		assertThat(agreements.approved("helsingor", Party.UNIT, UNIT, YEAR).orElseThrow().goals()).hasSize(1);

		complete(task(followUp), Submissions.followUp(runtime, followUp.getId(), "GREEN"));

		assertThat(jdbc.sql("SELECT goal_id FROM follow_up_status ORDER BY sort_order").query(Long.class).list())
			.as("the goals of version 1, as asked for").containsExactlyElementsOf(first.goals().stream().map(Goal::id).toList());
	}

	@Test
	void anAmendmentNotApprovedBeforeTheYearEndsLapsesAndTheVersionInForceStands() {
		agreementInForce();
		ProcessInstance change = report(LEADER, "", "STAFF", "Souschefen er fratrådt.");
		answer(change, CHIEF, "amend", "Målene skal nedskaleres.");
		assertThat(change).isWaitingAt(AgreementAmendmentProcess.TASK_DRAFT_AMENDMENT);

		ProcessTestSupport.clock(YEAR + 1, 1, 1);
		execute(job(AgreementAmendmentProcess.TIMER_YEAR_END, change));

		assertThat(change).isEnded().hasPassed(AgreementAmendmentProcess.TASK_LAPSE, AgreementAmendmentProcess.END_LAPSED);
		assertThat(versions()).extracting(Agreement::status).containsExactly(Agreement.Status.APPROVED, Agreement.Status.LAPSED);
		assertThat(agreements.approved("helsingor", Party.UNIT, UNIT, YEAR).orElseThrow().version()).isEqualTo(1);
	}

	@Test
	void aReportThatCannotBeHandledIsRefusedInDanishAndNothingStarts() {
		// No agreement in force yet.
		ProcessTestSupport.clock(YEAR, 4, 15);
		assertRefused(LEADER, null, "OTHER", "Noget.", "Borupgård Skole har ingen godkendt aftale for 2027; ændrede forudsætninger meldes for en aftale, der er i kraft.");
		agreementInForce();
		assertRefused(LEADER, "Hellebæk Skole", "OTHER", "Noget.",
				"»Hellebæk Skole« er ikke en enhed eller et center, du er part i en aftale med. Du kan vælge: Borupgård Skole.");
		assertRefused(CHIEF, "Borupgård Skole", null, " ",
				"Vælg, hvad der er ændret: den økonomiske ramme, lovgivningen, personalet eller andet.",
				"Beskriv, hvad der er ændret, og hvad det betyder for aftalen.");
		assertRefused("sekretariat", null, "OTHER", "Noget.",
				"Du er ikke part i nogen aftale for 2027: ændrede forudsætninger meldes af enhedens leder eller centerchef, eller af centrets chef eller direktør.");
		assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(AgreementAmendmentProcess.KEY).count()).isZero();

		ProcessInstance open = report(LEADER, null, "OTHER", "Noget.");
		assertRefused(CHIEF, "borupgård skole", "OTHER", "Noget andet.",
				"Der er allerede meldt ændrede forudsætninger for Borupgård Skoles aftale for 2027, og de er ikke afklaret endnu.");

		// The reporter cannot answer their own report: the answer is the other party's task.
		String answer = task(open).getId();
		as(LEADER);
		assertThatThrownBy(() -> tasks.complete(answer, Map.of(Var.DECISION, "stands", Var.ANSWER, "Fint.")))
			.isInstanceOf(AuthorizationException.class);
		as(CHIEF);
		assertThatThrownBy(() -> tasks.complete(answer, Map.of(Var.DECISION, "måske")))
			.rootCause().isInstanceOfSatisfying(SubmissionRefusedException.class, e -> assertThat(e.problems()).containsExactly(
					"Vælg, om aftalen står ved magt, eller om den skal ændres.", "Skriv jeres vurdering af de ændrede forudsætninger."));
		identity.clearAuthentication();
		assertThat(open).isWaitingAt(AgreementAmendmentProcess.TASK_COUNTERPART_ANSWERS);
	}

	@Test
	void aCentreAgreementIsAmendedBetweenChiefAndDirectorAndApprovedByAnotherMemberOfKoncernledelsen() {
		ProcessTestSupport.clock(YEAR - 1, 11, 20);
		ProcessInstance centre = runtime.startProcessInstanceByKey(CentreAgreementProcess.KEY, (YEAR - 1) + ":skole",
				Map.of("year", YEAR - 1, "municipality", "helsingor", "centre", "skole"));
		assertThat(centre).isWaitingAt(CentreAgreementProcess.TASK_PREPARE);
		execute(job());
		completeAs(CHIEF, centre, draft(50_000_000, developmentGoals(1, AgreementDrafts.initiatives(runtime, centre.getId()), YEAR), YEAR));
		completeAs("cmed-tr-skole", centre, ProcessTestSupport.noRemarks());
		completeAs("kommunaldirektor", centre, withVariables(UnitAgreementProcess.Var.DECISION, "approve"));
		ProcessTestSupport.clock(YEAR, 3, 1);

		ProcessInstance change = report(CHIEF, "Center for Skole", "ECONOMY", "Besparelse på 2 mio. kr.");
		assertThat(change).isWaitingAt(AgreementAmendmentProcess.TASK_COUNTERPART_ANSWERS);
		assertThat(task(change)).hasCandidateGroup("direktoromraade-direktor-born");
		answer(change, "direktor-born", "amend", "Projekterne skal prioriteres.");
		assertThat(task(change)).hasCandidateGroup("center-skole");
		completeAs(CHIEF, change, Map.of("economicFrame", 48_000_000));
		assertThat(change).isWaitingAt(AgreementAmendmentProcess.TASK_APPROVE_AMENDMENT);
		assertThat(task(change)).hasCandidateGroup("koncernledelsen");

		String approval = task(change).getId();
		as(CHIEF);
		assertThatThrownBy(() -> tasks.complete(approval, Map.of(UnitAgreementProcess.Var.DECISION, "approve")))
			.rootCause().isInstanceOf(FourEyes.Refused.class)
			.hasMessage("Beslutningen kan ikke gemmes: Du har selv udarbejdet centeraftalen; derfor skal et andet medlem af Koncernledelsen træffe beslutningen (fire øjne).");
		as("kommunaldirektor");
		tasks.complete(approval, Map.of(UnitAgreementProcess.Var.DECISION, "approve"));
		identity.clearAuthentication();

		assertThat(change).isEnded().hasPassed(AgreementAmendmentProcess.END_AMENDED);
		assertThat(agreements.approved("helsingor", Party.CENTRE, "skole", YEAR).orElseThrow().economicFrame())
			.isEqualByComparingTo("48000000");
	}

	private Agreement agreementInForce() {
		ProcessInstance process = runtime.startProcessInstanceByKey(UnitAgreementProcess.KEY, YEAR + ":" + UNIT,
				Map.of("year", YEAR, "municipality", "helsingor", "unit", UNIT));
		assertThat(process).isWaitingAt(UnitAgreementProcess.TASK_PREPARE);
		execute(job());
		completeAs(LEADER, process, draft(1_000, developmentGoals(1, AgreementDrafts.initiatives(runtime, process.getId()), YEAR), YEAR));
		completeAs("amed-tr-borupgaard", process, ProcessTestSupport.noRemarks());
		completeAs(CHIEF, process, withVariables(UnitAgreementProcess.Var.DECISION, "approve"));
		identity.clearAuthentication();
		ProcessTestSupport.clock(YEAR, 4, 15);
		return agreements.approved("helsingor", Party.UNIT, UNIT, YEAR).orElseThrow();
	}

	private ProcessInstance report(String user, String party, String reason, String description) {
		as(user);
		try {
			Map<String, Object> form = new java.util.HashMap<>();
			form.put(Var.PARTY_NAME, party);
			form.put(Var.REASON, reason);
			form.put(Var.DESCRIPTION, description);
			return runtime.startProcessInstanceByKey(AgreementAmendmentProcess.KEY, form);
		}
		finally {
			identity.clearAuthentication();
		}
	}

	private void assertRefused(String user, String party, String reason, String description, String... problems) {
		assertThatThrownBy(() -> report(user, party, reason, description))
			.isInstanceOfSatisfying(SubmissionRefusedException.class, e -> assertThat(e.problems()).containsExactly(problems));
	}

	private void answer(ProcessInstance change, String user, String decision, String text) {
		decide(change, user, withVariables(Var.DECISION, decision, Var.ANSWER, text));
	}

	private void decide(ProcessInstance change, String user, Map<String, Object> variables) {
		completeAs(user, change, variables);
	}

	/** Completes the process's task as the user, logged in with their groups, as Tasklist does. */
	private void completeAs(String user, ProcessInstance process, Map<String, Object> variables) {
		assertThat(process).isActive();
		String id = task(process).getId();
		as(user);
		try {
			tasks.complete(id, variables);
		}
		finally {
			identity.clearAuthentication();
		}
	}

	/** Logged in as the user, with their groups, as Tasklist and the REST API authenticate. */
	private void as(String user) {
		ProcessTestSupport.logIn(identity, user);
	}

	private List<Agreement> versions() {
		return agreements.agreementsOf("helsingor", Party.UNIT, UNIT).stream().filter(a -> a.year() == YEAR).toList();
	}
}
