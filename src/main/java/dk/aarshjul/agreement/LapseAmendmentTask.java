package dk.aarshjul.agreement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_LapseAmendment}: the year ended before the amendment was approved; the version in force stays. */
@Component("lapseAmendmentTask")
class LapseAmendmentTask implements JavaDelegate {

	private final AmendmentService amendments;

	LapseAmendmentTask(AmendmentService amendments) {
		this.amendments = amendments;
	}

	@Override
	public void execute(DelegateExecution execution) {
		amendments.lapse(execution.getProcessInstanceId());
	}
}
