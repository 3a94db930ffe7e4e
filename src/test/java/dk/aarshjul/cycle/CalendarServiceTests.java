package dk.aarshjul.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dk.aarshjul.test.ApplicationTest;

@ApplicationTest
class CalendarServiceTests {

	@Autowired
	CalendarService calendars;
	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void tearDown() {
		jdbc.sql("DELETE FROM calendar_override").update();
	}

	@Test
	void everyMilestoneHasADefaultInItsQuarterAndInOrder() {
		YearCalendar calendar = calendars.calendar("helsingor", 2027);

		assertThat(calendar.dates()).hasSize(Milestone.values().length);
		assertThat(calendar.date(Milestone.Q1_START)).isEqualTo(LocalDate.of(2027, 1, 2));
		assertThat(calendar.date(Milestone.CENTRE_AGREEMENTS_DUE)).isEqualTo(LocalDate.of(2027, 12, 15));
		assertThat(CalendarService.rulesBrokenBy(2027, calendar.dates())).isEmpty();
		assertThat(CalendarService.rulesBrokenBy(2028, YearCalendar.defaults("helsingor", 2028).dates())).isEmpty();
	}

	@Test
	void theSecretariatMovesAMilestoneForOneYearOnly() {
		calendars.change("helsingor", 2027, Map.of(Milestone.STRATEGY_SEMINAR, LocalDate.of(2027, 11, 25)));

		assertThat(calendars.calendar("helsingor", 2027).date(Milestone.STRATEGY_SEMINAR)).isEqualTo(LocalDate.of(2027, 11, 25));
		assertThat(calendars.calendar("helsingor", 2028).date(Milestone.STRATEGY_SEMINAR)).isEqualTo(LocalDate.of(2028, 11, 15));

		calendars.change("helsingor", 2027, Map.of(Milestone.STRATEGY_SEMINAR, LocalDate.of(2027, 11, 20)));
		assertThat(calendars.calendar("helsingor", 2027).date(Milestone.STRATEGY_SEMINAR)).isEqualTo(LocalDate.of(2027, 11, 20));
	}

	@Test
	void aMilestoneOutsideItsQuarterIsRefusedWithTheRule() {
		assertThatThrownBy(() -> calendars.change("helsingor", 2027,
				Map.of(Milestone.UNIT_AGREEMENTS_DUE, LocalDate.of(2027, 4, 10))))
			.isInstanceOf(CalendarService.CalendarRefusedException.class)
			.hasMessageContaining("»Evaluering og decentrale aftaler (LUS) afsluttet« skal ligge i 1. kvartal 2027, ikke 10.04.2027.");
		assertThat(calendars.calendar("helsingor", 2027).date(Milestone.UNIT_AGREEMENTS_DUE)).isEqualTo(LocalDate.of(2027, 3, 1));
	}

	@Test
	void milestonesOutOfOrderAreRefusedAndNothingIsSaved() {
		assertThatThrownBy(() -> calendars.change("helsingor", 2027, Map.of(
				Milestone.Q2_START, LocalDate.of(2027, 4, 2),
				Milestone.Q2_FOLLOW_UP_DUE, LocalDate.of(2027, 4, 1))))
			.isInstanceOf(CalendarService.CalendarRefusedException.class)
			.hasMessageContaining("»Centres og enheders opfølgning i 2. kvartal afgivet« (01.04.2027) kan ikke ligge før »2. kvartal begynder« (02.04.2027).");
		assertThat(jdbc.sql("SELECT count(*) FROM calendar_override").query(Integer.class).single()).isZero();
	}

	@Test
	void theYearIsPreparedInTheAutumnBeforeIt() {
		assertThat(calendars.calendar("helsingor", 2027).date(Milestone.YEAR_PLAN_PUBLISHED)).isEqualTo(LocalDate.of(2026, 12, 1));

		assertThatThrownBy(() -> calendars.change("helsingor", 2027, Map.of(Milestone.YEAR_PLAN_PUBLISHED, LocalDate.of(2027, 1, 10))))
			.hasMessageContaining("»Årets kalender og MED-plan offentliggjort« skal ligge i 4. kvartal 2026, ikke 10.01.2027.");
	}

