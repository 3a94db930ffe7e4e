package dk.aarshjul.med;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dk.aarshjul.system.SubmissionRefusedException;
import dk.aarshjul.test.ApplicationTest;

/** The MED plan's rules: counts, C-MED about two weeks before H-MED, A-MED before C-MED, holidays kept free. */
@ApplicationTest
class MedPlanTests {

	private static final List<Integer> HOLIDAYS = List.of(1, 7, 27, 28, 29, 30, 31, 32, 42, 52, 53);

	@Autowired
	MedPlanService plans;
	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void tearDown() {
		jdbc.sql("DELETE FROM med_meeting").update();
		jdbc.sql("DELETE FROM med_plan").update();
	}

	@Test
	void theLaidOutPlanKeepsEveryRuleInEveryYear() {
		for (int year = 2026; year <= 2036; year++) {
			Map<MedCouncil, List<Integer>> weeks = plans.layOut(year);

			assertThat(weeks.get(MedCouncil.H_MED)).as("H-MED %d", year).hasSize(8).isSorted().doesNotContainAnyElementsOf(HOLIDAYS);
			assertThat(weeks.get(MedCouncil.C_MED)).as("C-MED %d", year).hasSize(6).isSorted().doesNotContainAnyElementsOf(HOLIDAYS);
			assertThat(weeks.get(MedCouncil.A_MED)).as("A-MED %d", year).hasSize(6).doesNotContainAnyElementsOf(HOLIDAYS);
			for (int c : weeks.get(MedCouncil.C_MED)) {
				assertThat(weeks.get(MedCouncil.H_MED)).as("an H-MED 1–3 weeks after C-MED in week %d, %d", c, year)
					.anyMatch(h -> h - c >= 1 && h - c <= 3);
			}
			assertThat(plans.rulesBrokenBy(year, weeks)).as("%d", year).isEmpty();
		}
	}

	@Test
	void theDefaultPlanFor2027SpreadsTheMeetingsAndMovesCloserOnlyAroundTheSummerHoliday() {
		Map<MedCouncil, List<Integer>> weeks = plans.layOut(2027);

		assertThat(weeks.get(MedCouncil.H_MED)).containsExactly(5, 12, 18, 25, 35, 39, 45, 51);
		// Two weeks before, except after the summer (weeks 27–32): C-MED in 34, one week before H-MED in 35,
		// so that A-MED can meet in 33.
		assertThat(weeks.get(MedCouncil.C_MED)).containsExactly(3, 10, 23, 34, 43, 49);
		assertThat(weeks.get(MedCouncil.A_MED)).containsExactly(2, 8, 21, 33, 41, 47);
	}

	@Test
	void eachBrokenRuleIsNamed() {
		Map<MedCouncil, List<Integer>> weeks = new EnumMap<>(plans.layOut(2027));
		weeks.put(MedCouncil.H_MED, List.of(5, 11, 17, 23, 35, 42, 45));
		weeks.put(MedCouncil.C_MED, List.of(3, 9, 15, 21, 33, 33));
		weeks.put(MedCouncil.A_MED, List.of(1, 7, 13, 19, 31, 60));

		assertThat(plans.rulesBrokenBy(2027, weeks)).containsExactly(
				"H-MED skal have 8 møder, ikke 7.",
				"H-MED: uge 42 er friholdt for møder (ferie).",
				"C-MED: uge 33 står mere end én gang.",
				"A-MED: uge 1 er friholdt for møder (ferie).",
				"A-MED: uge 7 er friholdt for møder (ferie).",
				"A-MED: uge 31 er friholdt for møder (ferie).",
				"A-MED: uge 60 findes ikke i 2027 (uge 1–52).",
				"A-MED i uge 60 ligger ikke ca. 2 uger før et C-MED-møde (1–3 uger før).");
		weeks.put(MedCouncil.C_MED, List.of(3, 9, 15, 21, 26, 38));
		assertThat(plans.rulesBrokenBy(2027, weeks))
			.contains("C-MED i uge 26 ligger ikke ca. 2 uger før et H-MED-møde (1–3 uger før).",
					"C-MED i uge 38 ligger ikke ca. 2 uger før et H-MED-møde (1–3 uger før).");
	}

	@Test
	void theSecretariatMovesAMeetingWithinTheRulesAndABrokenPlanIsRefusedWithNothingSaved() {
		MedPlan generated = plans.generate("helsingor", 2027);
		List<Integer> main = generated.weeks(MedCouncil.H_MED);
		List<Integer> centre = generated.weeks(MedCouncil.C_MED);

		// C-MED 1 one week later: still 1 week before its H-MED.
		String moved = String.join(", ", centre.stream().map(w -> String.valueOf(w == centre.get(0) ? w + 1 : w)).toList());
		MedPlan changed = plans.changeFromForm("helsingor", 2027, Map.of(MedCouncil.C_MED.formKey(), moved));
		assertThat(changed.weeks(MedCouncil.C_MED).get(0)).isEqualTo(centre.get(0) + 1);
		assertThat(plans.plan("helsingor", 2027).orElseThrow().weeks(MedCouncil.C_MED).get(0)).isEqualTo(centre.get(0) + 1);

		assertThatThrownBy(() -> plans.changeFromForm("helsingor", 2027, Map.of(MedCouncil.H_MED.formKey(), "5, 11")))
			.isInstanceOf(SubmissionRefusedException.class)
			.hasMessageStartingWith("MED-planen for 2027 kan ikke gemmes: H-MED skal have 8 møder, ikke 2.");
		assertThat(plans.plan("helsingor", 2027).orElseThrow().weeks(MedCouncil.H_MED)).isEqualTo(main);

		assertThat(plans.generate("helsingor", 2027).weeks(MedCouncil.C_MED).get(0))
			.as("laying out again keeps the secretariat's plan").isEqualTo(centre.get(0) + 1);
	}

	@Test
	void aPlanIsShownOnlyOncePublished() {
		plans.generate("helsingor", 2027);
		assertThat(plans.published("helsingor", 2027)).isEmpty();

		plans.publish("helsingor", 2027, "sekretariat");

		assertThat(plans.published("helsingor", 2027)).get().satisfies(p -> assertThat(p.weeks(MedCouncil.H_MED)).hasSize(8));
	}

	@Test
	void weeksAreReadInDanish() {
		assertThat(MedPlanService.weekText(2027, 6)).isEqualTo("uge 6 (8.–12. februar)");
		assertThat(MedPlanService.weekText(2026, 49)).isEqualTo("uge 49 (30. november–4. december)");
	}
}
