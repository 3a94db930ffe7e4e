package dk.aarshjul.strategy;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import dk.aarshjul.scope.Scope;
import dk.aarshjul.strategy.StrategyMapProcess.Var;
import dk.aarshjul.system.TaskUser;

/**
 * {@code Task_WriteStrategyMap} and {@code Task_ReviewStrategyMap}, on complete: saves the draft map, or refuses it,
 * and shows it to the seminar's decision; an earlier decision and its comment have then served their purpose.
 */
@Component("strategyMapCompleted")
class StrategyMapCompleted implements TaskListener {

	private final StrategyMapService maps;

	StrategyMapCompleted(StrategyMapService maps) {
		this.maps = maps;
	}

	@Override
	public void notify(DelegateTask task) {
		String municipality = Scope.municipality(task);
		int year = Scope.year(task);
		String owner = (String) task.getVariable(Var.OWNER);
		if (StrategyMapProcess.TASK_REVIEW.equals(task.getTaskDefinitionKey())) {
			maps.review(municipality, owner, year, task.getVariables(), TaskUser.of(task), task.getProcessInstanceId());
		}
		else {
			maps.writeNew(municipality, owner, year, task.getVariables(), TaskUser.of(task), task.getProcessInstanceId());
		}
		task.getExecution().setVariable(Var.DRAFT_SUMMARY, maps.summary(maps.draftOf(task.getProcessInstanceId())));
		task.getExecution().removeVariable(Var.DECISION);
		task.getExecution().removeVariable(Var.RETURN_COMMENT);
	}
}
