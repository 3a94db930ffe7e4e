package dk.aarshjul.feed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dk.aarshjul.cycle.Cycle;
import dk.aarshjul.cycle.Milestone;
import dk.aarshjul.cycle.YearCalendar;
import dk.aarshjul.system.EngineClock;

/**
 * The events of a year's calendar that every feed shows: its phases (the preparation and the four quarters) and
 * every other milestone as a one-day event.
 */
final class CycleEvents {

	/** The milestones that begin the quarters: they are the phases' first days, not events of their own. */
	static final Set<Milestone> QUARTER_STARTS = EnumSet.of(Milestone.Q1_START, Milestone.Q2_START, Milestone.Q3_START,
			Milestone.Q4_START);

	private static final List<Milestone> QUARTERS = List.of(Milestone.Q1_START, Milestone.Q2_START, Milestone.Q3_START,
			Milestone.Q4_START);

	/** The CATEGORIES of the four quarters. */
	static final String QUARTER_CATEGORY = "Kvartal";

	private CycleEvents() {
	}

	/**
	 * The preparation, from the cycle's start (or 1 October of the year before, when the cycle has not been started
	 * in the year before) until the year's plan is published; then each quarter from its start until the day before
	 * the next one, the fourth until 31 December.
	 */
	static List<FeedEvent> phases(YearCalendar calendar, Optional<Cycle> cycle) {
		String municipality = calendar.municipalityId();
		int year = calendar.year();
		List<FeedEvent> phases = new ArrayList<>();
		LocalDate published = calendar.date(Milestone.YEAR_PLAN_PUBLISHED);
		phases.add(new FeedEvent(FeedEvent.uid(municipality, year, "phase", "preparation"),
				preparationStart(year, published, cycle), published, "Forberedelse af " + year,
				Milestone.Track.PREPARATION.label(),
				"Årets gang for %d forberedes: kalender og MED-plan lægges og offentliggøres senest %s."
					.formatted(year, EngineClock.DANISH_DATE.format(published)),
				true));
		for (int i = 0; i < QUARTERS.size(); i++) {
			int quarter = i + 1;
			LocalDate first = calendar.date(QUARTERS.get(i));
			LocalDate last = quarter < QUARTERS.size() ? calendar.date(QUARTERS.get(i + 1)).minusDays(1)
					: LocalDate.of(year, 12, 31);
			phases.add(new FeedEvent(FeedEvent.uid(municipality, year, "phase", "q" + quarter), first, last,
					quarter + ". kvartal " + year, QUARTER_CATEGORY,
					"Årets gang %d, %d. kvartal: %s–%s.".formatted(year, quarter, EngineClock.DANISH_DATE.format(first),
							EngineClock.DANISH_DATE.format(last)),
					true));
		}
		return phases;
	}

	/**
	 * Every milestone but the quarters' starts, on its day: "Budget: …" on the budget track, the law's deadline as it
	 * is, "Frist: …" on the others.
	 */
	static List<FeedEvent> milestones(YearCalendar calendar) {
		List<FeedEvent> events = new ArrayList<>();
		for (Milestone milestone : Milestone.values()) {
			if (QUARTER_STARTS.contains(milestone)) {
				continue;
			}
			LocalDate date = calendar.date(milestone);
			events.add(new FeedEvent(FeedEvent.uid(calendar.municipalityId(), calendar.year(), "milestone", milestone.name()),
					date, date, summary(milestone), milestone.track().label(),
					"%s i årets gang for %d (%d. kvartal %d).".formatted(milestone.track().label(), calendar.year(),
							Milestone.quarterOf(date), date.getYear()),
					false));
		}
		return events;
	}

	static String summary(Milestone milestone) {
		return switch (milestone.track()) {
			case BUDGET -> "Budget: " + milestone.label();
			case LAW -> milestone.label();
			case PREPARATION, STRATEGY -> "Frist: " + milestone.label();
		};
	}

	/** The cycle's first day if it was started in the year before and not after the publication; else 1 October. */
	static LocalDate preparationStart(int year, LocalDate published, Optional<Cycle> cycle) {
		return cycle.map(c -> c.startedAt().atZoneSameInstant(EngineClock.DANISH_TIME).toLocalDate())
			.filter(started -> started.getYear() == year - 1 && !started.isAfter(published))
			.orElse(LocalDate.of(year - 1, 10, 1));
	}
}
