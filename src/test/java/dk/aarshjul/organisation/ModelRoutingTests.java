package dk.aarshjul.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import dk.aarshjul.test.ApplicationTest;

/** Every user task of every model in bpmn/ is routed by {@link TaskRouting} and has its row in "Ansvarsfordeling". */
@ApplicationTest
class ModelRoutingTests {

	@Autowired
	TaskRouting routing;

	record ModelTask(String processKey, String taskKey, UserTask task) {
	}

	@Test
	void noUserTaskNamesFixedGroupsOrPeopleOrRepeatsTheRoutingTheEngineAttaches() throws IOException {
		List<ModelTask> userTasks = userTasks();
		assertThat(userTasks).isNotEmpty();

		for (ModelTask t : userTasks) {
			assertThat(t.task().getCamundaCandidateGroups()).as(t.taskKey() + " candidate groups").isNull();
			assertThat(t.task().getCamundaCandidateUsers()).as(t.taskKey() + " candidate users").isNull();
			assertThat(t.task().getCamundaAssignee()).as(t.taskKey() + " assignee").isNull();
			assertThat(t.task().getChildElementsByType(ExtensionElements.class).stream()
				.flatMap(e -> e.getElementsQuery().filterByType(CamundaTaskListener.class).list().stream())
				.filter(l -> "${taskRouting}".equals(l.getCamundaDelegateExpression())))
				.as(t.taskKey() + ": routing is attached by the engine (TaskRoutingPlugin), not in the model").isEmpty();
		}
	}

	@Test
	void everyUserTaskHasExactlyOneLevelInTheDecisionTableForEachOfItsParties() throws IOException {
		List<Rule> rules = rules();
		for (ModelTask t : userTasks()) {
			String row = "\"" + t.processKey() + "\"/\"" + t.taskKey() + "\"";
			List<String> parties = rules.stream().filter(r -> row.equals(processAndTask(r)))
				.flatMap(r -> parties(r).stream()).toList();
			assertThat(parties).as(row + " has rows").isNotEmpty();
			for (String party : parties) {
				assertThat(routing.levelOf(t.processKey(), t.taskKey(), party)).as(row + " for " + party).isNotNull();
			}
		}
		assertThat(routing.levelOf("follow-up", "Task_ReportFollowUp", "enhed")).isEqualTo(Level.UNIT);
		assertThat(routing.levelOf("follow-up", "Task_ReportFollowUp", "center")).isEqualTo(Level.CENTRE);
		assertThat(routing.levelOf("follow-up", "Task_ReportFollowUp", "koncern")).isEqualTo(Level.CORPORATE_MANAGEMENT);
		assertThat(routing.levelOf("follow-up", "Task_AcknowledgeFollowUp", "enhed")).isEqualTo(Level.CENTRE);
		assertThat(routing.levelOf("follow-up", "Task_AcknowledgeFollowUp", "center")).isEqualTo(Level.DIRECTOR);
		assertThat(routing.levelOf("goal-dialogue", "Task_AgreeGoalAction", "enhed")).isEqualTo(Level.UNIT);
		assertThat(routing.levelOf("goal-dialogue", "Task_AgreeGoalAction", "center")).isEqualTo(Level.CENTRE);
		assertThat(routing.levelOf("strategy-map", "Task_WriteStrategyMap", "koncern")).isEqualTo(Level.CORPORATE_MANAGEMENT);
		assertThat(routing.levelOf("overdue-follow-up", "Task_FollowUpOverdue", "enhedsledelse")).isEqualTo(Level.CENTRE);
		for (Level council : List.of(Level.UNIT_WORKS_COUNCIL, Level.CENTRE_WORKS_COUNCIL, Level.MAIN_WORKS_COUNCIL)) {
			assertThat(routing.levelOf("overdue-follow-up", "Task_FollowUpOverdue", council.value()))
				.as("an overdue statement of %s", council).isEqualTo(Level.SECRETARIAT);
		}
		for (String party : List.of("enhed", "center")) {
			assertThat(routing.levelOf("agreement-amendment", "Task_CounterpartAnswersPremisesChange", party))
				.isEqualTo(party.equals("enhed") ? Level.CENTRE : Level.DIRECTOR);
			assertThat(routing.levelOf("agreement-amendment", "Task_ApproveAmendment", party))
				.isEqualTo(party.equals("enhed") ? Level.CENTRE : Level.CORPORATE_MANAGEMENT);
		}
	}

	@Test
	void aTaskServingSeveralPartiesIsRefusedWithoutItsParty() {
		assertThatThrownBy(() -> routing.levelOf("follow-up", "Task_ReportFollowUp", null))
			.isInstanceOf(Route.RoutingException.class)
			.hasMessage("Ansvarsfordelingen siger ikke, hvem der løser opgaven 'Task_ReportFollowUp' i processen 'follow-up'.");
		assertThatThrownBy(() -> routing.levelOf("follow-up", "Task_ReportFollowUp", "udvalg"))
			.isInstanceOf(Route.RoutingException.class).hasMessageEndingWith("for parten 'udvalg'.");
	}

	@Test
	void aTaskTheDecisionTableDoesNotKnowIsRefusedWithItsName() {
		assertThatThrownBy(() -> routing.levelOf("annual-cycle", "Task_Unknown", null))
			.isInstanceOf(Route.RoutingException.class)
			.hasMessage("Ansvarsfordelingen siger ikke, hvem der løser opgaven 'Task_Unknown' i processen 'annual-cycle'.");
	}

	@Test
	void everyRowOfTheDecisionTableBelongsToAUserTaskInTheModels() throws IOException {
		List<String> known = userTasks().stream().map(t -> "\"" + t.processKey() + "\"/\"" + t.taskKey() + "\"").toList();
		for (Rule rule : rules()) {
			assertThat(known).as("row " + rule.getId()).contains(processAndTask(rule));
		}
	}

	private List<Rule> rules() throws IOException {
		try (InputStream in = getClass().getClassLoader().getResourceAsStream("bpmn/task-responsibility.dmn")) {
			return new ArrayList<>(Dmn.readModelFromStream(in).getModelElementsByType(Rule.class));
		}
	}

	private static String processAndTask(Rule rule) {
		var entries = new ArrayList<>(rule.getInputEntries());
		return entries.get(0).getText().getTextContent() + "/" + entries.get(1).getText().getTextContent();
	}

	/** The parties a row names (none: any party, tested as null). */
	private static List<String> parties(Rule rule) {
		String entry = new ArrayList<>(rule.getInputEntries()).get(2).getText().getTextContent().trim();
		if (entry.isEmpty()) {
			return Collections.singletonList(null);
		}
		return Arrays.stream(entry.split(",")).map(p -> p.trim().replace("\"", "")).toList();
	}

	private static List<ModelTask> userTasks() throws IOException {
		List<ModelTask> tasks = new ArrayList<>();
		for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:bpmn/**/*.bpmn")) {
			try (InputStream in = resource.getInputStream()) {
				BpmnModelInstance model = Bpmn.readModelFromStream(in);
				for (Process process : model.getModelElementsByType(Process.class)) {
					for (UserTask task : model.getModelElementsByType(UserTask.class)) {
						tasks.add(new ModelTask(process.getId(), task.getId(), task));
					}
				}
			}
		}
		return tasks;
	}
}
