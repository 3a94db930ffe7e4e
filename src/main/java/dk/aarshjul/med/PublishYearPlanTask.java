package dk.aarshjul.med;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import dk.aarshjul.scope.Scope;

/**
 * {@code Task_PublishYearPlan} in "Årets gang": publishes the MED plan once the secretariat has confirmed it; from
 * then on the year's calendars show its meetings.
 */
@Component("publishYearPlanTask")
class PublishYearPlanTask implements JavaDelegate {

	private final MedPlanService plans;

	PublishYearPlanTask(MedPlanService plans) {
		this.plans = plans;
	}

	@Override
	public void execute(DelegateExecution execution) {
		plans.publish(Scope.municipality(execution), Scope.year(execution),
				(String) execution.getVariable(PUBLISHED_BY));
	}

	/** Who confirmed the plan: set by the review task's completion. */
	static final String PUBLISHED_BY = "medPlanConfirmedBy";
}
