package dk.aarshjul.strategy;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import dk.aarshjul.cycle.AnnualCycleProcess;
import dk.aarshjul.cycle.AnnualCycleProcess.Var;

/** {@code Task_SummariseStrategyMaps}: the year's draft maps side by side, for Koncernledelsen's seminar. */
@Component("summariseStrategyMapsTask")
class SummariseStrategyMapsTask implements JavaDelegate {

	private final StrategyMapService maps;

	SummariseStrategyMapsTask(StrategyMapService maps) {
		this.maps = maps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		execution.setVariable(Var.STRATEGY_MAP_OVERVIEW, maps.overview(AnnualCycleProcess.municipality(execution),
				AnnualCycleProcess.year(execution)));
	}
}
