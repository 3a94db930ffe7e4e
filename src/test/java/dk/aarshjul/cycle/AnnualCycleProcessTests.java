package dk.aarshjul.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dk.aarshjul.cycle.AnnualCycleProcess.Var;
import dk.aarshjul.organisation.OrganisationGroups;
import dk.aarshjul.test.ApplicationTest;

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

	@BeforeEach
	void setUp() {
		init(engine);
		// Tests live in 2026: cycles may be started for 2025 to 2028.
		ClockUtil.setCurrentTime(Date.from(LocalDate.of(2026, 10, 1).atStartOfDay(ZoneId.of("Europe/Copenhagen")).toInstant()));
	}

	@AfterEach
	void tearDown() {
		runtime.createProcessInstanceQuery().list()
			.forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "test cleanup", true, true));
		jdbc.sql("DELETE FROM annual_cycle").update();
		ClockUtil.reset();
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
	void completingThePreparationCompletesTheCycle() {
		ProcessInstance cycle = start(2027);

		complete(task(cycle), withVariables(Var.PREPARATION_NOTE, "Kalenderen er aftalt."));

		assertThat(cycle).hasPassedInOrder(AnnualCycleProcess.START_EVENT, AnnualCycleProcess.TASK_PREPARE_YEAR,
				AnnualCycleProcess.END_EVENT).isEnded();
		assertThat(cycles.find("helsingor", 2027)).get()
			.satisfies(c -> {
				assertThat(c.status()).isEqualTo(Cycle.Status.COMPLETED);
				assertThat(c.completedAt()).isNotNull();
			});
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

	private ProcessInstance start(Object year) {
		return runtime.startProcessInstanceByKey(AnnualCycleProcess.KEY, Map.of(Var.YEAR, year));
	}
}
