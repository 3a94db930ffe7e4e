package dk.aarshjul.feed;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;

/**
 * One all-day event of a feed, from its first to its last day (both included).
 *
 * @param uid stable across requests, so that a subscribed client updates the event instead of adding it again
 * @param category the track or council, as the event's CATEGORIES
 * @param transparent true for an event that spans days without taking them up (a phase, a MED week), so that it
 *        does not show the reader as busy; otherwise TRANSP is left out (RFC 5545: opaque)
 */
record FeedEvent(String uid, LocalDate first, LocalDate last, String summary, String category, String description,
		boolean transparent) {

	FeedEvent {
		if (last.isBefore(first)) {
			throw new IllegalArgumentException("Event " + uid + " ends (" + last + ") before it begins (" + first + ")");
		}
	}

	/** {@code <municipality>-<year>-<kind>-<key>@aarshjul}, in lower case with hyphens. */
	static String uid(String municipalityId, int year, String kind, String key) {
		return (municipalityId + "-" + year + "-" + kind + "-" + key).toLowerCase(Locale.ROOT).replace('_', '-') + "@aarshjul";
	}

	/** As iCalendar: DTSTART and DTEND with VALUE=DATE, DTEND the day after the last (RFC 5545 3.6.1). */
	VEvent toVEvent(Instant stamp) {
		VEvent event = new VEvent(first, last.plusDays(1), summary);
		event.replace(new DtStamp(stamp));
		event.add(new Uid(uid));
		event.add(new Categories(category));
		if (description != null) {
			event.add(new Description(description));
		}
		if (transparent) {
			event.add(ImmutableTransp.TRANSPARENT);
		}
		return event;
	}
}