	@Test
	void theBudgetTrackKeepsItsOwnOrderBesideTheStrategyTrack() {
		// The budget meeting may come after the strategy track's Q2 deadlines, but not before the budget process.
		calendars.change("helsingor", 2027, Map.of(Milestone.BUDGET_MEETING, LocalDate.of(2027, 6, 25)));

		assertThatThrownBy(() -> calendars.change("helsingor", 2027, Map.of(
				Milestone.COMMITTEE_BUDGET_MEETING_1, LocalDate.of(2027, 9, 10),
				Milestone.COMMITTEE_BUDGET_MEETING_2, LocalDate.of(2027, 9, 2))))
			.hasMessageContaining("»Fagudvalgenes 2. budgetmøde« (02.09.2027) kan ikke ligge før »Fagudvalgenes 1. budgetmøde« (10.09.2027).");
	}

	@Test
	void theBudgetProcessMayBeApprovedInDecemberOfTheYearBeforeButNotBeforeTheYearIsPublishedNorAfterQ1() {
		// Helsingør's Byrådet adopted its budget process for 2026–29 on 18 December 2024.
		calendars.change("helsingor", 2027, Map.of(Milestone.BUDGET_PROCESS_APPROVAL, LocalDate.of(2026, 12, 18)));
		assertThat(calendars.calendar("helsingor", 2027).date(Milestone.BUDGET_PROCESS_APPROVAL)).isEqualTo(LocalDate.of(2026, 12, 18));
		assertThat(Milestone.BUDGET_PROCESS_APPROVAL.quarters().label(2027)).isEqualTo("4. kvartal 2026 – 1. kvartal 2027");

		// In Q4 of the year before, but before the year's plan is published: the budget track has not begun.
		assertThatThrownBy(() -> calendars.change("helsingor", 2027, Map.of(Milestone.BUDGET_PROCESS_APPROVAL, LocalDate.of(2026, 11, 20))))
			.isInstanceOf(CalendarService.CalendarRefusedException.class)
			.hasMessage("Kalenderen for 2027 kan ikke gemmes: »Økonomiudvalget godkender budgetprocessen« (20.11.2026) kan ikke ligge "
					+ "før »Årets kalender og MED-plan offentliggjort« (01.12.2026).");
		assertThatThrownBy(() -> calendars.change("helsingor", 2027, Map.of(Milestone.BUDGET_PROCESS_APPROVAL, LocalDate.of(2027, 4, 10))))
			.isInstanceOf(CalendarService.CalendarRefusedException.class)
			.hasMessage("Kalenderen for 2027 kan ikke gemmes: »Økonomiudvalget godkender budgetprocessen« skal ligge i "
					+ "4. kvartal 2026 – 1. kvartal 2027, ikke 10.04.2027.");
		assertThatThrownBy(() -> calendars.change("helsingor", 2027, Map.of(Milestone.BUDGET_PROCESS_APPROVAL, LocalDate.of(2026, 9, 30))))
			.hasMessageContaining("»Økonomiudvalget godkender budgetprocessen« skal ligge i 4. kvartal 2026 – 1. kvartal 2027, ikke 30.09.2026.");
		assertThat(calendars.calendar("helsingor", 2027).date(Milestone.BUDGET_PROCESS_APPROVAL)).isEqualTo(LocalDate.of(2026, 12, 18));

		// Published earlier in the autumn, the year's plan allows an approval in November.
		calendars.change("helsingor", 2027, Map.of(Milestone.YEAR_PLAN_PUBLISHED, LocalDate.of(2026, 11, 2),
				Milestone.BUDGET_PROCESS_APPROVAL, LocalDate.of(2026, 11, 20)));
		assertThat(calendars.calendar("helsingor", 2027).date(Milestone.BUDGET_PROCESS_APPROVAL)).isEqualTo(LocalDate.of(2026, 11, 20));
	}

