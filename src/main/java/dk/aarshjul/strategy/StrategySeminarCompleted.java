package dk.aarshjul.strategy;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import dk.aarshjul.cycle.AnnualCycleProcess;

/**
 * {@code Task_StrategySeminar}, on complete (after the meeting is recorded): the year's draft maps are approved and
 * replace the versions before them; next year's centre and unit agreements link to them.
 */
@Component("strategySeminarCompleted")
class StrategySeminarCompleted implements TaskListener {

	private final StrategyMapService maps;

	StrategySeminarCompleted(StrategyMapService maps) {
		this.maps = maps;
	}

	@Override
	public void notify(DelegateTask task) {
		maps.approveDrafts(AnnualCycleProcess.municipality(task), AnnualCycleProcess.year(task));
	}
}
