package dk.aarshjul.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class RouteTests {

	private static final Organisation EXAMPLE = OrganisationFile.read(
			new ClassPathResource("organisation/example-organisation.yaml"));

	@Test
	void aUnitsTaskGoesToItsLeaderAndIsFollowedByItsCentreAndDirector() {
		Route route = Route.of(Level.UNIT, null, "borupgaard-skole", null, EXAMPLE);

		assertThat(route.candidates()).containsExactly("enhed-borupgaard-skole");
		assertThat(route.oversight()).containsExactly("center-skole", "direktoromraade-direktor-born");
		assertThat(route.localVariables()).containsEntry("level", "enhedsledelse").containsEntry("centre", "skole")
			.containsEntry("unit", "borupgaard-skole");
	}

	@Test
	void aUnitsWorksCouncilTaskGoesToItsAMed() {
		Route route = Route.of(Level.UNIT_WORKS_COUNCIL, null, "borupgaard-skole", null, EXAMPLE);

		assertThat(route.candidates()).containsExactly("a-med-borupgaard-skole");
		assertThat(route.oversight()).containsExactly("center-skole", "direktoromraade-direktor-born");
	}

	@Test
	void aCentresTasksGoToItsManagementItsCMedOrItsDirector() {
		assertThat(Route.of(Level.CENTRE, "kultur", null, null, EXAMPLE))
			.satisfies(r -> assertThat(r.candidates()).containsExactly("center-kultur"))
			.satisfies(r -> assertThat(r.oversight()).containsExactly("direktoromraade-direktor-by"));
		assertThat(Route.of(Level.CENTRE_WORKS_COUNCIL, "kultur", null, null, EXAMPLE).candidates())
			.containsExactly("c-med-kultur");
		assertThat(Route.of(Level.DIRECTOR, "kultur", null, null, EXAMPLE))
			.satisfies(r -> assertThat(r.candidates()).containsExactly("direktoromraade-direktor-by"))
			.satisfies(r -> assertThat(r.oversight()).isEmpty());
	}

	@Test
	void municipalityWideLevelsGoToTheirOwnGroup() {
		assertThat(Route.of(Level.SECRETARIAT, null, null, null, EXAMPLE).candidates()).containsExactly("sekretariat");
		assertThat(Route.of(Level.COUNCIL, null, null, null, EXAMPLE).candidates()).containsExactly("byraadet");
		assertThat(Route.of(Level.EXECUTIVE_BOARD, null, null, null, EXAMPLE).candidates()).containsExactly("direktionen");
		assertThat(Route.of(Level.CORPORATE_MANAGEMENT, null, null, null, EXAMPLE).candidates())
			.containsExactly("koncernledelsen");
		assertThat(Route.of(Level.CENTRE_COUNCIL, null, null, null, EXAMPLE).candidates()).containsExactly("centerraadet");
		assertThat(Route.of(Level.MAIN_WORKS_COUNCIL, null, null, null, EXAMPLE).candidates()).containsExactly("h-med");
		assertThat(Route.of(Level.FINANCE_COMMITTEE, null, null, null, EXAMPLE).candidates())
			.containsExactly("udvalg-oekonomiudvalget");
		assertThat(Route.of(Level.COMMITTEE, null, null, "kultur-turisme", EXAMPLE).candidates())
			.containsExactly("udvalg-kultur-turisme");
	}

	@Test
	void aMissingOrUnknownScopeIsRefusedInDanish() {
		assertThatThrownBy(() -> Route.of(Level.UNIT, null, null, null, EXAMPLE))
			.isInstanceOf(Route.RoutingException.class)
			.hasMessage("En opgave for niveauet 'enhedsledelse' kræver en enhed, som forløbet ikke angiver.");
		assertThatThrownBy(() -> Route.of(Level.UNIT, null, "lukket-skole", null, EXAMPLE))
			.hasMessage("Enheden 'lukket-skole' findes ikke i organisationen.");
		assertThatThrownBy(() -> Route.of(Level.CENTRE, "ukendt", null, null, EXAMPLE))
			.hasMessage("Centret 'ukendt' findes ikke i organisationen.");
		assertThatThrownBy(() -> Route.of(Level.COMMITTEE, null, null, null, EXAMPLE))
			.hasMessageContaining("kræver et udvalg");
	}

	@Test
	void everyLevelHasADecisionTableValue() {
		for (Level level : Level.values()) {
			assertThat(Level.of(level.value())).isEqualTo(level);
		}
		assertThatThrownBy(() -> Level.of("borgmester")).isInstanceOf(IllegalArgumentException.class);
	}
}
