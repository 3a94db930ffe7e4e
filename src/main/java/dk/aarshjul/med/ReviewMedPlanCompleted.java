package dk.aarshjul.med;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import dk.aarshjul.scope.Scope;
import dk.aarshjul.system.TaskUser;

/**
 * {@code Task_ReviewMedPlan} in "Årets gang", on complete: saves the weeks as the secretariat left them, or refuses
 * them with the rules they break.
 */
@Component("reviewMedPlanCompleted")
class ReviewMedPlanCompleted implements TaskListener {

	private final MedPlanService plans;

	ReviewMedPlanCompleted(MedPlanService plans) {
		this.plans = plans;
	}

	@Override
	public void notify(DelegateTask task) {
		MedPlan plan = plans.changeFromForm(Scope.municipality(task), Scope.year(task),
				task.getVariables());
		task.getExecution().setVariables(plans.formVariables(plan));
		task.getExecution().setVariable(PublishYearPlanTask.PUBLISHED_BY, TaskUser.of(task));
	}
}
