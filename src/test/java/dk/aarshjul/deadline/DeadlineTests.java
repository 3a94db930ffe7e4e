package dk.aarshjul.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.util.Map;

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

import dk.aarshjul.agreement.UnitAgreementProcess;
import dk.aarshjul.organisation.OrganisationGroups;
import dk.aarshjul.system.SubmissionRefusedException;
import dk.aarshjul.test.ApplicationTest;
import dk.aarshjul.test.ProcessTestSupport;
import dk.aarshjul.test.TestData;

/**
 * "Frister og rykkere" (bpmn/deadline-watch.bpmn) and "Opfølgning på forsinket opgave" (bpmn/overdue-follow-up.bpmn):
 * a unit leader's draft, due 1 March, is reminded the morning after and escalated to the centre chief a week later.
 */
@ApplicationTest
class DeadlineTests {

	static final String UNIT = "borupgaard-skole";

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
		ProcessTestSupport.clock(2027, 1, 5);
	}

	@AfterEach
	void tearDown() {
		TestData.reset(runtime, jdbc);
	}

	@Test
	void anOverdueTaskRemindsItsGroupThenTheLevelAboveFollowsUp() {
		runtime.startProcessInstanceByKey(UnitAgreementProcess.KEY, Map.of("municipality", "helsingor", "year", 2027, "unit", UNIT));
		ProcessTestSupport.executeJobs(management);
		Task draft = tasks.createTaskQuery().taskDefinitionKey(UnitAgreementProcess.TASK_DRAFT).singleResult();

		morning(2027, 3, 1);
		assertThat(tasks.getTaskComments(draft.getId())).as("not overdue until 16:00 on the day").isEmpty();

		morning(2027, 3, 2);
		assertThat(tasks.getTaskComments(draft.getId())).singleElement()
			.satisfies(c -> assertThat(c.getFullMessage()).startsWith("Påmindelse: fristen var 01.03.2027 kl. 16:00."));
		assertThat(tasks.createTaskQuery().taskId(draft.getId()).singleResult().getPriority()).isEqualTo(DeadlineService.REMINDED_PRIORITY);
		assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(DeadlineProcess.FOLLOW_UP_KEY).count()).isZero();

		morning(2027, 3, 5);
		assertThat(tasks.getTaskComments(draft.getId())).as("reminded once").hasSize(1);

		morning(2027, 3, 9);
		ProcessInstance followUp = runtime.createProcessInstanceQuery().processDefinitionKey(DeadlineProcess.FOLLOW_UP_KEY)
			.singleResult();
		assertThat(followUp).isWaitingAt(DeadlineProcess.TASK_FOLLOW_UP).hasBusinessKey(draft.getId()).variables()
			.containsEntry(DeadlineProcess.Var.TASK_NAME, "Udarbejd decentral aftale – Borupgård Skole")
			.containsEntry(DeadlineProcess.Var.DUE, "01.03.2027 kl. 16:00")
			.containsEntry(DeadlineProcess.Var.RESPONSIBLE, "Ledelse: Borupgård Skole (Steen Lund)");
		Task escalation = tasks.createTaskQuery().processInstanceId(followUp.getId()).singleResult();
		assertThat(escalation).hasCandidateGroup(OrganisationGroups.centreManagement("skole"));
		assertThat(tasks.getTaskComments(draft.getId())).hasSize(2);

		morning(2027, 3, 10);
		assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(DeadlineProcess.FOLLOW_UP_KEY).count())
			.as("escalated once").isEqualTo(1);

		assertThatThrownBy(() -> tasks.complete(escalation.getId(), Map.of(DeadlineProcess.Var.NOTE, " ")))
			.rootCause().isInstanceOf(SubmissionRefusedException.class).hasMessageContaining("Skriv, hvad der er aftalt");
		tasks.complete(escalation.getId(), Map.of(DeadlineProcess.Var.NOTE, "Lederen afleverer fredag."));
		assertThat(followUp).isEnded();
		assertThat(jdbc.sql("SELECT follow_up_note FROM task_reminder WHERE task_id = ?").param(draft.getId())
			.query(String.class).single()).isEqualTo("Lederen afleverer fredag.");
	}

	/** The morning's timer of the watch fires, and its job runs. */
	private void morning(int year, int month, int day) {
		ProcessTestSupport.clock(year, month, day);
		Job timer = management.createJobQuery().processDefinitionKey(DeadlineProcess.WATCH_KEY).timers().singleResult();
		management.executeJob(timer.getId());
		ProcessTestSupport.executeJobs(management);
	}
}
