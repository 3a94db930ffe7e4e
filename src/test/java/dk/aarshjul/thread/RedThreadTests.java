package dk.aarshjul.thread;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dk.aarshjul.followup.FollowUpProcess;
import dk.aarshjul.followup.GoalDialogueProcess;
import dk.aarshjul.organisation.OrganisationGroups;
import dk.aarshjul.scope.Party;
import dk.aarshjul.scope.Scope;
import dk.aarshjul.test.ApplicationTest;
import dk.aarshjul.test.ProcessTestSupport;
import dk.aarshjul.test.Submissions;
import dk.aarshjul.test.TestData;

/** The red thread shows each goal's follow-ups with the chief's acknowledgement and the action agreed on a red goal. */
@ApplicationTest
class RedThreadTests {

	static final String UNIT = "borupgaard-skole";
	static final int YEAR = 2027;

	@Autowired
	RedThreadController thread;
	@Autowired
	RuntimeService runtime;
	@Autowired
	TaskService tasks;
	@Autowired
	ManagementService management;
	@Autowired
	IdentityService identity;
	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void setUp() {
		ProcessTestSupport.clock(YEAR, 4, 2);
	}

	@AfterEach
	void tearDown() {
		identity.clearAuthentication();
		TestData.reset(runtime, jdbc);
	}

	@Test
	void aUnitGoalsFollowUpCarriesTheAcknowledgementAndTheAgreedAction() {
		ProcessTestSupport.signUnitAgreement(runtime, tasks, management, UNIT, YEAR);
		ProcessInstance followUp = runtime.startProcessInstanceByKey(FollowUpProcess.KEY, Map.of("municipality", "helsingor",
				"year", YEAR, "quarter", 2, Scope.PARTY_KIND, Party.UNIT.value(), "unit", UNIT));
		ProcessTestSupport.executeJobs(management);
		complete(followUp.getId(), "leder-" + UNIT, Submissions.followUp(runtime, followUp.getId(), "RED"));
		complete(followUp.getId(), "chef-skole", Map.of(FollowUpProcess.Var.ACKNOWLEDGEMENT, "Vi mødes om de røde mål."));
		for (Task agree : tasks.createTaskQuery().taskDefinitionKey(GoalDialogueProcess.TASK_AGREE).list()) {
			tasks.complete(agree.getId(), Map.of(GoalDialogueProcess.Var.AGREED_ACTION, "Ekstra vejledning i efteråret."));
		}

		identity.setAuthentication("sekretariat", List.of(OrganisationGroups.SECRETARIAT));
		List<RedThreadController.FollowUp> followUps = thread.thread(YEAR).stream()
			.flatMap(v -> v.initiatives().stream()).flatMap(i -> i.goals().stream())
			.filter(g -> g.partyId().equals(UNIT)).flatMap(g -> g.followUps().stream()).toList();

		assertThat(followUps).hasSize(2).allSatisfy(f -> {
			assertThat(f.status()).isEqualTo("RED");
			assertThat(f.acknowledgedBy()).isEqualTo("chef-skole");
			assertThat(f.acknowledgement()).isEqualTo("Vi mødes om de røde mål.");
			assertThat(f.dialogueReason()).isEqualTo("RED");
			assertThat(f.agreedAction()).isEqualTo("Ekstra vejledning i efteråret.");
		});
	}

	private void complete(String processInstanceId, String user, Map<String, Object> variables) {
		String task = tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult().getId();
		tasks.claim(task, user);
		tasks.complete(task, variables);
	}
}
