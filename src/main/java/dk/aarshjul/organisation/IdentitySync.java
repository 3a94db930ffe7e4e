package dk.aarshjul.organisation;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dk.aarshjul.organisation.Organisation.Centre;
import dk.aarshjul.organisation.Organisation.Director;
import dk.aarshjul.organisation.Organisation.Person;
import dk.aarshjul.organisation.Organisation.Unit;

/**
 * Makes Camunda's users, groups, memberships and authorizations match the organisation. Idempotent: a second run
 * with the same organisation changes nothing. It runs in one transaction, so a failure leaves identity as it was.
 */
@Component
class IdentitySync {

	private static final Logger log = LoggerFactory.getLogger(IdentitySync.class);

	static final String GROUP_TYPE = "WORKFLOW";
	static final String ALL_OPEN_TASKS_FILTER = "Alle åbne opgaver";

	/** What the secretariat may do: start and run the cycle, and see everything in Tasklist and Cockpit. */
	private static final Map<Resource, Permission> SECRETARIAT_PERMISSIONS = new LinkedHashMap<>();
	static {
		SECRETARIAT_PERMISSIONS.put(Resources.PROCESS_DEFINITION, Permissions.ALL);
		SECRETARIAT_PERMISSIONS.put(Resources.PROCESS_INSTANCE, Permissions.ALL);
		SECRETARIAT_PERMISSIONS.put(Resources.TASK, Permissions.ALL);
		SECRETARIAT_PERMISSIONS.put(Resources.HISTORIC_PROCESS_INSTANCE, Permissions.ALL);
		SECRETARIAT_PERMISSIONS.put(Resources.HISTORIC_TASK, Permissions.ALL);
		SECRETARIAT_PERMISSIONS.put(Resources.DEPLOYMENT, Permissions.READ);
		SECRETARIAT_PERMISSIONS.put(Resources.DECISION_DEFINITION, Permissions.READ);
		SECRETARIAT_PERMISSIONS.put(Resources.DECISION_REQUIREMENTS_DEFINITION, Permissions.READ);
		SECRETARIAT_PERMISSIONS.put(Resources.USER, Permissions.READ);
		SECRETARIAT_PERMISSIONS.put(Resources.GROUP, Permissions.READ);
	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private final IdentityService identity;
	private final AuthorizationService authorizations;
	private final FilterService filters;
	private final TaskService tasks;
	private final OrganisationProperties properties;

	IdentitySync(IdentityService identity, AuthorizationService authorizations, FilterService filters,
			TaskService tasks, OrganisationProperties properties) {
		this.identity = identity;
		this.authorizations = authorizations;
		this.filters = filters;
		this.tasks = tasks;
		this.properties = properties;
	}

	@Transactional
	public void synchronise(Organisation organisation) {
		Map<String, Person> people = organisation.peopleById();
		people.values().forEach(this::saveUser);

		Map<String, String> groupNames = new LinkedHashMap<>();
		Map<String, Set<String>> members = new HashMap<>();
		groupNames.put(OrganisationGroups.SECRETARIAT, "Sekretariatet");
		members.put(OrganisationGroups.SECRETARIAT, new LinkedHashSet<>(organisation.secretariat()));
		groupNames.put(OrganisationGroups.EXECUTIVE_BOARD, "Direktionen");
		groupNames.put(OrganisationGroups.CORPORATE_MANAGEMENT, "Koncernledelsen");
		for (Director director : organisation.directors()) {
			add(members, OrganisationGroups.EXECUTIVE_BOARD, director.person());
			add(members, OrganisationGroups.CORPORATE_MANAGEMENT, director.person());
		}
		for (Centre centre : organisation.centres()) {
			String centreGroup = OrganisationGroups.centreManagement(centre.id());
			groupNames.put(centreGroup, "Centerledelse: " + centre.name());
			add(members, centreGroup, centre.chief());
			add(members, OrganisationGroups.CORPORATE_MANAGEMENT, centre.chief());
			for (Unit unit : centre.units()) {
				String unitGroup = OrganisationGroups.unitManagement(unit.id());
				groupNames.put(unitGroup, "Ledelse: " + unit.name());
				add(members, unitGroup, unit.leader());
			}
		}

		groupNames.forEach(this::saveGroup);
		groupNames.keySet().forEach(group -> syncMembers(group, members.getOrDefault(group, Set.of())));

		SECRETARIAT_PERMISSIONS.forEach((resource, permission) ->
				grant(OrganisationGroups.SECRETARIAT, resource, "*", permission));
		grant(OrganisationGroups.SECRETARIAT, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
		groupNames.keySet().forEach(group -> grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS));
		Filter allOpenTasks = saveFilter(ALL_OPEN_TASKS_FILTER, -10);
		grant(OrganisationGroups.SECRETARIAT, Resources.FILTER, allOpenTasks.getId(), Permissions.READ);

		log.info("Organisation of {} synchronised: {} people, {} groups", organisation.municipalityName(),
				people.size(), groupNames.size());
	}

	private static void add(Map<String, Set<String>> members, String group, String person) {
		members.computeIfAbsent(group, g -> new LinkedHashSet<>()).add(person);
	}

	private void saveUser(Person person) {
		User user = identity.createUserQuery().userId(person.id()).singleResult();
		boolean isNew = user == null;
		if (isNew) {
			user = identity.newUser(person.id());
			user.setPassword(initialPassword());
		}
		else if (person.firstName().equals(user.getFirstName()) && person.lastName().equals(user.getLastName())
				&& Objects.equals(person.email(), user.getEmail())) {
			return;
		}
		user.setFirstName(person.firstName());
		user.setLastName(person.lastName());
		user.setEmail(person.email());
		identity.saveUser(user);
	}

	/**
	 * The demo profile's known password, or else a random secret that nobody knows: the person cannot log in until
	 * an administrator sets a password in Camunda Admin (Camunda cannot check a login against no password at all).
	 */
	private String initialPassword() {
		if (properties.initialPassword() != null && !properties.initialPassword().isBlank()) {
			return properties.initialPassword();
		}
		byte[] secret = new byte[24];
		RANDOM.nextBytes(secret);
		return Base64.getEncoder().encodeToString(secret);
	}

	private void saveGroup(String id, String name) {
		Group group = identity.createGroupQuery().groupId(id).singleResult();
		if (group != null && name.equals(group.getName())) {
			return;
		}
		if (group == null) {
			group = identity.newGroup(id);
			group.setType(GROUP_TYPE);
		}
		group.setName(name);
		identity.saveGroup(group);
	}

	/** Adds missing members and removes those the organisation no longer names. */
	private void syncMembers(String groupId, Set<String> wanted) {
		Set<String> current = new LinkedHashSet<>();
		identity.createUserQuery().memberOfGroup(groupId).list().forEach(u -> current.add(u.getId()));
		for (String userId : wanted) {
			if (!current.contains(userId)) {
				identity.createMembership(userId, groupId);
			}
		}
		for (String userId : current) {
			if (!wanted.contains(userId)) {
				identity.deleteMembership(userId, groupId);
			}
		}
	}

	private void grant(String groupId, Resource resource, String resourceId, Permission permission) {
		Authorization existing = authorizations.createAuthorizationQuery()
			.authorizationType(AUTH_TYPE_GRANT)
			.groupIdIn(groupId)
			.resourceType(resource)
			.resourceId(resourceId)
			.singleResult();
		if (existing != null && existing.isPermissionGranted(permission)) {
			return;
		}
		Authorization authorization = existing != null ? existing : authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
		authorization.setGroupId(groupId);
		authorization.setResource(resource);
		authorization.setResourceId(resourceId);
		authorization.addPermission(permission);
		authorizations.saveAuthorization(authorization);
	}

	private Filter saveFilter(String name, int priority) {
		Filter filter = filters.createTaskFilterQuery().filterName(name).singleResult();
		if (filter != null) {
			return filter;
		}
		filter = filters.newTaskFilter(name)
			.setQuery(tasks.createTaskQuery().active().orderByDueDate().asc())
			.setProperties(Map.of("priority", priority, "description", "Alle åbne opgaver i kommunen"));
		return filters.saveFilter(filter);
	}
}
