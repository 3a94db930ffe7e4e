package dk.aarshjul.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.HashMap;
import java.util.Map;

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

import dk.aarshjul.med.MedCouncil;
import dk.aarshjul.med.MedStatement;
import dk.aarshjul.med.MedStatementOutcome;
import dk.aarshjul.med.MedStatementPoint;
import dk.aarshjul.med.MedStatementService;
import dk.aarshjul.organisation.OrganisationGroups;
import dk.aarshjul.scope.Party;
import dk.aarshjul.system.SubmissionRefusedException;
import dk.aarshjul.test.ApplicationTest;
import dk.aarshjul.test.ProcessTestSupport;
import dk.aarshjul.test.TestData;

/** "Centeraftale" (bpmn/centre-agreement.bpmn) for Center for Skole, drafted in Q4 2026 for 2027. */
@ApplicationTest
class CentreAgreementProcessTests {

	@Autowired
	ProcessEngine engine;
	@Autowired
	RuntimeService runtime;
	@Autowired
	TaskService tasks;
	@Autowired
	ManagementService management;
	@Autowired
	AgreementService agreements;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	MedStatementService statements;

	@BeforeEach
	void setUp() {
		init(engine);
		ProcessTestSupport.clock(2026, 11, 20);
	}

	@AfterEach
	void tearDown() {
		TestData.reset(runtime, jdbc);
	}

	@Test
	void theCentreChiefDraftsKoncernledelsenSendsItBackOnceThenApproves() {
		ProcessInstance process = start();

		assertThat(process).isWaitingAt(CentreAgreementProcess.TASK_DRAFT).variables()
			.containsEntry(CentreAgreementProcess.Var.AGREEMENT_YEAR, 2027);
		assertThat(task(process)).hasCandidateGroup(OrganisationGroups.centreManagement("skole"));
		tasks.complete(task(process).getId(), AgreementDrafts.valid(runtime, process.getId(), 2027));

		assertThat(task(process)).hasDefinitionKey(CentreAgreementProcess.TASK_MED_STATEMENT)
			.hasCandidateGroup("c-med-skole").hasDueDate(ProcessTestSupport.dueAt(2026, 12, 15));
		tasks.setAssignee(task(process).getId(), "cmed-formand");
		tasks.complete(task(process).getId(), Map.of(MedStatementPoint.Var.CHOICE, "GIVEN",
				MedStatementPoint.Var.TEXT, "C-MED bakker op om aftalen."));

		assertThat(runtime.getVariable(process.getId(), MedStatementPoint.Var.FOR_DECIDER))
			.isEqualTo("**C-MED's udtalelse** (20.11.2026):\n\nC-MED bakker op om aftalen.");
		assertThat(task(process)).hasDefinitionKey(CentreAgreementProcess.TASK_APPROVE)
			.hasCandidateGroup(OrganisationGroups.CORPORATE_MANAGEMENT);
		tasks.complete(task(process).getId(), Map.of(UnitAgreementProcess.Var.DECISION, "return",
				UnitAgreementProcess.Var.RETURN_COMMENT, "Knyt målene tættere til kortet."));
		assertThat(task(process)).hasDefinitionKey(CentreAgreementProcess.TASK_DRAFT);
		assertThat(agreements.agreementsOf("helsingor", Party.CENTRE, "skole")).singleElement()
			.satisfies(a -> assertThat(a.returnComment()).isEqualTo("Knyt målene tættere til kortet."));
		ProcessTestSupport.clock(2026, 12, 14);
		tasks.complete(task(process).getId(), AgreementDrafts.valid(runtime, process.getId(), 2027));

		assertThat(task(process)).as("shared again: three days, past the agreements' deadline")
			.hasDefinitionKey(CentreAgreementProcess.TASK_MED_STATEMENT).hasDueDate(ProcessTestSupport.dueAt(2026, 12, 17));
		ProcessTestSupport.clock(2026, 12, 18);
		execute(job(CentreAgreementProcess.TIMER_MED_STATEMENT_DUE, process));
		assertThat(process).hasPassed(CentreAgreementProcess.TASK_RECORD_MISSING_MED_STATEMENT);
		assertThat(runtime.getVariable(process.getId(), MedStatementPoint.Var.FOR_DECIDER))
			.isEqualTo("**C-MED** afgav ikke udtalelse inden fristen (18.12.2026); udkastet behandles uden.");
		tasks.complete(task(process).getId(), Map.of(UnitAgreementProcess.Var.DECISION, "approve"));

		assertThat(process).isEnded().hasPassed(CentreAgreementProcess.END_EVENT);
		long agreementId = agreements.agreementsOf("helsingor", Party.CENTRE, "skole").get(0).id();
		assertThat(statements.statementsOf(MedStatementPoint.Subject.CENTRE_AGREEMENT, agreementId))
			.extracting(MedStatement::council, MedStatement::councilOf, MedStatement::outcome, MedStatement::givenBy)
			.containsExactly(tuple(MedCouncil.C_MED, "skole", MedStatementOutcome.GIVEN, "cmed-formand"),
					tuple(MedCouncil.C_MED, "skole", MedStatementOutcome.MISSING, null));
		assertThat(agreements.approved("helsingor", Party.CENTRE, "skole", 2027)).get()
			.satisfies(a -> assertThat(a.goals()).hasSize(2));
	}

	@Test
	void aDraftWithFourDevelopmentGoalsOrAGoalDueInTheWrongYearIsRefused() {
		ProcessInstance process = start();
		Map<String, Object> draft = new HashMap<>(AgreementDrafts.valid(runtime, process.getId(), 2026));
		draft.put(UnitAgreementProcess.Var.DEVELOPMENT_GOAL + 4, draft.get(UnitAgreementProcess.Var.DEVELOPMENT_GOAL + 1));

		assertThatThrownBy(() -> tasks.complete(task(process).getId(), draft))
			.rootCause().isInstanceOf(SubmissionRefusedException.class)
			.hasMessageContaining("højst have 3 udviklingsmål")			// A centre agreement's projects may run over its strategy map's two-year period, not before it.
			.hasMessageContaining("fristen skal ligge i strategikortets periode 2027–2028, ikke 30.06.2026");
		assertThat(process).isWaitingAt(CentreAgreementProcess.TASK_DRAFT);
	}

	private ProcessInstance start() {
		ProcessInstance process = runtime.startProcessInstanceByKey(CentreAgreementProcess.KEY,
				Map.of("municipality", "helsingor", "year", 2026, "centre", "skole"));
		ProcessTestSupport.executeJobs(management);
		return process;
	}
}
