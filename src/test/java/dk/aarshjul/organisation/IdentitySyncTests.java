package dk.aarshjul.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dk.aarshjul.test.ApplicationTest;
import dk.aarshjul.test.RoutingProbe;

@ApplicationTest
class IdentitySyncTests {

	private static final String ORGANISATION = """
			municipality: { id: testkommune, name: Testkommune }
			people:
			  - { id: t-sek, name: Sara Sekretær }
			  - { id: t-dir, name: Dorte Direktør }
			  - { id: t-chef, name: Carl Chef }
			  - { id: t-chef2, name: Kamma Kulturchef }
			  - { id: t-leder, name: Lise Leder }
			  - { id: t-ny, name: Niels Ny }
			secretariat: { members: [t-sek] }
			council:
			  secretaries: [t-sek]
			  committees:
			    - { id: t-oeu, name: Økonomiudvalget, finance: true, secretaries: [t-sek] }
			directors:
			  - { person: t-dir, title: Direktør, centres: [t-skole, t-kultur] }
			centreCouncil: { members: [t-chef, t-chef2] }
			mainWorksCouncil: { members: [t-dir] }
			centres:
			  - id: t-skole
			    name: Center for Skole
			    chief: t-chef
			    units:
			      - { id: t-nord, name: Nordskolen, leader: t-leder }
			  - id: t-kultur
			    name: Center for Kultur
			    chief: t-chef2
			    units: []
			""";

	private static final String NORD = "      - { id: t-nord, name: Nordskolen, leader: t-leder }\n";
	private static final String NORD_IN_SKOLE = "    units:\n" + NORD;

	@Autowired
	OrganisationService organisation;
	@Autowired
	IdentityService identity;
	@Autowired
	AuthorizationService authorizations;
	@Autowired
	FilterService filters;
	@Autowired
	TaskService tasks;
	@Autowired
	ProcessEngine engine;
	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void deployProbes() {
		RoutingProbe.deploy(engine);
	}

	@AfterEach
	void restoreTheExampleOrganisation() {
		engine.getRuntimeService().createProcessInstanceQuery().list()
			.forEach(pi -> engine.getRuntimeService().deleteProcessInstance(pi.getId(), "test cleanup", true, true));
		organisation.reload();
	}

	@Test
	void createsUsersGroupsAndMembershipsForEveryRole() {
		organisation.apply(read(ORGANISATION));

		User chief = identity.createUserQuery().userId("t-chef").singleResult();
		assertThat(chief.getFirstName()).isEqualTo("Carl");
		assertThat(chief.getLastName()).isEqualTo("Chef");
		assertThat(members("enhed-t-nord")).containsExactly("t-leder");
		assertThat(members("a-med-t-nord")).containsExactly("t-leder");
		assertThat(members("center-t-skole")).containsExactly("t-chef");
		assertThat(members("c-med-t-skole")).containsExactly("t-chef");
		assertThat(members("direktoromraade-t-dir")).containsExactly("t-dir");
		assertThat(members("koncernledelsen")).containsExactly("t-chef", "t-chef2", "t-dir");
		assertThat(members("direktionen")).containsExactly("t-dir");
		assertThat(members("centerraadet")).containsExactly("t-chef", "t-chef2");
		assertThat(members("h-med")).containsExactly("t-dir");
		assertThat(members("byraadet")).containsExactly("t-sek");
		assertThat(members("udvalg-t-oeu")).containsExactly("t-sek");
		assertThat(members("sekretariat")).containsExactly("t-sek");
		assertThat(identity.createGroupQuery().groupId("enhed-t-nord").singleResult())
			.satisfies(g -> assertThat(g.getName()).isEqualTo("Ledelse: Nordskolen"))
			.satisfies(g -> assertThat(g.getType()).isEqualTo(OrganisationGroups.TYPE));
		// The example organisation's groups are gone: this file does not have them.
		assertThat(identity.createGroupQuery().groupId("enhed-borupgaard-skole").count()).isZero();
	}

	@Test
	void theTestProfileGivesNobodyAPassword() {
		organisation.apply(read(ORGANISATION));

		assertThat(identity.createUserQuery().userId("t-leder").singleResult()).isNotNull();
		assertThat(identity.checkPassword("t-leder", "demo")).isFalse();
		assertThat(identity.checkPassword("t-leder", "")).isFalse();
	}

