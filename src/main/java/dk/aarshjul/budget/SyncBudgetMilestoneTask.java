package dk.aarshjul.budget;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import dk.aarshjul.budget.BudgetTrackProcess.Var;
import dk.aarshjul.cycle.Milestone;
import dk.aarshjul.scope.Scope;

/**
 * The budget track's "Meld til budgetsystemet" tasks: deliver the milestone named by the task's input
 * {@code budgetMilestone}, once. They run as jobs; a failed delivery is retried on {@link #getRetryCycle()} and then
 * becomes an incident that an administrator retries from Cockpit.
 */
@Component("syncBudgetMilestoneTask")
public class SyncBudgetMilestoneTask implements JavaDelegate {

	private final BudgetService budget;
	private final BudgetSystemProperties properties;

	SyncBudgetMilestoneTask(BudgetService budget, BudgetSystemProperties properties) {
		this.budget = budget;
		this.properties = properties;
	}

	/** The model's retry cycle ({@code ${syncBudgetMilestoneTask.retryCycle}}): {@code aarshjul.budget-system.retry-cycle}. */
	public String getRetryCycle() {
		return properties.retryCycle();
	}

	@Override
	public void execute(DelegateExecution execution) {
		budget.sync(Scope.municipality(execution), Scope.year(execution),
				Milestone.valueOf((String) execution.getVariable(Var.MILESTONE)));
	}
}
