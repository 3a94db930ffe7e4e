package dk.aarshjul.med;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import dk.aarshjul.med.MedStatementPoint.Var;
import dk.aarshjul.scope.Scope;

/**
 * {@code Task_RecordMissingMedStatement}, {@code Task_RecordMissingCentreMedStatement},
 * {@code Task_RecordMissingMapStatement} and {@code Task_RecordMapNotAcknowledged}: the council's deadline passed
 * without a statement; it is recorded as missing, and the decider reads that.
 */
@Component("recordMissingMedStatementTask")
class RecordMissingMedStatementTask implements JavaDelegate {

	private final MedStatementService statements;

	RecordMissingMedStatementTask(MedStatementService statements) {
		this.statements = statements;
	}

	@Override
	public void execute(DelegateExecution execution) {
		MedStatementPoint point = MedStatementPoint.of(execution);
		String shown = statements.missing(point, Scope.municipality(execution), Scope.year(execution),
				point.councilOf(execution), execution.getProcessInstanceId());
		if (!point.informsOnly()) {
			execution.setVariable(Var.FOR_DECIDER, shown);
		}
		execution.removeVariable(Var.CHOICE);
		execution.removeVariable(Var.TEXT);
		execution.removeVariable(Var.REMARKS);
	}
}
