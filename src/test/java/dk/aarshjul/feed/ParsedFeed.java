package dk.aarshjul.feed;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Transp;

/** A feed as a calendar client reads it: parsed back with ical4j's own parser, its events in simple terms. */
record ParsedFeed(Calendar calendar, List<Event> events) {

	/** One VEVENT: DTSTART, and DTEND as written (the day after the last). */
	record Event(String uid, String summary, LocalDate start, LocalDate end, String category, boolean transparent) {
	}

	static ParsedFeed parse(String text) {
		Calendar calendar;
		try {
			calendar = new CalendarBuilder().build(new StringReader(text));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (ParserException e) {
			throw new AssertionError("The feed does not parse: " + e.getMessage(), e);
		}
		List<VEvent> components = calendar.getComponents(Component.VEVENT);
		return new ParsedFeed(calendar, components.stream().map(ParsedFeed::event).toList());
	}

	private static Event event(VEvent event) {
		return new Event(event.getUid().orElseThrow().getValue(), event.getSummary().getValue(),
				event.<LocalDate>getDateTimeStart().getDate(), event.<LocalDate>getDateTimeEnd().getDate(),
				event.getProperty(Property.CATEGORIES).map(Property::getValue).orElse(null),
				event.getTransparency().map(t -> Transp.VALUE_TRANSPARENT.equals(t.getValue())).orElse(false));
	}

	List<Event> where(Predicate<String> summary) {
		return events.stream().filter(e -> summary.test(e.summary())).toList();
	}

	Event only(String summary) {
		List<Event> found = where(summary::equals);
		if (found.size() != 1) {
			throw new AssertionError("Expected one event »" + summary + "«, found " + found.size());
		}
		return found.get(0);
	}

	List<LocalDate> starts(Predicate<String> summary) {
		return where(summary).stream().map(Event::start).toList();
	}
}
