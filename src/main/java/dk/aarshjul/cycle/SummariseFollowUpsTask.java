package dk.aarshjul.cycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import dk.aarshjul.cycle.AnnualCycleProcess.Var;
import dk.aarshjul.followup.FollowUpProcess;
import dk.aarshjul.followup.FollowUpService;
import dk.aarshjul.scope.Scope;

/**
 * {@code Task_SummariseQ2FollowUps} and {@code Task_SummariseQ3FollowUps} (input {@code quarter}): the quarter's
 * follow-ups in figures for the forums that discuss them.
 */
@Component("summariseFollowUpsTask")
class SummariseFollowUpsTask implements JavaDelegate {

	private final FollowUpService followUps;

	SummariseFollowUpsTask(FollowUpService followUps) {
		this.followUps = followUps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		execution.getProcessInstance().setVariable(Var.FOLLOW_UP_OVERVIEW, followUps.overview(
				Scope.municipality(execution),
				Scope.year(execution),
				((Number) execution.getVariable(FollowUpProcess.Var.QUARTER)).intValue()));
	}
}
