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
}
