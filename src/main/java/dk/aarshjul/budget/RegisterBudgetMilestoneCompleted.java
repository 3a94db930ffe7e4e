package dk.aarshjul.budget;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import dk.aarshjul.budget.BudgetTrackProcess.Var;
import dk.aarshjul.cycle.Milestone;
import dk.aarshjul.organisation.Route;
import dk.aarshjul.scope.Scope;
import dk.aarshjul.system.TaskUser;

/**
 * The budget track's registration tasks (form {@code register-budget-milestone}), on complete: records what took
 * place at the milestone named by the task's input {@code budgetMilestone}; on Økonomiudvalget's approval, also
 * whether the budget process was approved. The submitted fields ({@code heldOn}, {@code outcome}, {@code approved})
 * are inputs of each task in the model, so a submission stays local to its task: the committees registering at the
 * same time never write the same variable, and the next registration's form starts empty.
 */
@Component("registerBudgetMilestoneCompleted")
class RegisterBudgetMilestoneCompleted implements TaskListener {

	private final BudgetService budget;

	RegisterBudgetMilestoneCompleted(BudgetService budget) {
		this.budget = budget;
	}

	@Override
	public void notify(DelegateTask task) {
		boolean approvalAsked = Boolean.TRUE.equals(task.getVariable(Var.APPROVAL_ASKED));
		boolean reached = budget.register(task.getProcessInstanceId(), Scope.municipality(task),
				Scope.year(task), Milestone.valueOf((String) task.getVariable(Var.MILESTONE)),
				(String) task.getVariableLocal(Route.COMMITTEE), task.getVariable(Var.HELD_ON), task.getVariable(Var.OUTCOME),
				approvalAsked, task.getVariable(Var.APPROVED), TaskUser.of(task));
		if (approvalAsked) {
			task.getExecution().setVariable(Var.BUDGET_PROCESS_APPROVED, reached);
		}
	}
}
