package dk.aarshjul.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dk.aarshjul.test.ApplicationTest;

@ApplicationTest
class IdentitySyncTests {

	private static final String ORGANISATION = """
			municipality: { id: testkommune, name: Testkommune }
			people:
			  - { id: t-sek, name: Sara Sekretær }
			  - { id: t-dir, name: Dorte Direktør }
			  - { id: t-chef, name: Carl Chef }
			  - { id: t-leder, name: Lise Leder }
			  - { id: t-ny, name: Niels Ny }
			secretariat: { members: [t-sek] }
			directors:
			  - { person: t-dir, title: Direktør, centres: [t-skole] }
			centres:
			  - id: t-skole
			    name: Center for Skole
			    chief: t-chef
			    units:
			      - { id: t-nord, name: Nordskolen, leader: t-leder }
			council:
			  secretaries: [t-sek]
			  committees:
			    - { id: t-oeu, name: Økonomiudvalget, finance: true, secretaries: [t-sek] }
			centreCouncil: { members: [t-chef] }
			mainWorksCouncil: { members: [t-dir] }
			""";

	@Autowired
	IdentitySync sync;
	@Autowired
	IdentityService identity;
	@Autowired
	AuthorizationService authorizations;
	@Autowired
	FilterService filters;
	@Autowired
	OrganisationService organisation;

	@AfterEach
	void restoreTheExampleOrganisation() {
		sync.synchronise(organisation.current());
	}

	@Test
	void createsUsersGroupsAndMembershipsFromTheOrganisation() {
		sync.synchronise(read(ORGANISATION));

		User chief = identity.createUserQuery().userId("t-chef").singleResult();
		assertThat(chief.getFirstName()).isEqualTo("Carl");
		assertThat(chief.getLastName()).isEqualTo("Chef");
		assertThat(members(OrganisationGroups.unitManagement("t-nord"))).containsExactly("t-leder");
		assertThat(members(OrganisationGroups.centreManagement("t-skole"))).containsExactly("t-chef");
		assertThat(members(OrganisationGroups.CORPORATE_MANAGEMENT)).contains("t-dir", "t-chef");
		assertThat(members(OrganisationGroups.EXECUTIVE_BOARD)).contains("t-dir").doesNotContain("t-chef");
		assertThat(members(OrganisationGroups.SECRETARIAT)).containsExactly("t-sek");
		assertThat(identity.createGroupQuery().groupId("enhed-t-nord").singleResult().getName())
			.isEqualTo("Ledelse: Nordskolen");
	}

	@Test
	void theTestProfileGivesNobodyAPassword() {
		sync.synchronise(read(ORGANISATION));

		assertThat(identity.checkPassword("t-leder", "demo")).isFalse();
		assertThat(identity.checkPassword("t-leder", "")).isFalse();
		assertThat(identity.createUserQuery().userId("t-leder").singleResult()).isNotNull();
	}

	@Test
	void aSecondRunWithTheSameOrganisationChangesNothing() {
		sync.synchronise(read(ORGANISATION));
		long users = identity.createUserQuery().count();
		long groups = identity.createGroupQuery().count();
		long grants = authorizations.createAuthorizationQuery().count();
		long filterCount = filters.createFilterQuery().count();

		sync.synchronise(read(ORGANISATION));

		assertThat(identity.createUserQuery().count()).isEqualTo(users);
		assertThat(identity.createGroupQuery().count()).isEqualTo(groups);
		assertThat(authorizations.createAuthorizationQuery().count()).isEqualTo(grants);
		assertThat(filters.createFilterQuery().count()).isEqualTo(filterCount);
	}

	@Test
	void aNewLeaderReplacesTheOldOneInTheUnitsGroup() {
		sync.synchronise(read(ORGANISATION));

		sync.synchronise(read(ORGANISATION.replace("leader: t-leder", "leader: t-ny")));

		assertThat(members(OrganisationGroups.unitManagement("t-nord"))).containsExactly("t-ny");
	}

	@Test
	void theSecretariatMayStartAndSeeEverythingAndEveryGroupMayOpenTasklist() {
		sync.synchronise(read(ORGANISATION));

		assertThat(authorizations.isUserAuthorized("t-sek", List.of(OrganisationGroups.SECRETARIAT),
				Permissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, "annual-cycle")).isTrue();
		assertThat(authorizations.isUserAuthorized("t-sek", List.of(OrganisationGroups.SECRETARIAT),
				Permissions.ACCESS, Resources.APPLICATION, "cockpit")).isTrue();
		assertThat(authorizations.isUserAuthorized("t-leder", List.of("enhed-t-nord"),
				Permissions.ACCESS, Resources.APPLICATION, "tasklist")).isTrue();
		assertThat(authorizations.isUserAuthorized("t-leder", List.of("enhed-t-nord"),
				Permissions.ACCESS, Resources.APPLICATION, "cockpit")).isFalse();
		assertThat(authorizations.isUserAuthorized("t-leder", List.of("enhed-t-nord"),
				Permissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, "annual-cycle")).isFalse();
	}

	private List<String> members(String group) {
		return identity.createUserQuery().memberOfGroup(group).list().stream()
			.map(User::getId).filter(id -> id.startsWith("t-")).sorted().toList();
	}

	private static Organisation read(String yaml) {
		return OrganisationFile.read("test.yaml", new StringReader(yaml));
	}
}
