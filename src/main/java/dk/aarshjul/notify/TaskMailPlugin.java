package dk.aarshjul.notify;

import java.util.ArrayList;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Tells the people of every user task of every model that it was created ({@link TaskMails#taskCreated}), as a
 * built-in listener in the transaction that creates the task. It is added after the parse listener that routes the
 * tasks, so it runs after the routing and sees the task's candidate groups and scope.
 */
@Component
class TaskMailPlugin extends AbstractProcessEnginePlugin {

	private final ObjectProvider<TaskMails> mails;

	TaskMailPlugin(ObjectProvider<TaskMails> mails) {
		this.mails = mails;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		if (configuration.getCustomPostBPMNParseListeners() == null) {
			configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
		}
		TaskListener listener = task -> mails.getObject().taskCreated(task);
		configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
			@Override
			public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
				((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
					.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, listener);
			}
		});
	}
}
