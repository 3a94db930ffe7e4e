package dk.aarshjul.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dk.aarshjul.strategy.CentreEvaluationProcess.Var;
import dk.aarshjul.system.SubmissionRefusedException;
import dk.aarshjul.test.ApplicationTest;
import dk.aarshjul.test.TestData;

/** "Centrets evaluering" (bpmn/centre-evaluation.bpmn) for Center for Skole. */
@ApplicationTest
class CentreEvaluationProcessTests {

	@Autowired
	ProcessEngine engine;
	@Autowired
	RuntimeService runtime;
	@Autowired
	TaskService tasks;
	@Autowired
	CentreEvaluationService evaluations;
	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void setUp() {
		init(engine);
	}

	@AfterEach
	void tearDown() {
		TestData.reset(runtime, jdbc);
	}

	@Test
	void theDirectorEvaluatesTheCentresInitiativesAndTheWayForward() {
		ProcessInstance process = start();

		assertThat(process).isWaitingAt(CentreEvaluationProcess.TASK_EVALUATE)
			.variables().containsEntry(Var.CENTRE_NAME, "Center for Skole").containsEntry(Var.INITIATIVE_COUNT, 3);
		assertThat(task(process)).hasCandidateGroup("direktoromraade-direktor-born");
		assertThat(runtime.getVariable(process.getId(), Var.INITIATIVE + 1).toString()).contains("S1: Flere elever");

		complete(task(process), CentreEvaluations.valid(runtime, process.getId()));

		assertThat(process).isEnded().hasPassed(CentreEvaluationProcess.END_EVENT);
		assertThat(evaluations.evaluatedCentres("helsingor", 2026)).containsExactly("skole");
		assertThat(jdbc.sql("SELECT count(*) FROM initiative_evaluation").query(Integer.class).single()).isEqualTo(3);
	}

	@Test
	void anIncompleteEvaluationIsRefusedAndNothingIsSaved() {
		ProcessInstance process = start();
		Map<String, Object> incomplete = CentreEvaluations.valid(runtime, process.getId());
		incomplete.put(Var.INITIATIVE + 2, SpinValues.jsonValue("{\"result\":\"PARTLY\"}").create());
		incomplete.remove(Var.INITIATIVE + 3);
		incomplete.put(Var.WAY_FORWARD, " ");
		String evaluating = task(process).getId();

		assertThatThrownBy(() -> tasks.complete(evaluating, incomplete))
			.rootCause().isInstanceOfSatisfying(SubmissionRefusedException.class, e -> assertThat(e.problems()).containsExactly(
					"»S2: Inkluderende læringsmiljøer i almenundervisningen (V2)«: skriv en kommentar, når initiativet ikke er gennemført.",
					"»S3: Styrket overgang fra skole til ungdomsuddannelse (V2)«: vælg opfyldt, delvist opfyldt eller ikke opfyldt.",
					"Skriv, hvad direktør og centerchef er enige om for vejen frem."));

		assertThat(process).isWaitingAt(CentreEvaluationProcess.TASK_EVALUATE);
		assertThat(evaluations.evaluatedCentres("helsingor", 2026)).isEmpty();
	}

	private ProcessInstance start() {
		ProcessInstance process = runtime.startProcessInstanceByKey(CentreEvaluationProcess.KEY,
				Map.of("year", 2027, "municipality", "helsingor", "centre", "skole"));
		assertThat(process).isWaitingAt(CentreEvaluationProcess.TASK_PREPARE);
		execute(job());
		return process;
	}
}
