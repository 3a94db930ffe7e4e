package dk.aarshjul.followup;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import dk.aarshjul.followup.FollowUpProcess.Var;
import dk.aarshjul.scope.Party;
import dk.aarshjul.scope.Scope;
import dk.aarshjul.strategy.Initiative;
import dk.aarshjul.system.FormSlots;

/**
 * {@code Task_PrepareFollowUp}: records the follow-up and puts the party's goals in the form's slots; for a unit, also
 * its centre, whose chief acknowledges the report.
 */
@Component("prepareFollowUpTask")
class PrepareFollowUpTask implements JavaDelegate {

	private final FollowUpService followUps;

	PrepareFollowUpTask(FollowUpService followUps) {
		this.followUps = followUps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Party party = Scope.party(execution);
		String partyId = switch (party) {
			case UNIT -> Scope.unit(execution);
			case CENTRE -> Scope.centre(execution);
			case CORPORATE -> Initiative.CORPORATE;
		};
		FollowUpService.Prepared prepared = followUps.prepare(
				Scope.municipality(execution),
				Scope.year(execution),
				((Number) execution.getVariable(Var.QUARTER)).intValue(), party, partyId, execution.getProcessInstanceId());
		execution.setVariable(Var.PARTY_NAME, prepared.partyName());
		execution.setVariable(Var.SOURCE, prepared.source());
		if (party == Party.UNIT && prepared.centreId() != null) {
			// The unit's centre chief acknowledges the report: the task is routed by the centre.
			execution.setVariable(Scope.CENTRE, prepared.centreId());
		}
		FormSlots.put(execution, Var.ITEM, Var.ITEM_COUNT, prepared.items().stream()
			.map(i -> Map.of("title", i.title(), "target", i.target())).toList());
	}
}
