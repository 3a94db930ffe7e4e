package dk.aarshjul.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dk.aarshjul.cycle.CalendarService;
import dk.aarshjul.cycle.CycleService;
import dk.aarshjul.cycle.Milestone;
import dk.aarshjul.cycle.YearCalendar;
import dk.aarshjul.med.MedCouncil;
import dk.aarshjul.med.MedPlan;
import dk.aarshjul.med.MedPlanService;
import dk.aarshjul.organisation.OrganisationService;
import dk.aarshjul.system.ApiAccess.NotFound;
import dk.aarshjul.system.EngineClock;
import dk.aarshjul.test.ApplicationTest;
import dk.aarshjul.test.TestData;

/**
 * The feeds of the example organisation, built and parsed back as a calendar client reads them, with today on
 * 1 March {@value #YEAR}.
 */
@ApplicationTest
class CalendarFeedTests {

	private static final String MUNICIPALITY = "helsingor";
	private static final int YEAR = 2027;

	@Autowired
	YearFeed feed;
	@Autowired
	CalendarService calendars;
	@Autowired
	MedPlanService medPlans;
	@Autowired
	CycleService cycles;
	@Autowired
	OrganisationService organisation;
	@Autowired
	RuntimeService runtime;
	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void today() {
		ClockUtil.setCurrentTime(Date.from(LocalDate.of(YEAR, 3, 1).atTime(12, 0).atZone(EngineClock.DANISH_TIME).toInstant()));
	}

	@AfterEach
	void tearDown() {
		TestData.reset(runtime, jdbc);
	}

	@Test
	void theMunicipalityFeedHasEveryMilestoneAndEveryMeetingOfThePublishedPlanOnItsDay() {
		calendars.change(MUNICIPALITY, YEAR, Map.of(Milestone.Q2_START, LocalDate.of(YEAR, 4, 6),
				Milestone.STRATEGY_SEMINAR, LocalDate.of(YEAR, 11, 25), Milestone.FIRST_READING, LocalDate.of(YEAR, 9, 14),
				Milestone.BUDGET_PROCESS_APPROVAL, LocalDate.of(YEAR - 1, 12, 18)));
		MedPlan plan = publishedPlan();
		YearCalendar dates = calendars.calendar(MUNICIPALITY, YEAR);

		String text = feed.text(municipality());
		ParsedFeed parsed = ParsedFeed.parse(text);

		assertThat(parsed.calendar().validate().getEntries()).isEmpty();
		assertThat(text).contains("DTSTART;VALUE=DATE:").doesNotContain("DTSTART:").contains("DTSTAMP:");
		assertThat(parsed.events()).extracting(ParsedFeed.Event::uid).doesNotHaveDuplicates()
			.allMatch(uid -> uid.startsWith(MUNICIPALITY + "-" + YEAR + "-") && uid.endsWith("@aarshjul"));

		for (Milestone milestone : Milestone.values()) {
			if (CycleEvents.QUARTER_STARTS.contains(milestone)) {
				continue;
			}
			ParsedFeed.Event event = parsed.only(switch (milestone.track()) {
				case BUDGET -> "Budget: " + milestone.label();
				case LAW -> milestone.label();
				default -> "Frist: " + milestone.label();
			});
			assertThat(event.start()).as(milestone.name()).isEqualTo(dates.date(milestone));
			assertThat(event.end()).as(milestone.name()).isEqualTo(dates.date(milestone).plusDays(1));
			assertThat(event.category()).isEqualTo(milestone.track().label());
			assertThat(event.uid()).isEqualTo(FeedEvent.uid(MUNICIPALITY, YEAR, "milestone", milestone.name()));
		}
		assertThat(parsed.only("Frist: Koncernledelsens seminar").start()).isEqualTo(LocalDate.of(YEAR, 11, 25));
		assertThat(parsed.only("Budget: 1. behandling af budgettet i Byrådet").start()).isEqualTo(LocalDate.of(YEAR, 9, 14));
		assertThat(parsed.only("Frist: Årets kalender og MED-plan offentliggjort").start()).isEqualTo(LocalDate.of(YEAR - 1, 12, 1));
		// Approved in December of the year before: on its day, in the quarter it lies in.
		assertThat(parsed.only("Budget: Økonomiudvalget godkender budgetprocessen").start()).isEqualTo(LocalDate.of(YEAR - 1, 12, 18));
		assertThat(text.replace("\r\n ", "")).contains("Budget i årets gang for " + YEAR + " (4. kvartal " + (YEAR - 1) + ").");

		assertThat(parsed.only("Forberedelse af " + YEAR)).isEqualTo(new ParsedFeed.Event(
				"helsingor-2027-phase-preparation@aarshjul", "Forberedelse af 2027", LocalDate.of(YEAR - 1, 10, 1),
				LocalDate.of(YEAR - 1, 12, 2), "Forberedelse", true));
		assertThat(parsed.only("1. kvartal 2027")).extracting(ParsedFeed.Event::start, ParsedFeed.Event::end, ParsedFeed.Event::transparent)
			.containsExactly(LocalDate.of(YEAR, 1, 2), LocalDate.of(YEAR, 4, 6), true);
		assertThat(parsed.only("2. kvartal 2027")).extracting(ParsedFeed.Event::start, ParsedFeed.Event::end)
			.containsExactly(LocalDate.of(YEAR, 4, 6), LocalDate.of(YEAR, 8, 15));
		assertThat(parsed.only("3. kvartal 2027")).extracting(ParsedFeed.Event::start, ParsedFeed.Event::end)
			.containsExactly(LocalDate.of(YEAR, 8, 15), LocalDate.of(YEAR, 10, 1));
		assertThat(parsed.only("4. kvartal 2027")).extracting(ParsedFeed.Event::start, ParsedFeed.Event::end)
			.containsExactly(LocalDate.of(YEAR, 10, 1), LocalDate.of(YEAR + 1, 1, 1));

		assertThat(plan.weeks(MedCouncil.H_MED)).hasSize(8);
		assertMeetings(parsed, plan, MedCouncil.H_MED, n -> "H-MED, møde " + n);
		assertMeetings(parsed, plan, MedCouncil.C_MED, n -> "C-MED, møde " + n + " (alle centre)");
		assertThat(parsed.starts("Foreslået uge for A-MED"::equals)).isEqualTo(mondays(plan, MedCouncil.A_MED)).hasSize(6);
		assertThat(parsed.where(s -> s.equals("Foreslået uge for A-MED")))
			.allSatisfy(e -> assertThat(e.end()).isEqualTo(e.start().plusDays(5)));
	}