	@Test
	void aSecondRunWithTheSameOrganisationChangesNothing() {
		organisation.apply(read(ORGANISATION));
		long users = identity.createUserQuery().count();
		long groups = identity.createGroupQuery().count();
		long grants = authorizations.createAuthorizationQuery().count();
		long filterCount = filters.createFilterQuery().count();

		IdentitySync.Report again = organisation.apply(read(ORGANISATION));

		assertThat(again.changedNothing()).as(again.toString()).isTrue();
		assertThat(identity.createUserQuery().count()).isEqualTo(users);
		assertThat(identity.createGroupQuery().count()).isEqualTo(groups);
		assertThat(authorizations.createAuthorizationQuery().count()).isEqualTo(grants);
		assertThat(filters.createFilterQuery().count()).isEqualTo(filterCount);
	}

	@Test
	void aNewUnitGetsItsGroupsAndItsLeaderTasklist() {
		organisation.apply(read(ORGANISATION));

		IdentitySync.Report report = organisation.apply(read(ORGANISATION.replace("    units: []",
				"    units:\n      - { id: t-museum, name: Museet, leader: t-ny }")));

		assertThat(report.groupsCreated()).isEqualTo(2);
		assertThat(members("enhed-t-museum")).containsExactly("t-ny");
		assertThat(members("a-med-t-museum")).containsExactly("t-ny");
		assertThat(authorizations.isUserAuthorized("t-ny", List.of("enhed-t-museum"), Permissions.ACCESS,
				Resources.APPLICATION, "tasklist")).isTrue();
	}

	@Test
	void aMovedUnitsOpenTasksFollowItToItsNewCentre() {
		organisation.apply(read(ORGANISATION));
		Task task = RoutingProbe.start(engine, Level.UNIT, Map.of(Route.UNIT, "t-nord"));
		assertThat(readers(task)).containsExactlyInAnyOrder("enhed-t-nord", "center-t-skole", "direktoromraade-t-dir");

		IdentitySync.Report report = organisation.apply(read(ORGANISATION
			.replace(NORD_IN_SKOLE, "    units: []\n")
			.replace("    chief: t-chef2\n    units: []", "    chief: t-chef2\n    units:\n" + NORD)));

		assertThat(report.tasksRerouted()).isEqualTo(1);
		assertThat(candidateGroups(task)).containsExactly("enhed-t-nord");
		assertThat(readers(task)).containsExactlyInAnyOrder("enhed-t-nord", "center-t-kultur", "direktoromraade-t-dir");
		assertThat(tasks.getVariableLocal(task.getId(), Route.CENTRE)).isEqualTo("t-kultur");
	}

	@Test
	void aDepartedLeadersClaimedTaskGoesBackToTheUnitAndTheNewLeaderGetsIt() {
		organisation.apply(read(ORGANISATION));
		Task task = RoutingProbe.start(engine, Level.UNIT, Map.of(Route.UNIT, "t-nord"));
		tasks.claim(task.getId(), "t-leder");

		IdentitySync.Report report = organisation.apply(read(ORGANISATION
			.replace("  - { id: t-leder, name: Lise Leder }\n", "")
			.replace("leader: t-leder", "leader: t-ny")));

		assertThat(report.usersRemoved()).isEqualTo(1);
		Task after = tasks.createTaskQuery().taskId(task.getId()).singleResult();
		assertThat(after).as("the task is not lost").isNotNull();
		assertThat(after.getAssignee()).isNull();
		assertThat(candidateGroups(task)).containsExactly("enhed-t-nord");
		assertThat(members("enhed-t-nord")).containsExactly("t-ny");
		assertThat(identity.createUserQuery().userId("t-leder").count()).isZero();
		assertThat(jdbc.sql("SELECT active FROM organisation_person WHERE municipality_id = 'testkommune' AND person_id = 't-leder'")
			.query(Boolean.class).single()).isFalse();
	}

	@Test
	void aRemovedUnitsGroupsStayWhileTasksStillWaitForThem() {
		organisation.apply(read(ORGANISATION));
		Task task = RoutingProbe.start(engine, Level.UNIT, Map.of(Route.UNIT, "t-nord"));
		String withoutNord = ORGANISATION.replace(NORD_IN_SKOLE, "    units: []\n");

		organisation.apply(read(withoutNord));

		assertThat(identity.createGroupQuery().groupId("enhed-t-nord").count()).isEqualTo(1);
		assertThat(identity.createGroupQuery().groupId("a-med-t-nord").count()).isZero();
		assertThat(candidateGroups(task)).containsExactly("enhed-t-nord");

		engine.getRuntimeService().deleteProcessInstance(task.getProcessInstanceId(), "unit closed");
		organisation.apply(read(withoutNord));

		assertThat(identity.createGroupQuery().groupId("enhed-t-nord").count()).isZero();
	}

