package dk.aarshjul.cycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import dk.aarshjul.cycle.AnnualCycleProcess.Var;
import dk.aarshjul.scope.Scope;
import dk.aarshjul.strategy.StrategyMapService;

/** {@code Task_SummariseStrategyMaps}: the year's draft maps side by side, for Koncernledelsen's seminar. */
@Component("summariseStrategyMapsTask")
class SummariseStrategyMapsTask implements JavaDelegate {

	private final StrategyMapService maps;

	SummariseStrategyMapsTask(StrategyMapService maps) {
		this.maps = maps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		execution.setVariable(Var.STRATEGY_MAP_OVERVIEW, maps.overview(Scope.municipality(execution),
				Scope.year(execution)));
	}
}
