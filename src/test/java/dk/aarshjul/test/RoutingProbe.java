package dk.aarshjul.test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.dmn.instance.Text;
import org.springframework.core.io.ClassPathResource;

import dk.aarshjul.organisation.Level;
import dk.aarshjul.organisation.TaskRouting;

/**
 * Test-only processes with one user task at each level, routed like every real task: one process per level
 * ({@code routing-probe-<level>}, task {@code Probe_Task}), deployed together with a new version of the real
 * decision table "Ansvarsfordeling" that adds a row for each. It lets tests put a task at any level before the
 * processes that will have such tasks exist.
 */
public final class RoutingProbe {

	public static final String TASK = "Probe_Task";

	private RoutingProbe() {
	}

	public static String processKey(Level level) {
		return "routing-probe-" + level.value();
	}

	public static String[] processKeys() {
		return Arrays.stream(Level.values()).map(RoutingProbe::processKey).toArray(String[]::new);
	}

	/** Deploys the probes (again only when they changed, like the application's own deployment). */
	public static void deploy(ProcessEngine engine) {
		DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("routing-probe")
			.enableDuplicateFiltering(false);
		for (Level level : Level.values()) {
			deployment.addModelInstance(processKey(level) + ".bpmn", Bpmn.createExecutableProcess(processKey(level))
				.camundaHistoryTimeToLive(1)
				.startEvent()
				.userTask(TASK).name("Prøveopgave: " + level.value())
				.endEvent()
				.done());
		}
		deployment.addModelInstance("task-responsibility.dmn", decisionTableWithProbeRows());
		deployment.deploy();
	}

	/** Starts the probe of a level with the given scope variables and returns its task. */
	public static Task start(ProcessEngine engine, Level level, Map<String, Object> scope) {
		ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(processKey(level), scope);
		return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
	}

	private static DmnModelInstance decisionTableWithProbeRows() {
		DmnModelInstance dmn;
		try (InputStream in = new ClassPathResource("bpmn/task-responsibility.dmn").getInputStream()) {
			dmn = Dmn.readModelFromStream(in);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		DecisionTable table = dmn.getModelElementsByType(DecisionTable.class).iterator().next();
		for (Level level : Level.values()) {
			Rule rule = dmn.newInstance(Rule.class);
			rule.getInputEntries().add(entry(dmn, InputEntry.class, "\"" + processKey(level) + "\""));
			rule.getInputEntries().add(entry(dmn, InputEntry.class, "\"" + TASK + "\""));
			rule.getInputEntries().add(entry(dmn, InputEntry.class, ""));
			rule.getOutputEntries().add(entry(dmn, OutputEntry.class, "\"" + level.value() + "\""));
			table.getRules().add(rule);
		}
		if (!TaskRouting.DECISION.equals(table.getParentElement().getAttributeValue("id"))) {
			throw new IllegalStateException("bpmn/task-responsibility.dmn no longer holds " + TaskRouting.DECISION);
		}
		return dmn;
	}

	private static <T extends org.camunda.bpm.model.dmn.instance.DmnElement> T entry(DmnModelInstance dmn, Class<T> type,
			String expression) {
		T entry = dmn.newInstance(type);
		Text text = dmn.newInstance(Text.class);
		text.setTextContent(expression);
		entry.addChildElement(text);
		return entry;
	}
}