	@Test
	void theSecretariatMayStartAndSeeEverythingAndEveryGroupMayOpenTasklistOnly() {
		organisation.apply(read(ORGANISATION));

		assertThat(authorizations.isUserAuthorized("t-sek", List.of("sekretariat"), Permissions.CREATE_INSTANCE,
				Resources.PROCESS_DEFINITION, "annual-cycle")).isTrue();
		assertThat(authorizations.isUserAuthorized("t-sek", List.of("sekretariat"), Permissions.ACCESS,
				Resources.APPLICATION, "cockpit")).isTrue();
		assertThat(authorizations.isUserAuthorized("t-leder", List.of("enhed-t-nord"), Permissions.ACCESS,
				Resources.APPLICATION, "tasklist")).isTrue();
		assertThat(authorizations.isUserAuthorized("t-leder", List.of("enhed-t-nord"), Permissions.ACCESS,
				Resources.APPLICATION, "cockpit")).isFalse();
		assertThat(authorizations.isUserAuthorized("t-leder", List.of("enhed-t-nord"), Permissions.ACCESS,
				Resources.APPLICATION, "admin")).isFalse();
		assertThat(authorizations.isUserAuthorized("t-leder", List.of("enhed-t-nord"), Permissions.CREATE_INSTANCE,
				Resources.PROCESS_DEFINITION, "annual-cycle")).isFalse();
	}

	@Test
	void eachRoleGetsItsFilters() {
		organisation.apply(read(ORGANISATION));

		assertThat(filterNames("t-leder", "enhed-t-nord", "a-med-t-nord"))
			.containsExactlyInAnyOrder("Mine opgaver", "Min enheds opgaver");
		assertThat(filterNames("t-chef", "center-t-skole", "c-med-t-skole", "koncernledelsen", "centerraadet"))
			.containsExactlyInAnyOrder("Mine opgaver", "Mine gruppers opgaver", "Mit centers opgaver");
		assertThat(filterNames("t-dir", "direktionen", "direktoromraade-t-dir", "koncernledelsen", "h-med"))
			.containsExactlyInAnyOrder("Mine opgaver", "Mine gruppers opgaver", "Mine centres opgaver");
		assertThat(filterNames("t-sek", "sekretariat", "byraadet", "udvalg-t-oeu"))
			.containsExactlyInAnyOrder("Mine opgaver", "Mine gruppers opgaver", "Alle åbne opgaver", "Forsinkede opgaver");

		// Each role lands on the filter with its work: Tasklist opens the one with the lowest priority.
		assertThat(firstFilter("t-leder", "enhed-t-nord", "a-med-t-nord")).isEqualTo("Min enheds opgaver");
		assertThat(firstFilter("t-chef", "center-t-skole", "c-med-t-skole", "koncernledelsen", "centerraadet"))
			.isEqualTo("Mine gruppers opgaver");
		assertThat(firstFilter("t-sek", "sekretariat", "byraadet", "udvalg-t-oeu")).isEqualTo("Mine gruppers opgaver");
	}

	private String firstFilter(String user, String... groups) {
		identity.setAuthentication(user, List.of(groups));
		try {
			return filters.createTaskFilterQuery().list().stream()
				.min(Comparator.comparingInt(f -> ((Number) f.getProperties().get("priority")).intValue()))
				.orElseThrow().getName();
		}
		finally {
			identity.clearAuthentication();
		}
	}

	private List<String> filterNames(String user, String... groups) {
		identity.setAuthentication(user, List.of(groups));
		try {
			return filters.createTaskFilterQuery().list().stream().map(f -> f.getName()).toList();
		}
		finally {
			identity.clearAuthentication();
		}
	}

	private List<String> candidateGroups(Task task) {
		return tasks.getIdentityLinksForTask(task.getId()).stream()
			.filter(l -> "candidate".equals(l.getType()))
			.map(IdentityLink::getGroupId).toList();
	}

	private List<String> readers(Task task) {
		return authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(task.getId()).list()
			.stream().filter(a -> a.isPermissionGranted(Permissions.READ)).map(a -> a.getGroupId()).toList();
	}

	private List<String> members(String group) {
		return identity.createUserQuery().memberOfGroup(group).list().stream().map(User::getId).sorted().toList();
	}

	private static Organisation read(String yaml) {
		return OrganisationFile.read("test.yaml", new StringReader(yaml));
	}
}
