package dk.aarshjul.cycle;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.aarshjul.system.EngineClock;
import dk.aarshjul.system.FormValues;

/**
 * The per-year calendar: default dates, and the secretariat's changes for a year. A change must keep every
 * milestone in its quarters and the milestones of each track in their order (the strategy and budget tracks after
 * the preparation), hold the budget's two readings at least three weeks apart, and adopt the budget by the law's
 * deadline (itself a milestone, since the state moves it in some years).
 */
@Service
public class CalendarService {


	private final JdbcClient jdbc;

	/** The form variables of the secretariat's calendar, one per milestone. */
	public static final String FORM_PREFIX = "milestone_";

	CalendarService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public YearCalendar calendar(String municipalityId, int year) {
		Map<Milestone, LocalDate> dates = new EnumMap<>(YearCalendar.defaults(municipalityId, year).dates());
		jdbc.sql("SELECT milestone, milestone_date FROM calendar_override WHERE municipality_id = ? AND cycle_year = ?")
			.params(municipalityId, year)
			.query((rs, row) -> Map.entry(Milestone.valueOf(rs.getString(1)), rs.getObject(2, LocalDate.class)))
			.list()
			.forEach(e -> dates.put(e.getKey(), e.getValue()));
		return new YearCalendar(municipalityId, year, dates);
	}

	/** Moves milestones of a year, all or nothing: a change that breaks a rule is refused with the rule. */
	@Transactional
	public YearCalendar change(String municipalityId, int year, Map<Milestone, LocalDate> changes) {
		Map<Milestone, LocalDate> dates = new EnumMap<>(calendar(municipalityId, year).dates());
		dates.putAll(changes);
		List<String> broken = rulesBrokenBy(year, dates);
		if (!broken.isEmpty()) {
			throw new CalendarRefusedException("Kalenderen for " + year + " kan ikke gemmes: " + String.join(" ", broken));
		}
		changes.forEach((milestone, date) -> {
			int updated = jdbc.sql("UPDATE calendar_override SET milestone_date = ? WHERE municipality_id = ? AND cycle_year = ? AND milestone = ?")
				.params(date, municipalityId, year, milestone.name()).update();
			if (updated == 0) {
				jdbc.sql("INSERT INTO calendar_override (municipality_id, cycle_year, milestone, milestone_date) VALUES (?, ?, ?, ?)")
					.params(municipalityId, year, milestone.name(), date).update();
			}
		});
		return calendar(municipalityId, year);
	}

	/** The year's dates as the secretariat's form shows them: {@code milestone_<NAME>} = dd.mm.åååå. */
	public static Map<String, Object> formVariables(YearCalendar calendar) {
		Map<String, Object> variables = new LinkedHashMap<>();
		calendar.dates().forEach((milestone, date) -> variables.put(FORM_PREFIX + milestone.name(), EngineClock.DANISH_DATE.format(date)));
		return variables;
	}

	/**
	 * Saves the dates the secretariat changed in the form (a date left empty keeps its value), all or nothing.
	 *
	 * @return the milestones that moved
	 */
	@Transactional
	public Map<Milestone, LocalDate> changeFromForm(String municipalityId, int year, Map<String, Object> submitted) {
		YearCalendar current = calendar(municipalityId, year);
		Map<Milestone, LocalDate> changes = new EnumMap<>(Milestone.class);
		List<String> unreadable = new ArrayList<>();
		for (Milestone milestone : Milestone.values()) {
			try {
				LocalDate date = FormValues.date(submitted.get(FORM_PREFIX + milestone.name()));
				if (date != null && !date.equals(current.date(milestone))) {
					changes.put(milestone, date);
				}
			}
			catch (IllegalArgumentException e) {
				unreadable.add("»" + milestone.label() + "« skal skrives dd.mm.åååå, fx 01.03." + year + ", ikke »"
						+ e.getMessage() + "«.");
			}
		}
		if (!unreadable.isEmpty()) {
			throw new CalendarRefusedException("Kalenderen for " + year + " kan ikke gemmes: " + String.join(" ", unreadable));
		}
		if (!changes.isEmpty()) {
			change(municipalityId, year, changes);
		}
		return changes;
	}

	/** The law's minimum time between the budget's two readings in the council. */
	static final int READINGS_MIN_DAYS_APART = 21;

	static List<String> rulesBrokenBy(int year, Map<Milestone, LocalDate> dates) {
		List<String> broken = new ArrayList<>();
		Map<Milestone.Track, Milestone> previousInTrack = new EnumMap<>(Milestone.Track.class);
		for (Milestone milestone : Milestone.values()) {
			LocalDate date = dates.get(milestone);
			if (!milestone.inQuarters(date, year)) {
				broken.add("»%s« skal ligge i %s, ikke %s.".formatted(milestone.label(), milestone.quarters().label(year),
						EngineClock.DANISH_DATE.format(date)));
			}
			Milestone previous = previousInTrack.put(milestone.track(), milestone);
			if (previous == null && startsAfterThePreparation(milestone.track())) {
				previous = previousInTrack.get(Milestone.Track.PREPARATION);
			}
			if (previous != null && date.isBefore(dates.get(previous))) {
				broken.add("»%s« (%s) kan ikke ligge før »%s« (%s).".formatted(milestone.label(), EngineClock.DANISH_DATE.format(date),
						previous.label(), EngineClock.DANISH_DATE.format(dates.get(previous))));
			}
		}
		LocalDate first = dates.get(Milestone.FIRST_READING);
		LocalDate second = dates.get(Milestone.SECOND_READING);
		if (second.isBefore(first.plusDays(READINGS_MIN_DAYS_APART))) {
			broken.add("Budgettets to behandlinger skal ligge mindst 3 uger fra hinanden: »%s« (%s) er kun %d dage efter »%s« (%s)."
				.formatted(Milestone.SECOND_READING.label(), EngineClock.DANISH_DATE.format(second), ChronoUnit.DAYS.between(first, second),
						Milestone.FIRST_READING.label(), EngineClock.DANISH_DATE.format(first)));
		}
		LocalDate deadline = dates.get(Milestone.BUDGET_ADOPTION_DEADLINE);
		if (second.isAfter(deadline)) {
			broken.add("Budgettet skal være vedtaget senest lovens frist %s: »%s« ligger %s."
				.formatted(EngineClock.DANISH_DATE.format(deadline), Milestone.SECOND_READING.label(), EngineClock.DANISH_DATE.format(second)));
		}
		return broken;
	}

	/**
	 * The strategy and budget tracks start when the preparation has published the year's plan, so their first
	 * milestones cannot lie before it (this matters for a budget process approved in the year before).
	 */
	private static boolean startsAfterThePreparation(Milestone.Track track) {
		return track == Milestone.Track.STRATEGY || track == Milestone.Track.BUDGET;
	}

	/** A calendar that breaks a rule: the secretariat's to correct. */
	public static class CalendarRefusedException extends BadUserRequestException {

		public CalendarRefusedException(String message) {
			super(message);
		}
	}
}
