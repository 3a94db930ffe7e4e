package dk.aarshjul.strategy;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import dk.aarshjul.scope.Party;
import dk.aarshjul.scope.Scope;
import dk.aarshjul.strategy.StrategyMapProcess.Mode;
import dk.aarshjul.strategy.StrategyMapProcess.Var;
import dk.aarshjul.system.FormSlots;

/**
 * {@code Task_PrepareStrategyMap}: whose map it is (which routes the task to the centre or to Koncernledelsen),
 * whether it is written anew or reviewed, and what the form shows.
 */
@Component("prepareStrategyMapTask")
class PrepareStrategyMapTask implements JavaDelegate {

	private final StrategyMapService maps;

	PrepareStrategyMapTask(StrategyMapService maps) {
		this.maps = maps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String municipality = Scope.municipality(execution);
		int year = Scope.year(execution);
		String owner = (String) execution.getVariable(Var.OWNER);
		boolean corporate = Initiative.CORPORATE.equals(owner);
		execution.setVariable(Scope.PARTY_KIND, (corporate ? Party.CORPORATE : Party.CENTRE).value());
		if (!corporate) {
			execution.setVariable(Scope.CENTRE, owner);
		}
		execution.setVariable(Var.OWNER_NAME, maps.ownerName(owner));
		execution.setVariable(Var.VISION_GOAL_OPTIONS, FormSlots.json(maps.visionGoals(municipality).stream()
			.map(v -> Map.of("label", v.code() + ": " + v.title(), "value", String.valueOf(v.id()))).toList()));
		Mode mode = maps.mode(municipality, owner, year);
		execution.setVariable(Var.MODE, mode.name());
		if (mode == Mode.NEW) {
			execution.setVariable(Var.PERIOD, (year + 1) + "–" + (year + 2));
			return;
		}
		StrategyRepository.StrategyMap current = maps.mapToReview(municipality, owner, year).orElseThrow();
		execution.setVariable(Var.PERIOD, current.firstYear() + "–" + current.lastYear());
		FormSlots.put(execution, Var.MAP_INITIATIVE, Var.MAP_INITIATIVE_COUNT,
				maps.initiatives(current).stream().map(i -> Map.of("title", i.label())).toList());
	}
}