	@Test
	void everyCentreHoldsCMedInTheSameWeeksAndAUnitSeesItsOwnAMedWeeksButNoHMed() {
		MedPlan plan = publishedPlan();

		ParsedFeed school = ParsedFeed.parse(feed.text(FeedScope.centre(organisation.current(), "skole")));
		ParsedFeed daycare = ParsedFeed.parse(feed.text(FeedScope.centre(organisation.current(), "dagtilbud")));
		ParsedFeed unit = ParsedFeed.parse(feed.text(FeedScope.unit(organisation.current(), "borupgaard-skole")));

		List<LocalDate> schoolWeeks = school.starts(s -> s.startsWith("C-MED Center for Skole, møde "));
		assertThat(schoolWeeks).hasSize(6).isEqualTo(mondays(plan, MedCouncil.C_MED))
			.isEqualTo(daycare.starts(s -> s.startsWith("C-MED Center for Dagtilbud, møde ")));
		assertMeetings(school, plan, MedCouncil.C_MED, n -> "C-MED Center for Skole, møde " + n);
		assertThat(school.starts("Foreslået uge for A-MED"::equals)).isEqualTo(mondays(plan, MedCouncil.A_MED));
		assertThat(school.where(s -> s.startsWith("H-MED"))).isEmpty();
		assertThat(school.where(s -> s.contains("(alle centre)"))).isEmpty();
		assertThat(school.only("C-MED Center for Skole, møde 1").uid())
			.isNotEqualTo(daycare.only("C-MED Center for Dagtilbud, møde 1").uid());

		assertThat(unit.starts("A-MED Borupgård Skole: foreslået uge"::equals)).isEqualTo(mondays(plan, MedCouncil.A_MED));
		assertThat(unit.where(s -> s.contains("H-MED") || s.startsWith("C-MED") || s.startsWith("Foreslået"))).isEmpty();
		assertThat(unit.events()).extracting(ParsedFeed.Event::uid).doesNotHaveDuplicates();

		// The same phases and milestones in all three.
		for (ParsedFeed scoped : List.of(school, daycare, unit)) {
			assertThat(scoped.only("Budget: 2. behandling af budgettet i Byrådet").start()).isEqualTo(LocalDate.of(YEAR, 10, 8));
			assertThat(scoped.only("3. kvartal 2027").start()).isEqualTo(LocalDate.of(YEAR, 8, 15));
			assertThat(scoped.calendar().validate().getEntries()).isEmpty();
		}
	}

