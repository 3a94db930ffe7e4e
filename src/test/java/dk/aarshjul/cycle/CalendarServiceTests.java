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
			.hasMessageContaining("»Evaluering og decentrale aftaler (LUS) afsluttet« skal ligge i 1. kvartal 2027, ikke 10.4.2027.");
		assertThat(calendars.calendar("helsingor", 2027).date(Milestone.UNIT_AGREEMENTS_DUE)).isEqualTo(LocalDate.of(2027, 3, 1));
	}

	@Test
	void milestonesOutOfOrderAreRefusedAndNothingIsSaved() {
		assertThatThrownBy(() -> calendars.change("helsingor", 2027, Map.of(
				Milestone.Q2_START, LocalDate.of(2027, 4, 2),
				Milestone.Q2_FOLLOW_UP_DUE, LocalDate.of(2027, 4, 1))))
			.isInstanceOf(CalendarService.CalendarRefusedException.class)
			.hasMessageContaining("»Centres og enheders opfølgning i 2. kvartal afgivet« (1.4.2027) kan ikke ligge før »2. kvartal begynder« (2.4.2027).");
		assertThat(jdbc.sql("SELECT count(*) FROM calendar_override").query(Integer.class).single()).isZero();
	}

	@Test
	void theYearIsPreparedInTheAutumnBeforeIt() {
		assertThat(calendars.calendar("helsingor", 2027).date(Milestone.YEAR_PLAN_PUBLISHED)).isEqualTo(LocalDate.of(2026, 12, 1));

		assertThatThrownBy(() -> calendars.change("helsingor", 2027, Map.of(Milestone.YEAR_PLAN_PUBLISHED, LocalDate.of(2027, 1, 10))))
			.hasMessageContaining("»Årets kalender og MED-plan offentliggjort« skal ligge i 4. kvartal 2026, ikke 10.1.2027.");
	}

	@Test
	void theBudgetTrackKeepsItsOwnOrderBesideTheStrategyTrack() {
		// The budget meeting may come after the strategy track's Q2 deadlines, but not before the budget process.
		calendars.change("helsingor", 2027, Map.of(Milestone.BUDGET_MEETING, LocalDate.of(2027, 6, 25)));

		assertThatThrownBy(() -> calendars.change("helsingor", 2027, Map.of(
				Milestone.COMMITTEE_BUDGET_MEETING_1, LocalDate.of(2027, 9, 10),
				Milestone.COMMITTEE_BUDGET_MEETING_2, LocalDate.of(2027, 9, 2))))
			.hasMessageContaining("»Fagudvalgenes 2. budgetmøde« (2.9.2027) kan ikke ligge før »Fagudvalgenes 1. budgetmøde« (10.9.2027).");
	}

	@Test
	void theSecondReadingLessThanThreeWeeksAfterTheFirstIsRefusedWithTheRule() {
		assertThatThrownBy(() -> calendars.change("helsingor", 2027, Map.of(Milestone.SECOND_READING, LocalDate.of(2027, 10, 7))))
			.isInstanceOf(CalendarService.CalendarRefusedException.class)
			.hasMessage("Kalenderen for 2027 kan ikke gemmes: Budgettets to behandlinger skal ligge mindst 3 uger fra hinanden: "
					+ "»2. behandling af budgettet i Byrådet« (7.10.2027) er kun 20 dage efter »1. behandling af budgettet i Byrådet« (17.9.2027).");

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
