package dk.aarshjul.cycle;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import dk.aarshjul.scope.Scope;

/**
 * {@code Task_PrepareYear}, on complete: saves the year's calendar as the secretariat left it, or refuses it with
 * the rules it breaks. The timers and due dates of the year are read from it when they are reached.
 */
@Component("prepareYearCompleted")
class PrepareYearCompleted implements TaskListener {

	private final CalendarService calendars;

	PrepareYearCompleted(CalendarService calendars) {
		this.calendars = calendars;
	}

	@Override
	public void notify(DelegateTask task) {
		String municipality = Scope.municipality(task);
		int year = Scope.year(task);
		calendars.changeFromForm(municipality, year, task.getVariables());
		task.getExecution().setVariables(CalendarService.formVariables(calendars.calendar(municipality, year)));
	}
}
