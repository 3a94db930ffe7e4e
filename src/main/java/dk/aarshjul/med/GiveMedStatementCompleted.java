package dk.aarshjul.med;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import dk.aarshjul.med.MedStatementPoint.Var;
import dk.aarshjul.scope.Scope;
import dk.aarshjul.system.TaskUser;

/**
 * {@code Task_GiveMedStatement}, {@code Task_GiveCentreMedStatement}, {@code Task_GiveMapStatement} and
 * {@code Task_AcknowledgeCorporateMap}, on complete: records the council's statement (or refuses it) and shows it to
 * the decider; the form's fields are cleared, so a draft shared again is answered afresh.
 */
@Component("giveMedStatementCompleted")
class GiveMedStatementCompleted implements TaskListener {

	private final MedStatementService statements;

	GiveMedStatementCompleted(MedStatementService statements) {
		this.statements = statements;
	}

	@Override
	public void notify(DelegateTask task) {
		DelegateExecution execution = task.getExecution();
		MedStatementPoint point = MedStatementPoint.of(execution);
		Object text = task.getVariable(point.informsOnly() ? Var.REMARKS : Var.TEXT);
		String shown = statements.give(point, Scope.municipality(task), Scope.year(task), point.councilOf(execution),
				task.getProcessInstanceId(), task.getVariable(Var.CHOICE), text, TaskUser.of(task));
		if (!point.informsOnly()) {
			execution.setVariable(Var.FOR_DECIDER, shown);
		}
		execution.removeVariable(Var.CHOICE);
		execution.removeVariable(Var.TEXT);
		execution.removeVariable(Var.REMARKS);
	}
}
