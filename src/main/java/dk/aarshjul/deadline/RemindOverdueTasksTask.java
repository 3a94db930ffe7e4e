package dk.aarshjul.deadline;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_RemindOverdueTasks}: reminds and escalates every overdue task of the municipality. */
@Component("remindOverdueTasksTask")
class RemindOverdueTasksTask implements JavaDelegate {

	private final DeadlineService deadlines;

	RemindOverdueTasksTask(DeadlineService deadlines) {
		this.deadlines = deadlines;
	}

	@Override
	public void execute(DelegateExecution execution) {
		DeadlineService.Result result = deadlines.remindAndEscalate();
		execution.setVariable("reminded", result.reminded());
		execution.setVariable("escalated", result.escalated());
	}
}
