package dk.aarshjul.cycle;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import dk.aarshjul.scope.Scope;
import dk.aarshjul.system.EngineClock;

/**
 * The calendar in the models: {@code ${calendar.date(execution, 'Q2_START')}} for a timer and
 * {@code ${calendar.due(execution, 'UNIT_AGREEMENTS_DUE')}} for a task's due date (or
 * {@code ${calendar.due(execution, 'FIRST_READING', 7)}}: a week after), for the execution's
 * {@code municipality} and {@code year}; {@code ${calendar.yearEnd(execution)}} for the end of the year;
 * {@code ${calendar.inDays(execution, 14)}} for a step that has no date of its own in the calendar.
 */
@Component("calendar")
public class CalendarExpressions {

	/** Tasks are due at the end of the working day of their milestone. */
	static final LocalTime END_OF_WORKING_DAY = LocalTime.of(16, 0);

	private final CalendarService calendars;

	CalendarExpressions(CalendarService calendars) {
		this.calendars = calendars;
	}

	/** The start of the milestone's day, Danish time. */
	public Date date(VariableScope scope, String milestone) {
		return Date.from(day(scope, milestone).atStartOfDay(EngineClock.DANISH_TIME).toInstant());
	}

	public Date due(VariableScope scope, String milestone) {
		return due(scope, milestone, 0);
	}

	/** Due some days after the milestone, for registering what took place at it. */
	public Date due(VariableScope scope, String milestone, int daysAfter) {
		return endOfWorkingDay(day(scope, milestone).plusDays(daysAfter));
	}

	/** The end of the cycle's year: midnight before 1 January of the year after, Danish time. */
	public Date yearEnd(VariableScope scope) {
		int year = Scope.year(scope);
		return Date.from(LocalDate.of(year + 1, 1, 1).atStartOfDay(EngineClock.DANISH_TIME).toInstant());
	}

	/**
	 * Due some days from today, but never after the last working day of the cycle's year: for steps that happen when
	 * something is reported during the year (changed premises) rather than on a date of the calendar.
	 */
	public Date inDays(VariableScope scope, int days) {
		LocalDate due = EngineClock.today().plusDays(days);
		LocalDate lastDay = LocalDate.of(Scope.year(scope), 12, 31);
		return endOfWorkingDay(due.isAfter(lastDay) ? lastDay : due);
	}

	/** The moment a task due on the day is due: the end of that working day, Danish time. */
	public static Date endOfWorkingDay(LocalDate day) {
		return Date.from(day.atTime(END_OF_WORKING_DAY).atZone(EngineClock.DANISH_TIME).toInstant());
	}

	private LocalDate day(VariableScope scope, String milestone) {
		String municipality = Scope.municipality(scope);
		int year = Scope.year(scope);
		return calendars.calendar(municipality, year).date(Milestone.valueOf(milestone));
	}
}
