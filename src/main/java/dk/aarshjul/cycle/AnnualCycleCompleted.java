package dk.aarshjul.cycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The end of "Årets gang" (an execution listener on the process): once every party's year, the budget track and every
 * forum have ended, the cycle is recorded as complete. A cycle that is cancelled is not.
 */
@Component("annualCycleCompleted")
class AnnualCycleCompleted implements ExecutionListener {

	private final CycleService cycles;

	AnnualCycleCompleted(CycleService cycles) {
		this.cycles = cycles;
	}

	@Override
	public void notify(DelegateExecution execution) {
		if (!execution.isCanceled()) {
			cycles.complete(execution.getProcessInstanceId());
		}
	}
}
