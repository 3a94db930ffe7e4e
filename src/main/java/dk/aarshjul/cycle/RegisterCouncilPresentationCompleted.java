package dk.aarshjul.cycle;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import dk.aarshjul.cycle.AnnualCycleProcess.Var;
import dk.aarshjul.scope.Scope;

/** {@code Task_RegisterCouncilPresentation}, on complete: records when Byrådet was presented with the summary. */
@Component("registerCouncilPresentationCompleted")
class RegisterCouncilPresentationCompleted implements TaskListener {

	private final CycleService cycles;

	RegisterCouncilPresentationCompleted(CycleService cycles) {
		this.cycles = cycles;
	}

	@Override
	public void notify(DelegateTask task) {
		cycles.registerCouncilPresentation(task.getProcessInstanceId(), Scope.year(task),
				task.getVariable(Var.PRESENTED_ON), task.getVariable(Var.COUNCIL_NOTE));
	}
}
