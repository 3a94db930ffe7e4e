package dk.aarshjul.med;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A year's MED plan: the weeks each council meets, in order (ISO week numbers of the year). C-MED meets in the same
 * weeks in every centre; A-MED's weeks are suggestions to the units.
 */
public record MedPlan(String municipalityId, int year, Status status, Map<MedCouncil, List<Integer>> weeks) {

	public enum Status {
		DRAFT, PUBLISHED
	}

	public MedPlan {
		Map<MedCouncil, List<Integer>> copy = new EnumMap<>(MedCouncil.class);
		weeks.forEach((council, list) -> copy.put(council, List.copyOf(list)));
		weeks = Collections.unmodifiableMap(copy);
	}

	public List<Integer> weeks(MedCouncil council) {
		return weeks.getOrDefault(council, List.of());
	}

	/** The Monday of an ISO week of the year. */
	public static LocalDate monday(int year, int week) {
		return LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
	}

	/** How many ISO weeks the year has: 52 or 53. */
	public static int weeksIn(int year) {
		return (int) IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(LocalDate.of(year, 6, 1)).getMaximum();
	}
}
