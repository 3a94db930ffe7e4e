package dk.aarshjul.cycle;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import dk.aarshjul.cycle.AnnualCycleProcess.Var;

/** {@code Task_CompileEvaluationSummary}, on complete: keeps the secretariat's summary with the cycle. */
@Component("compileEvaluationSummaryCompleted")
class CompileEvaluationSummaryCompleted implements TaskListener {

	private final CycleService cycles;

	CompileEvaluationSummaryCompleted(CycleService cycles) {
		this.cycles = cycles;
	}

	@Override
	public void notify(DelegateTask task) {
		cycles.saveEvaluationSummary(task.getProcessInstanceId(), task.getVariable(Var.EVALUATION_SUMMARY));
	}
}
