package dk.aarshjul.strategy;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import dk.aarshjul.strategy.StrategyMapProcess.Var;
import dk.aarshjul.system.TaskUser;

/**
 * {@code Task_DecideStrategyMap}, on complete: records Koncernledelsen's decision on the map for the gateway
 * "Godkendt?". The decision is not kept for the next round; the comment stays for the owner's rewrite.
 */
@Component("decideStrategyMapCompleted")
class DecideStrategyMapCompleted implements TaskListener {

	private final StrategyMapService maps;

	DecideStrategyMapCompleted(StrategyMapService maps) {
		this.maps = maps;
	}

	@Override
	public void notify(DelegateTask task) {
		boolean approved = maps.decide(task.getProcessInstanceId(), task.getVariable(Var.DECISION),
				task.getVariable(Var.RETURN_COMMENT), TaskUser.of(task));
		task.getExecution().setVariable(Var.APPROVED, approved);
		task.getExecution().removeVariable(Var.DECISION);
		if (approved) {
			task.getExecution().removeVariable(Var.RETURN_COMMENT);
		}
	}
}
