package dk.aarshjul.med;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import dk.aarshjul.scope.Scope;

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
		MedPlan plan = plans.generate(Scope.municipality(execution), Scope.year(execution));
		execution.setVariables(plans.formVariables(plan));
	}
}
