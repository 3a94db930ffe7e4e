package dk.aarshjul.cycle;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * The dates of the yearly cycle that timers wait for and tasks are due by, each with its track, the quarters it may
 * lie in (one quarter for most, two for some budget milestones) and its default day; within a track they are in
 * chronological order. The secretariat may move any of them for a given year within the rules of
 * {@link CalendarService}.
 */
public enum Milestone {

	// The year is prepared in the autumn before it: calendar and MED plan published.
	YEAR_PLAN_PUBLISHED(Track.PREPARATION, -1, 4, MonthDay.of(12, 1), "Årets kalender og MED-plan offentliggjort"),

	Q1_START(Track.STRATEGY, 0, 1, MonthDay.of(1, 2), "1. kvartal begynder"),
	UNIT_AGREEMENTS_DUE(Track.STRATEGY, 0, 1, MonthDay.of(3, 1), "Evaluering og decentrale aftaler (LUS) afsluttet"),
	EVALUATION_SUMMARY_DUE(Track.STRATEGY, 0, 1, MonthDay.of(3, 15), "Opsamling på evalueringerne klar"),
	COUNCIL_PRESENTATION(Track.STRATEGY, 0, 1, MonthDay.of(3, 31), "Opsamlingen forelagt Byrådet; visionsmålene drøftet"),
	Q2_START(Track.STRATEGY, 0, 2, MonthDay.of(4, 1), "2. kvartal begynder"),
	Q2_FOLLOW_UP_DUE(Track.STRATEGY, 0, 2, MonthDay.of(5, 31), "Centres og enheders opfølgning i 2. kvartal afgivet"),
	Q2_DISCUSSIONS_DUE(Track.STRATEGY, 0, 2, MonthDay.of(6, 30), "Koncernledelsen har fulgt op på gevinstrealiseringen"),
	Q3_START(Track.STRATEGY, 0, 3, MonthDay.of(8, 15), "3. kvartal begynder (efter sommerferien)"),
	Q3_FOLLOW_UP_DUE(Track.STRATEGY, 0, 3, MonthDay.of(9, 15), "Centres og enheders opfølgning i 3. kvartal afgivet"),
	CENTRE_COUNCIL_DUE(Track.STRATEGY, 0, 3, MonthDay.of(9, 30), "Centerrådet har fulgt op på gevinstrealiseringen"),
	Q4_START(Track.STRATEGY, 0, 4, MonthDay.of(10, 1), "4. kvartal begynder"),
	STRATEGY_MAPS_DUE(Track.STRATEGY, 0, 4, MonthDay.of(10, 31), "Strategikort skrevet eller revideret"),
	STRATEGY_SEMINAR(Track.STRATEGY, 0, 4, MonthDay.of(11, 15), "Koncernledelsens seminar"),
	CENTRE_AGREEMENTS_DUE(Track.STRATEGY, 0, 4, MonthDay.of(12, 15), "Centeraftaler godkendt"),

	// Økonomiudvalget may approve the budget process before the year begins (Helsingør did on 18 December 2024).
	BUDGET_PROCESS_APPROVAL(Track.BUDGET, Quarters.between(-1, 4, 0, 1), MonthDay.of(2, 20), "Økonomiudvalget godkender budgetprocessen"),
	BUDGET_MEETING(Track.BUDGET, 0, 2, MonthDay.of(5, 20), "Budgetmøde: første skøn og aftaler om prioritering"),
	COMMITTEE_BUDGET_MEETING_1(Track.BUDGET, Quarters.between(0, 2, 0, 3), MonthDay.of(8, 20), "Fagudvalgenes 1. budgetmøde"),
	COMMITTEE_BUDGET_MEETING_2(Track.BUDGET, Quarters.between(0, 2, 0, 3), MonthDay.of(9, 3), "Fagudvalgenes 2. budgetmøde"),
	FIRST_READING(Track.BUDGET, 0, 3, MonthDay.of(9, 17), "1. behandling af budgettet i Byrådet"),
	SECOND_READING(Track.BUDGET, 0, 4, MonthDay.of(10, 8), "2. behandling af budgettet i Byrådet"),
	COMMITTEE_BUDGET_BRIEFING(Track.BUDGET, 0, 4, MonthDay.of(11, 10), "Fagudvalgene orienteres om budgettets konsekvenser"),

	/** Not an event but the law's deadline for adopting the budget; the state moves it in some years. */
	BUDGET_ADOPTION_DEADLINE(Track.LAW, 0, 4, MonthDay.of(10, 15), "Lovens frist for vedtagelse af budgettet");

