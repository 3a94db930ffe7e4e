package dk.aarshjul.cycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** {@code EndEvent_CycleCompleted}: records that the cycle is complete. */
@Component("annualCycleCompleted")
class AnnualCycleCompleted implements ExecutionListener {

	private final CycleService cycles;

	AnnualCycleCompleted(CycleService cycles) {
		this.cycles = cycles;
	}

	@Override
	public void notify(DelegateExecution execution) {
		cycles.complete(execution.getProcessInstanceId());
	}
}
