package dk.aarshjul.agreement;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import dk.aarshjul.agreement.UnitAgreementProcess.Var;
import dk.aarshjul.system.FormSlots;
import dk.aarshjul.system.TaskUser;

/**
 * {@code Task_EvaluateLastYear}, on complete: saves the evaluation of each of last year's goals, or refuses it, and
 * gives the centre chief's confirmation the goals with the evaluation as saved (not as submitted).
 */
@Component("evaluateLastYearCompleted")
class EvaluateLastYearCompleted implements TaskListener {

	private final AgreementService agreements;

	EvaluateLastYearCompleted(AgreementService agreements) {
		this.agreements = agreements;
	}

	@Override
	public void notify(DelegateTask task) {
		agreements.evaluateLastYear(task.getProcessInstanceId(), task.getVariables(), TaskUser.of(task));
		FormSlots.put(task.getExecution(), Var.LAST_YEAR_GOAL, Var.LAST_YEAR_GOAL_COUNT,
				agreements.evaluatedGoals(task.getProcessInstanceId()));
	}
}
