package dk.aarshjul.cycle;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * The dates of the yearly cycle that timers wait for and tasks are due by, in chronological order, each with its
 * quarter and its default day. The secretariat may move any of them for a given year within the rules of
 * {@link CalendarService}.
 */
public enum Milestone {

	Q1_START(1, MonthDay.of(1, 2), "1. kvartal begynder"),
	UNIT_AGREEMENTS_DUE(1, MonthDay.of(3, 1), "Evaluering og decentrale aftaler (LUS) afsluttet"),
	EVALUATION_SUMMARY_DUE(1, MonthDay.of(3, 15), "Opsamling på evalueringerne klar"),
	COUNCIL_PRESENTATION(1, MonthDay.of(3, 31), "Opsamlingen forelagt Byrådet"),
	Q2_START(2, MonthDay.of(4, 1), "2. kvartal begynder"),
	Q2_FOLLOW_UP_DUE(2, MonthDay.of(5, 31), "Centres og enheders opfølgning i 2. kvartal afgivet"),
	Q2_DISCUSSIONS_DUE(2, MonthDay.of(6, 30), "Fagudvalg, Byråd og Koncernledelse har drøftet opfølgningen"),
	Q3_START(3, MonthDay.of(8, 15), "3. kvartal begynder (efter sommerferien)"),
	Q3_FOLLOW_UP_DUE(3, MonthDay.of(9, 15), "Centres og enheders opfølgning i 3. kvartal afgivet"),
	CENTRE_COUNCIL_DUE(3, MonthDay.of(9, 30), "Centerrådet har fulgt op på gevinstrealiseringen"),
	Q4_START(4, MonthDay.of(10, 1), "4. kvartal begynder"),
	STRATEGY_MAPS_DUE(4, MonthDay.of(10, 31), "Strategikort skrevet eller revideret"),
	STRATEGY_SEMINAR(4, MonthDay.of(11, 15), "Koncernledelsens seminar"),
	CENTRE_AGREEMENTS_DUE(4, MonthDay.of(12, 15), "Centeraftaler godkendt");

	private final int quarter;
	private final MonthDay defaultDay;
	private final String label;

	Milestone(int quarter, MonthDay defaultDay, String label) {
		this.quarter = quarter;
		this.defaultDay = defaultDay;
		this.label = label;
	}

	public int quarter() {
		return quarter;
	}

	public String label() {
		return label;
	}

	public LocalDate defaultDate(int year) {
		return defaultDay.atYear(year);
	}

	public boolean inQuarter(LocalDate date, int year) {
		return date.getYear() == year && (date.getMonthValue() - 1) / 3 + 1 == quarter;
	}
}
