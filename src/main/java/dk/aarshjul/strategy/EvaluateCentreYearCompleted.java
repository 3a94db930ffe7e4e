package dk.aarshjul.strategy;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import dk.aarshjul.scope.Scope;
import dk.aarshjul.strategy.CentreEvaluationProcess.Var;
import dk.aarshjul.system.TaskUser;

/** {@code Task_EvaluateCentreYear}, on complete: saves the centre's evaluation, or refuses it. */
@Component("evaluateCentreYearCompleted")
class EvaluateCentreYearCompleted implements TaskListener {

	private final CentreEvaluationService evaluations;

	EvaluateCentreYearCompleted(CentreEvaluationService evaluations) {
		this.evaluations = evaluations;
	}

	@Override
	public void notify(DelegateTask task) {
		evaluations.evaluate(task.getProcessInstanceId(), Scope.municipality(task),
				Scope.centre(task), Scope.year(task),
				task.getVariables(), task.getVariable(Var.EVALUATION), task.getVariable(Var.WAY_FORWARD),
				TaskUser.of(task));
	}
}