	@Test
	void aPlanNotYetPublishedShowsNoMeetings() {
		medPlans.generate(MUNICIPALITY, YEAR);

		ParsedFeed parsed = ParsedFeed.parse(feed.text(municipality()));

		assertThat(parsed.events()).extracting(ParsedFeed.Event::category).doesNotContain("H-MED", "C-MED", "A-MED");
		assertThat(parsed.only("1. kvartal 2027").start()).isEqualTo(LocalDate.of(YEAR, 1, 2));
		assertThat(ParsedFeed.parse(feed.text(FeedScope.unit(organisation.current(), "borupgaard-skole"))).events())
			.extracting(ParsedFeed.Event::category).doesNotContain("A-MED");
	}

	@Test
	void theFeedHasEveryYearWithACycleAndTheCurrentYearAndPreparesFromTheCyclesStart() {
		cycles.register(MUNICIPALITY, YEAR + 1, "process-of-" + (YEAR + 1), "sekretariat");

		ParsedFeed parsed = ParsedFeed.parse(feed.text(municipality()));

		assertThat(parsed.where(s -> s.endsWith(". kvartal " + YEAR))).hasSize(4);
		assertThat(parsed.where(s -> s.endsWith(". kvartal " + (YEAR + 1)))).hasSize(4);
		assertThat(parsed.where(s -> s.endsWith(". kvartal " + (YEAR - 1)) || s.endsWith(". kvartal " + (YEAR + 2)))).isEmpty();
		assertThat(parsed.only("Forberedelse af " + (YEAR + 1)).start()).isEqualTo(LocalDate.of(YEAR, 3, 1));
		assertThat(parsed.where(s -> s.equals("Frist: Koncernledelsens seminar"))).extracting(ParsedFeed.Event::start)
			.containsExactly(LocalDate.of(YEAR, 11, 15), LocalDate.of(YEAR + 1, 11, 15));
		assertThat(parsed.events()).extracting(ParsedFeed.Event::uid).doesNotHaveDuplicates();
	}

	@Test
	void anUnknownCentreOrUnitIsNotFound() {
		assertThatThrownBy(() -> FeedScope.centre(organisation.current(), "findes-ikke")).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> FeedScope.unit(organisation.current(), "findes-ikke")).isInstanceOf(NotFound.class);
	}

	private FeedScope municipality() {
		return FeedScope.municipality(organisation.current());
	}

	private MedPlan publishedPlan() {
		medPlans.generate(MUNICIPALITY, YEAR);
		medPlans.publish(MUNICIPALITY, YEAR, "sekretariat");
		return medPlans.published(MUNICIPALITY, YEAR).orElseThrow();
	}

	/** Each meeting of the council once, numbered in order, Monday to Friday of its week. */
	private static void assertMeetings(ParsedFeed parsed, MedPlan plan, MedCouncil council,
			java.util.function.IntFunction<String> summary) {
		List<Integer> weeks = plan.weeks(council);
		assertThat(weeks).isNotEmpty();
		for (int i = 0; i < weeks.size(); i++) {
			ParsedFeed.Event meeting = parsed.only(summary.apply(i + 1));
			assertThat(meeting.start()).isEqualTo(MedPlan.monday(YEAR, weeks.get(i)));
			assertThat(meeting.start().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
			assertThat(meeting.end().getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
			assertThat(meeting.end()).isEqualTo(meeting.start().plusDays(5));
			assertThat(meeting.category()).isEqualTo(council.label());
		}
	}

	private static List<LocalDate> mondays(MedPlan plan, MedCouncil council) {
		return plan.weeks(council).stream().map(week -> MedPlan.monday(plan.year(), week)).toList();
	}
}
