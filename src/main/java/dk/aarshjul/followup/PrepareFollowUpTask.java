package dk.aarshjul.followup;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import dk.aarshjul.cycle.AnnualCycleProcess;
import dk.aarshjul.followup.FollowUpProcess.Var;
import dk.aarshjul.organisation.Party;
import dk.aarshjul.organisation.Route;
import dk.aarshjul.strategy.Initiative;
import dk.aarshjul.system.FormSlots;

/** {@code Task_PrepareFollowUp}: records the follow-up and puts the party's goals in the form's slots. */
@Component("prepareFollowUpTask")
class PrepareFollowUpTask implements JavaDelegate {

	private final FollowUpService followUps;

	PrepareFollowUpTask(FollowUpService followUps) {
		this.followUps = followUps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Party party = Party.of((String) execution.getVariable(Party.VARIABLE));
		String partyId = switch (party) {
			case UNIT -> (String) execution.getVariable(Route.UNIT);
			case CENTRE -> (String) execution.getVariable(Route.CENTRE);
			case CORPORATE -> Initiative.CORPORATE;
		};
		FollowUpService.Prepared prepared = followUps.prepare(
				AnnualCycleProcess.municipality(execution),
				AnnualCycleProcess.year(execution),
				((Number) execution.getVariable(Var.QUARTER)).intValue(), party, partyId, execution.getProcessInstanceId());
		execution.setVariable(Var.PARTY_NAME, prepared.partyName());
		execution.setVariable(Var.SOURCE, prepared.source());
		FormSlots.put(execution, Var.ITEM, Var.ITEM_COUNT, prepared.items().stream()
			.map(i -> Map.of("title", i.title(), "target", i.target())).toList());
	}
}
