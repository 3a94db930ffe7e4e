package dk.aarshjul.organisation;

import java.util.ArrayList;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Attaches {@link TaskRouting} to every user task of every deployed model, when it is created and when it is
 * completed, and {@link TaskAssignment} when it is given to someone, as built-in listeners: a model cannot leave it out, and it runs before the model's own listeners and
 * even when a caller asks to skip custom listeners. No model repeats it in its XML.
 */
@Component
class TaskRoutingPlugin extends AbstractProcessEnginePlugin {

	/** The routing needs the engine's services, so it is looked up when the first task is routed. */
	private final ObjectProvider<TaskRouting> routing;

	TaskRoutingPlugin(ObjectProvider<TaskRouting> routing) {
		this.routing = routing;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		if (configuration.getCustomPreBPMNParseListeners() == null) {
			configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
		}
		TaskListener listener = task -> routing.getObject().notify(task);
		TaskListener assignment = new TaskAssignment();
		configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
			@Override
			public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
				TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
				task.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, listener);
				task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, listener);
				task.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, assignment);
				task.addBuiltInTaskListener(TaskListener.EVENTNAME_UPDATE, assignment);
			}
		});
	}
}
