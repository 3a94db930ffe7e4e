package dk.aarshjul.cycle;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** The dates of one municipality's cycle for one year: the defaults, with the secretariat's changes. */
public record YearCalendar(String municipalityId, int year, Map<Milestone, LocalDate> dates) {

	public YearCalendar {
		dates = Collections.unmodifiableMap(new EnumMap<>(dates));
	}

	public LocalDate date(Milestone milestone) {
		return dates.get(milestone);
	}

	static YearCalendar defaults(String municipalityId, int year) {
		Map<Milestone, LocalDate> dates = new EnumMap<>(Milestone.class);
		for (Milestone milestone : Milestone.values()) {
			dates.put(milestone, milestone.defaultDate(year));
		}
		return new YearCalendar(municipalityId, year, dates);
	}
}