	@Test
	void theCommitteesBudgetMeetingsMayLieInQ2OrQ3() {
		calendars.change("helsingor", 2027, Map.of(Milestone.COMMITTEE_BUDGET_MEETING_1, LocalDate.of(2027, 6, 3),
				Milestone.COMMITTEE_BUDGET_MEETING_2, LocalDate.of(2027, 6, 17)));
		assertThat(calendars.calendar("helsingor", 2027).date(Milestone.COMMITTEE_BUDGET_MEETING_1)).isEqualTo(LocalDate.of(2027, 6, 3));
		assertThat(calendars.calendar("helsingor", 2027).date(Milestone.COMMITTEE_BUDGET_MEETING_2)).isEqualTo(LocalDate.of(2027, 6, 17));

		assertThatThrownBy(() -> calendars.change("helsingor", 2027, Map.of(Milestone.COMMITTEE_BUDGET_MEETING_1, LocalDate.of(2027, 1, 14))))
			.isInstanceOf(CalendarService.CalendarRefusedException.class)
			.hasMessageContaining("»Fagudvalgenes 1. budgetmøde« skal ligge i 2.–3. kvartal 2027, ikke 14.01.2027.");
		assertThatThrownBy(() -> calendars.change("helsingor", 2027, Map.of(Milestone.COMMITTEE_BUDGET_MEETING_2, LocalDate.of(2027, 10, 5))))
			.isInstanceOf(CalendarService.CalendarRefusedException.class)
			.hasMessageContaining("»Fagudvalgenes 2. budgetmøde« skal ligge i 2.–3. kvartal 2027, ikke 05.10.2027.");
		// Still in the track's order: not before the budget meeting.
		assertThatThrownBy(() -> calendars.change("helsingor", 2027, Map.of(Milestone.COMMITTEE_BUDGET_MEETING_1, LocalDate.of(2027, 5, 6))))
			.hasMessage("Kalenderen for 2027 kan ikke gemmes: »Fagudvalgenes 1. budgetmøde« (06.05.2027) kan ikke ligge før "
					+ "»Budgetmøde: første skøn og aftaler om prioritering« (20.05.2027).");
		assertThat(calendars.calendar("helsingor", 2027).date(Milestone.COMMITTEE_BUDGET_MEETING_1)).isEqualTo(LocalDate.of(2027, 6, 3));
	}

	@Test
	void everyOtherMilestoneKeepsItsOneQuarter() {
		for (Milestone milestone : Milestone.values()) {
			String expected = switch (milestone) {
				case BUDGET_PROCESS_APPROVAL -> "4. kvartal 2026 – 1. kvartal 2027";
				case COMMITTEE_BUDGET_MEETING_1, COMMITTEE_BUDGET_MEETING_2 -> "2.–3. kvartal 2027";
				case YEAR_PLAN_PUBLISHED -> "4. kvartal 2026";
				default -> Milestone.quarterOf(milestone.defaultDate(2027)) + ". kvartal 2027";
			};
			assertThat(milestone.quarters().label(2027)).as(milestone.name()).isEqualTo(expected);
		}
	}

	@Test
	void theSecondReadingLessThanThreeWeeksAfterTheFirstIsRefusedWithTheRule() {
		assertThatThrownBy(() -> calendars.change("helsingor", 2027, Map.of(Milestone.SECOND_READING, LocalDate.of(2027, 10, 7))))
			.isInstanceOf(CalendarService.CalendarRefusedException.class)
			.hasMessage("Kalenderen for 2027 kan ikke gemmes: Budgettets to behandlinger skal ligge mindst 3 uger fra hinanden: "
					+ "»2. behandling af budgettet i Byrådet« (07.10.2027) er kun 20 dage efter »1. behandling af budgettet i Byrådet« (17.09.2027).");

		calendars.change("helsingor", 2027, Map.of(Milestone.SECOND_READING, LocalDate.of(2027, 10, 8)));
		assertThat(calendars.calendar("helsingor", 2027).date(Milestone.SECOND_READING)).isEqualTo(LocalDate.of(2027, 10, 8));
	}

	@Test
	void theBudgetIsAdoptedByTheLegalDeadlineWhichTheSecretariatMovesWhenTheStateDoes() {
		assertThatThrownBy(() -> calendars.change("helsingor", 2027, Map.of(Milestone.SECOND_READING, LocalDate.of(2027, 10, 20))))
			.isInstanceOf(CalendarService.CalendarRefusedException.class)
			.hasMessage("Kalenderen for 2027 kan ikke gemmes: Budgettet skal være vedtaget senest lovens frist 15.10.2027: "
					+ "»2. behandling af budgettet i Byrådet« ligger 20.10.2027.");
		assertThat(calendars.calendar("helsingor", 2027).date(Milestone.SECOND_READING)).isEqualTo(LocalDate.of(2027, 10, 8));

		calendars.change("helsingor", 2027, Map.of(Milestone.BUDGET_ADOPTION_DEADLINE, LocalDate.of(2027, 11, 1),
				Milestone.SECOND_READING, LocalDate.of(2027, 10, 20)));

		assertThat(calendars.calendar("helsingor", 2027).date(Milestone.SECOND_READING)).isEqualTo(LocalDate.of(2027, 10, 20));
		assertThat(calendars.calendar("helsingor", 2028).date(Milestone.BUDGET_ADOPTION_DEADLINE)).isEqualTo(LocalDate.of(2028, 10, 15));
	}
}