	/** Milestones of one track follow each other in their order; tracks run side by side. */
	public enum Track {
		PREPARATION("Forberedelse"), STRATEGY("Strategi og aftaler"), BUDGET("Budget"), LAW("Lovkrav");

		private final String label;

		Track(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/**
	 * The quarters a milestone may lie in, counted from the cycle's year: 0 is its first quarter, 3 its last, -1 the
	 * last quarter of the year before.
	 */
	public record Quarters(int first, int last) {

		public Quarters {
			if (first > last) {
				throw new IllegalArgumentException("quarters " + first + " to " + last);
			}
		}

		/** One quarter of the year ({@code yearOffset} 0) or of the year before (-1). */
		static Quarters of(int yearOffset, int quarter) {
			return between(yearOffset, quarter, yearOffset, quarter);
		}

		/** From quarter {@code fromQuarter} through {@code toQuarter}, each in the year or the year before. */
		static Quarters between(int fromYearOffset, int fromQuarter, int toYearOffset, int toQuarter) {
			return new Quarters(index(fromYearOffset, fromQuarter), index(toYearOffset, toQuarter));
		}

		private static int index(int yearOffset, int quarter) {
			if (quarter < 1 || quarter > 4) {
				throw new IllegalArgumentException("quarter " + quarter);
			}
			return yearOffset * 4 + quarter - 1;
		}

		/** The calendar year of the first quarter, for the cycle of {@code cycleYear}: the year before, or the year. */
		public int firstYear(int cycleYear) {
			return yearOf(first, cycleYear);
		}

		public int lastYear(int cycleYear) {
			return yearOf(last, cycleYear);
		}

		public boolean contain(LocalDate date, int cycleYear) {
			int index = (date.getYear() - cycleYear) * 4 + Milestone.quarterOf(date) - 1;
			return first <= index && index <= last;
		}

		/**
		 * In Danish, for the cycle of {@code cycleYear}: "1. kvartal 2027", "2.–3. kvartal 2027" or
		 * "4. kvartal 2026 – 1. kvartal 2027".
		 */
		public String label(int cycleYear) {
			int firstYear = firstYear(cycleYear);
			int lastYear = lastYear(cycleYear);
			if (first == last) {
				return "%d. kvartal %d".formatted(quarterOf(first), firstYear);
			}
			if (firstYear == lastYear) {
				return "%d.–%d. kvartal %d".formatted(quarterOf(first), quarterOf(last), lastYear);
			}
			return "%d. kvartal %d – %d. kvartal %d".formatted(quarterOf(first), firstYear, quarterOf(last), lastYear);
		}

		private static int yearOf(int index, int cycleYear) {
			return cycleYear + Math.floorDiv(index, 4);
		}

		private static int quarterOf(int index) {
			return Math.floorMod(index, 4) + 1;
		}
	}

	/** The quarter (1–4) of its year that a date lies in. */
	public static int quarterOf(LocalDate date) {
		return (date.getMonthValue() - 1) / 3 + 1;
	}

	private final Track track;
	private final Quarters quarters;
	private final MonthDay defaultDay;
	private final String label;

	Milestone(Track track, int yearOffset, int quarter, MonthDay defaultDay, String label) {
		this(track, Quarters.of(yearOffset, quarter), defaultDay, label);
	}

	Milestone(Track track, Quarters quarters, MonthDay defaultDay, String label) {
		this.track = track;
		this.quarters = quarters;
		this.defaultDay = defaultDay;
		this.label = label;
	}

	public Track track() {
		return track;
	}

	/** The quarters the milestone may lie in. */
	public Quarters quarters() {
		return quarters;
	}

	public String label() {
		return label;
	}

	/** The default day in the first year of its quarters that holds it: the year before, or the year. */
	public LocalDate defaultDate(int cycleYear) {
		for (int year = quarters.firstYear(cycleYear); year <= quarters.lastYear(cycleYear); year++) {
			LocalDate date = defaultDay.atYear(year);
			if (quarters.contain(date, cycleYear)) {
				return date;
			}
		}
		throw new IllegalStateException(this + ": the default day " + defaultDay + " is not in its quarters");
	}

	/** Whether a date lies in the quarters the milestone may lie in, for the cycle of {@code cycleYear}. */
	public boolean inQuarters(LocalDate date, int cycleYear) {
		return quarters.contain(date, cycleYear);
	}
}
