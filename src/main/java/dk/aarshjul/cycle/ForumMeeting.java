package dk.aarshjul.cycle;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import dk.aarshjul.system.EngineClock;
import dk.aarshjul.system.FormValues;

/** A meeting of a forum in the yearly cycle, as registered by its secretary: when, what was discussed, what decided. */
public record ForumMeeting(int year, Forum forum, String committee, LocalDate heldOn, String discussion, String decisions,
		String recordedBy, OffsetDateTime recordedAt) {

	/** A meeting of the cycle's year took place in that year, and not after today. */
	public static boolean heldInYearSoFar(LocalDate date, int year) {
		return date.getYear() == year && !date.isAfter(EngineClock.today());
	}

	/**
	 * The date a meeting of the cycle's year was held, as its secretary submitted it: a date in the year and not in
	 * the future, or {@code null} with the problem added.
	 */
	public static LocalDate heldOn(Object submitted, int year, List<String> problems) {
		return heldOn(submitted, year, year, problems);
	}

	/**
	 * As {@link #heldOn(Object, int, List)}, for a meeting that may also have been held in the years from
	 * {@code firstYear} (a budget process approved in the year before the cycle's).
	 */
	public static LocalDate heldOn(Object submitted, int firstYear, int year, List<String> problems) {
		LocalDate date;
		try {
			date = FormValues.date(submitted);
		}
		catch (IllegalArgumentException e) {
			problems.add("Mødets dato skal skrives dd.mm.åååå, fx 01.03." + year + ", ikke »" + e.getMessage() + "«.");
			return null;
		}
		if (date == null) {
			problems.add("Angiv mødets dato.");
		}
		else if (date.getYear() < firstYear || date.getYear() > year || date.isAfter(EngineClock.today())) {
			problems.add("Mødet skal ligge i " + (firstYear == year ? "" : firstYear + " eller ") + year
					+ " og ikke efter i dag, ikke " + EngineClock.DANISH_DATE.format(date) + ".");
			return null;
		}
		return date;
	}

	public enum Forum {
		/** A standing committee discusses the work on the vision goals and policies (Q1). */
		COMMITTEE,
		/** Byrådet does the same (Q1). */
		COUNCIL,
		/** Koncernledelsen follows up on benefit realisation and adjusts the portfolio (Q2). */
		CORPORATE_MANAGEMENT,
		/** Centerrådet does the same (Q3). */
		CENTRE_COUNCIL,
		/** Koncernledelsen's seminar coordinates the strategy maps and prioritises (Q4). */
		STRATEGY_SEMINAR
	}
}
