package dk.aarshjul.feed;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import dk.aarshjul.cycle.CalendarService;
import dk.aarshjul.cycle.Cycle;
import dk.aarshjul.cycle.CycleService;
import dk.aarshjul.cycle.YearCalendar;
import dk.aarshjul.med.MedPlanService;
import dk.aarshjul.system.EngineClock;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Builds a feed: for every year the municipality has a cycle for, and the current year, the year's phases and
 * milestones from its calendar (the secretariat's changes included) and, once published, its MED plan's meetings.
 * Nothing in it is confidential.
 */
@Service
class YearFeed {

	static final String PRODUCT = "-//Aarshjul//Aarets gang//DA";

	/** How often subscribed clients are asked to fetch the feed again. */
	static final Duration REFRESH = Duration.ofHours(12);

	private final CalendarService calendars;
	private final MedPlanService medPlans;
	private final CycleService cycles;

	YearFeed(CalendarService calendars, MedPlanService medPlans, CycleService cycles) {
		this.calendars = calendars;
		this.medPlans = medPlans;
		this.cycles = cycles;
	}

	/** The feed as iCalendar text. */
	String text(FeedScope scope) {
		StringWriter text = new StringWriter();
		try {
			// Validated by the tests; a feed that a strict validator would question is still better than none.
			new CalendarOutputter(false).output(calendar(scope), text);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return text.toString();
	}

	Calendar calendar(FeedScope scope) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId(PRODUCT));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		String name = "Årshjul – " + scope.name();
		calendar.add(new Name(name));
		calendar.add(new XProperty("X-WR-CALNAME", name));
		calendar.add(new XProperty("X-WR-CALDESC", "Årets gang: faser, frister og MED-møder"));
		calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), REFRESH));
		calendar.add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));
		Instant stamp = EngineClock.now().toInstant().truncatedTo(ChronoUnit.SECONDS);
		events(scope).forEach(event -> calendar.add(event.toVEvent(stamp)));
		return calendar;
	}

	/** The feed's events, by first day. */
	List<FeedEvent> events(FeedScope scope) {
		String municipality = scope.municipalityId();
		Map<Integer, Cycle> cyclesByYear = cycles.findAll(municipality).stream()
			.collect(Collectors.toMap(Cycle::year, Function.identity()));
		SortedSet<Integer> years = new TreeSet<>(cyclesByYear.keySet());
		years.add(EngineClock.today().getYear());
		List<FeedEvent> events = new ArrayList<>();
		for (int year : years) {
			YearCalendar calendar = calendars.calendar(municipality, year);
			events.addAll(CycleEvents.phases(calendar, Optional.ofNullable(cyclesByYear.get(year))));
			events.addAll(CycleEvents.milestones(calendar));
			medPlans.published(municipality, year).ifPresent(plan -> events.addAll(MedEvents.of(plan, scope)));
		}
		events.sort(Comparator.comparing(FeedEvent::first).thenComparing(FeedEvent::uid));
		return events;
	}
}
