package dk.aarshjul.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

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
	void theUnitsLeaderReportsAStatusOnEveryGoalOfTheAgreement() {
		ProcessTestSupport.signUnitAgreement(runtime, tasks, management, UNIT, YEAR);
		ProcessInstance followUp = start(Party.UNIT, UNIT);

		assertThat(followUp).isWaitingAt(FollowUpProcess.TASK_REPORT).variables()
			.containsEntry(FollowUpProcess.Var.ITEM_COUNT, 2).containsEntry(FollowUpProcess.Var.PARTY_NAME, "Borupgård Skole");
		assertThat(task(followUp)).hasCandidateGroup(OrganisationGroups.unitManagement(UNIT));
		tasks.complete(task(followUp).getId(), Submissions.followUp(runtime, followUp.getId(), "YELLOW"));

		assertThat(followUp).isEnded().hasPassed(FollowUpProcess.END_REPORTED);
		assertThat(followUps.statusesOfYear("helsingor", YEAR)).hasSize(2).allSatisfy(s -> {
			assertThat(s.status()).isEqualTo(FollowUpStatus.YELLOW);
			assertThat(s.goalId()).isNotNull();
			assertThat(s.comment()).isEqualTo("Arbejdet følger planen.");
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
		ProcessInstance process = runtime.startProcessInstanceByKey(FollowUpProcess.KEY, Map.of("municipality", "helsingor",
				"year", YEAR, "quarter", 2, Scope.PARTY_KIND, party.value(), party == Party.UNIT ? "unit" : "centre", id));
		ProcessTestSupport.executeJobs(management);
		return process;
	}
}
