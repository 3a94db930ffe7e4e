package dk.aarshjul.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class OrganisationFileTests {

	private static final String VALID = """
			municipality: { id: testkommune, name: Testkommune }
			people:
			  - { id: sek, name: Sara Sekretær }
			  - { id: dir, name: Dorte Direktør }
			  - { id: chef, name: Carl Chef, email: carl@example.dk }
			  - { id: leder, name: Lise Leder }
			secretariat: { members: [sek] }
			directors:
			  - { person: dir, title: Direktør, centres: [skole] }
			centres:
			  - id: skole
			    name: Center for Skole
			    chief: chef
			    units:
			      - { id: nordskolen, name: Nordskolen, type: skole, leader: leder }
			council:
			  secretaries: [sek]
			  committees:
			    - { id: oekonomiudvalget, name: Økonomiudvalget, finance: true, secretaries: [sek] }
			    - { id: skoleudvalget, name: Skoleudvalget, secretaries: [sek] }
			centreCouncil: { members: [chef] }
			mainWorksCouncil: { members: [dir, leder] }
			""";

	@Test
	void theExampleOrganisationIsValidAndMarkedAsExampleData() {
		Organisation example = OrganisationFile.read(new ClassPathResource("organisation/example-organisation.yaml"));

		assertThat(example.municipalityId()).isEqualTo("helsingor");
		assertThat(example.exampleData()).isTrue();
		assertThat(example.centres()).allSatisfy(c -> assertThat(c.units()).isNotEmpty());
		assertThat(example.directors()).flatExtracting(Organisation.Director::centres)
			.containsExactlyInAnyOrderElementsOf(example.centres().stream().map(Organisation.Centre::id).toList());
	}

	@Test
	void aValidFileIsReadCompletely() {
		Organisation org = read(VALID);

		assertThat(org.municipalityId()).isEqualTo("testkommune");
		assertThat(org.exampleData()).isFalse();
		assertThat(org.people()).extracting(Organisation.Person::id).containsExactly("sek", "dir", "chef", "leder");
		assertThat(org.peopleById().get("chef").email()).isEqualTo("carl@example.dk");
		assertThat(org.peopleById().get("chef").firstName()).isEqualTo("Carl");
		assertThat(org.secretariat()).containsExactly("sek");
		assertThat(org.centre("skole")).get().satisfies(c -> {
			assertThat(c.chief()).isEqualTo("chef");
			assertThat(c.worksCouncil()).containsExactly("chef");
			assertThat(c.units()).singleElement().satisfies(u -> {
				assertThat(u.id()).isEqualTo("nordskolen");
				assertThat(u.leader()).isEqualTo("leder");
				assertThat(u.worksCouncil()).containsExactly("leder");
			});
		});
		assertThat(org.council().secretaries()).containsExactly("sek");
		assertThat(org.financeCommittee().id()).isEqualTo("oekonomiudvalget");
		assertThat(org.committee("skoleudvalget")).get().satisfies(c -> assertThat(c.finance()).isFalse());
		assertThat(org.centreCouncil()).containsExactly("chef");
		assertThat(org.mainWorksCouncil()).containsExactly("dir", "leder");
		assertThat(org.directorOf("skole")).get().satisfies(d -> assertThat(d.person()).isEqualTo("dir"));
		assertThat(org.centreOfUnit("nordskolen")).get().satisfies(c -> assertThat(c.id()).isEqualTo("skole"));
	}

	@Test
	void worksCouncilsMayNameTheirOwnMembers() {
		Organisation org = read(VALID.replace("    chief: chef\n", "    chief: chef\n    worksCouncil: [chef, sek]\n")
			.replace("leader: leder }", "leader: leder, worksCouncil: [leder, sek] }"));

		assertThat(org.centre("skole").get().worksCouncil()).containsExactly("chef", "sek");
		assertThat(org.unit("nordskolen").get().worksCouncil()).containsExactly("leder", "sek");
	}

	@Test
	void exactlyOneCommitteeMustBeTheFinanceCommittee() {
		assertProblems(VALID.replace("finance: true, ", ""),
				"line 19: exactly one committee must be the finance committee (Økonomiudvalget) with 'finance: true', found 0");
		assertProblems(VALID.replace("name: Skoleudvalget,", "name: Skoleudvalget, finance: true,"),
				"line 19: exactly one committee must be the finance committee (Økonomiudvalget) with 'finance: true', found 2");
	}

	@Test
	void everyRoleMustNameKnownPeople() {
		assertProblems(VALID.replace("centreCouncil: { members: [chef] }", "centreCouncil: { members: [chefen] }"),
				"line 21: 'chefen' is not a person declared under 'people'",
				"line 21: 'members' must name at least one person");
		assertProblems(VALID.replace("name: Skoleudvalget, secretaries: [sek]", "name: Skoleudvalget, secretaries: []"),
				"line 20: 'secretaries' must name at least one person");
	}

	@Test
	void aUnitWithoutALeaderIsRefusedWithItsLine() {
		assertProblems(VALID.replace(", leader: leder }", " }"),
				"line 15: a unit must have a leader ('leader')");
	}

	@Test
	void aCentreWithoutAChiefIsRefusedWithItsLine() {
		assertProblems(VALID.replace("    chief: chef\n", ""),
				"line 11: a centre must have a chief ('chief')");
	}

	@Test
	void anUnknownPersonIsRefusedWithItsLine() {
		assertProblems(VALID.replace("leader: leder", "leader: lone"),
				"line 15: 'lone' is not a person declared under 'people'");
	}

	@Test
	void aDuplicateIdIsRefusedWithBothLines() {
		assertProblems(VALID.replace("id: nordskolen", "id: skole"),
				"line 15: unit id 'skole' is already used on line 11 (centre and unit ids must be unique together)");
		assertProblems(VALID.replace("id: leder", "id: chef"),
				"line 6: person 'chef' is declared twice (first on line 5)",
				"line 22: 'leder' is not a person declared under 'people'",
				"line 15: 'leder' is not a person declared under 'people'");
	}

	@Test
	void aCentreWithoutADirectorAndAnUnknownCentreAreRefused() {
		assertProblems(VALID.replace("centres: [skole]", "centres: [dagtilbud]"),
				"line 9: director 'dir' is responsible for the unknown centre 'dagtilbud'",
				"line 11: centre 'skole' has no director responsible for it");
	}

	@Test
	void unknownFieldsInvalidIdsAndBrokenYamlAreRefused() {
		assertProblems(VALID.replace("type: skole", "typ: skole"), "line 15: unknown field 'typ' (expected one of [id, leader, name, type, worksCouncil])");
		assertProblems(VALID.replace("id: nordskolen", "id: Nord Skolen"),
				"line 15: 'Nord Skolen' is not a valid id (lower-case letters, digits and hyphens, starting with a letter or digit, at most 63 characters)");
		assertProblems(VALID.replace("secretariat: { members: [sek] }", "secretariat: { members: [sek }"),
				"line 7: not valid YAML: expected ',' or ']', but got }");
	}

	@Test
	void everyProblemIsReportedAtOnce() {
		assertThatThrownBy(() -> read(VALID.replace("chief: chef", "chief: nobody").replace("leader: leder", "leader: ghost")))
			.isInstanceOfSatisfying(OrganisationFileException.class, e -> assertThat(e.problems()).hasSize(2))
			.hasMessageContaining("test.yaml cannot be used (2 problem(s))");
	}

	private static Organisation read(String yaml) {
		return OrganisationFile.read("test.yaml", new StringReader(yaml));
	}

	private static void assertProblems(String yaml, String... problems) {
		assertThatThrownBy(() -> read(yaml)).isInstanceOfSatisfying(OrganisationFileException.class,
				e -> assertThat(e.problems()).containsExactly(problems));
	}
}
