package dk.aarshjul.followup;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import dk.aarshjul.cycle.AnnualCycleProcess;

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
		execution.getProcessInstance().setVariable(AnnualCycleProcess.Var.FOLLOW_UP_OVERVIEW, followUps.overview(
				AnnualCycleProcess.municipality(execution),
				AnnualCycleProcess.year(execution),
				((Number) execution.getVariable(FollowUpProcess.Var.QUARTER)).intValue()));
	}
}
