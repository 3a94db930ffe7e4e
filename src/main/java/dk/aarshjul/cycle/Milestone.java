package dk.aarshjul.cycle;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * The dates of the yearly cycle that timers wait for and tasks are due by, each with its track, its quarter and
 * its default day; within a track they are in chronological order. The secretariat may move any of them for a
 * given year within the rules of {@link CalendarService}.
 */
public enum Milestone {

	// The year is prepared in the autumn before it: calendar and MED plan published.
	YEAR_PLAN_PUBLISHED(Track.PREPARATION, -1, 4, MonthDay.of(12, 1), "Årets kalender og MED-plan offentliggjort"),

	Q1_START(Track.STRATEGY, 0, 1, MonthDay.of(1, 2), "1. kvartal begynder"),
	UNIT_AGREEMENTS_DUE(Track.STRATEGY, 0, 1, MonthDay.of(3, 1), "Evaluering og decentrale aftaler (LUS) afsluttet"),
	EVALUATION_SUMMARY_DUE(Track.STRATEGY, 0, 1, MonthDay.of(3, 15), "Opsamling på evalueringerne klar"),
	COUNCIL_PRESENTATION(Track.STRATEGY, 0, 1, MonthDay.of(3, 31), "Opsamlingen forelagt Byrådet"),
	Q2_START(Track.STRATEGY, 0, 2, MonthDay.of(4, 1), "2. kvartal begynder"),
	Q2_FOLLOW_UP_DUE(Track.STRATEGY, 0, 2, MonthDay.of(5, 31), "Centres og enheders opfølgning i 2. kvartal afgivet"),
	Q2_DISCUSSIONS_DUE(Track.STRATEGY, 0, 2, MonthDay.of(6, 30), "Fagudvalg, Byråd og Koncernledelse har drøftet opfølgningen"),
	Q3_START(Track.STRATEGY, 0, 3, MonthDay.of(8, 15), "3. kvartal begynder (efter sommerferien)"),
	Q3_FOLLOW_UP_DUE(Track.STRATEGY, 0, 3, MonthDay.of(9, 15), "Centres og enheders opfølgning i 3. kvartal afgivet"),
	CENTRE_COUNCIL_DUE(Track.STRATEGY, 0, 3, MonthDay.of(9, 30), "Centerrådet har fulgt op på gevinstrealiseringen"),
	Q4_START(Track.STRATEGY, 0, 4, MonthDay.of(10, 1), "4. kvartal begynder"),
	STRATEGY_MAPS_DUE(Track.STRATEGY, 0, 4, MonthDay.of(10, 31), "Strategikort skrevet eller revideret"),
	STRATEGY_SEMINAR(Track.STRATEGY, 0, 4, MonthDay.of(11, 15), "Koncernledelsens seminar"),
	CENTRE_AGREEMENTS_DUE(Track.STRATEGY, 0, 4, MonthDay.of(12, 15), "Centeraftaler godkendt"),

	BUDGET_PROCESS_APPROVAL(Track.BUDGET, 0, 1, MonthDay.of(2, 20), "Økonomiudvalget godkender budgetprocessen"),
	BUDGET_MEETING(Track.BUDGET, 0, 2, MonthDay.of(5, 20), "Budgetmøde: første skøn og aftaler om prioritering"),
	COMMITTEE_BUDGET_MEETING_1(Track.BUDGET, 0, 3, MonthDay.of(8, 20), "Fagudvalgenes 1. budgetmøde"),
	COMMITTEE_BUDGET_MEETING_2(Track.BUDGET, 0, 3, MonthDay.of(9, 3), "Fagudvalgenes 2. budgetmøde"),
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

	private final Track track;
	private final int yearOffset;
	private final int quarter;
	private final MonthDay defaultDay;
	private final String label;

	Milestone(Track track, int yearOffset, int quarter, MonthDay defaultDay, String label) {
		this.track = track;
		this.yearOffset = yearOffset;
		this.quarter = quarter;
		this.defaultDay = defaultDay;
		this.label = label;
	}

	public Track track() {
		return track;
	}

	public int quarter() {
		return quarter;
	}

	/** The calendar year the milestone falls in, for the cycle of {@code cycleYear}: the year before, or the year. */
	public int calendarYear(int cycleYear) {
		return cycleYear + yearOffset;
	}

	public String label() {
		return label;
	}

	public LocalDate defaultDate(int cycleYear) {
		return defaultDay.atYear(calendarYear(cycleYear));
	}

	public boolean inQuarter(LocalDate date, int cycleYear) {
		return date.getYear() == calendarYear(cycleYear) && (date.getMonthValue() - 1) / 3 + 1 == quarter;
	}
}
