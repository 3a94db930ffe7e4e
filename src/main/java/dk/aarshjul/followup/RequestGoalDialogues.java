package dk.aarshjul.followup;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import dk.aarshjul.followup.GoalDialogueProcess.Var;
import dk.aarshjul.scope.Scope;
import dk.aarshjul.system.EngineAuthorization;

/**
 * {@code Event_GoalDialoguesRequested}: opens a dialogue for each goal the report flags and starts "Dialog om mål"
 * for them, as a process of its own: the follow-up ends without waiting for it, so the party's next step in the year
 * never waits for a dialogue. It runs on the reporter's behalf, who may not start processes themselves.
 */
@Component("requestGoalDialogues")
class RequestGoalDialogues implements JavaDelegate {

	private final FollowUpService followUps;

	RequestGoalDialogues(FollowUpService followUps) {
		this.followUps = followUps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long followUp = followUps.openDialogues(execution.getProcessInstanceId());
		Map<String, Object> variables = new HashMap<>();
		for (String name : new String[] { Scope.MUNICIPALITY, Scope.YEAR, Scope.PARTY_KIND, Scope.UNIT, Scope.CENTRE,
				FollowUpProcess.Var.QUARTER, FollowUpProcess.Var.PARTY_NAME }) {
			Object value = execution.getVariable(name);
			if (value != null) {
				variables.put(name, value);
			}
		}
		variables.put(Var.FOLLOW_UP, followUp);
		EngineAuthorization.privileged(() -> execution.getProcessEngineServices().getRuntimeService()
			.startProcessInstanceByKey(GoalDialogueProcess.KEY, execution.getProcessBusinessKey(), variables));
	}
}
