package dk.aarshjul.med;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import dk.aarshjul.cycle.AnnualCycleProcess;

/**
 * {@code Task_GenerateMedPlan} in "Årets gang": lays out the year's MED plan (or keeps the one it has) and puts it
 * in the secretariat's form.
 */
@Component("generateMedPlanTask")
class GenerateMedPlanTask implements JavaDelegate {

	private final MedPlanService plans;

	GenerateMedPlanTask(MedPlanService plans) {
		this.plans = plans;
	}

	@Override
	public void execute(DelegateExecution execution) {
		MedPlan plan = plans.generate(AnnualCycleProcess.municipality(execution), AnnualCycleProcess.year(execution));
		execution.setVariables(plans.formVariables(plan));
	}
}
