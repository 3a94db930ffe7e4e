package dk.aarshjul.organisation;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
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
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dk.aarshjul.organisation.Organisation.Centre;
import dk.aarshjul.organisation.Organisation.Committee;
import dk.aarshjul.organisation.Organisation.Director;
import dk.aarshjul.organisation.Organisation.Person;
import dk.aarshjul.organisation.Organisation.Unit;
import dk.aarshjul.system.EngineAuthorization;
import dk.aarshjul.system.EngineClock;

/**
 * Makes Camunda's users, groups, memberships, authorizations and Tasklist filters match the organisation, and
 * routes open tasks again where the organisation changed. Idempotent: a second run with the same organisation
 * changes nothing. It runs in one transaction, so a failure leaves everything as it was.
 */
@Component
class IdentitySync {

	private static final Logger log = LoggerFactory.getLogger(IdentitySync.class);

	static final String MY_TASKS = "Mine opgaver";
	static final String MY_UNIT_TASKS = "Min enheds opgaver";
	static final String MY_GROUP_TASKS = "Mine gruppers opgaver";
	static final String MY_CENTRE_TASKS = "Mit centers opgaver";
	static final String MY_CENTRES_TASKS = "Mine centres opgaver";
	static final String ALL_OPEN_TASKS = "Alle åbne opgaver";
	static final String OVERDUE_TASKS = "Forsinkede opgaver";
	/** "Ændrede forudsætninger" (bpmn/agreement-amendment.bpmn), which the parties to agreements start themselves. */
	static final String AMENDMENT_PROCESS = "agreement-amendment";
	/** "Enhedsprofil" (bpmn/unit-profile.bpmn), which a unit's leader starts. */
	static final String UNIT_PROFILE_PROCESS = "unit-profile";

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
	private final PersonRepository persons;
	private final TaskRouting routing;
	private final OrganisationProperties properties;
	private final ProcessEngineConfigurationImpl engineConfiguration;

	IdentitySync(IdentityService identity, AuthorizationService authorizations, FilterService filters,
			TaskService tasks, PersonRepository persons, TaskRouting routing, OrganisationProperties properties,
			ProcessEngineConfigurationImpl engineConfiguration) {
		this.engineConfiguration = engineConfiguration;
		this.identity = identity;
		this.authorizations = authorizations;
		this.filters = filters;
		this.tasks = tasks;
		this.persons = persons;
		this.routing = routing;
		this.properties = properties;
	}

	/** What a synchronisation changed. */
	record Report(int usersCreated, int usersUpdated, int usersRemoved, int groupsCreated, int groupsRemoved,
			int membershipsChanged, int tasksRerouted) {

		boolean changedNothing() {
			return usersCreated + usersUpdated + usersRemoved + groupsCreated + groupsRemoved + membershipsChanged
					+ tasksRerouted == 0;
		}

		@Override
		public String toString() {
			return "%d users created, %d updated, %d removed; %d groups created, %d removed; %d memberships changed; %d open tasks rerouted"
				.formatted(usersCreated, usersUpdated, usersRemoved, groupsCreated, groupsRemoved, membershipsChanged,
						tasksRerouted);
		}
	}

	@Transactional
	public Report synchronise(Organisation organisation) {
		return EngineAuthorization.privileged(() -> run(organisation));
	}

	private Report run(Organisation organisation) {
		Counter count = new Counter();
		OffsetDateTime now = EngineClock.now();

		Map<String, Person> people = organisation.peopleById();
		for (Person person : people.values()) {
			saveUser(person, count);
			persons.upsert(organisation.municipalityId(), person, now);
		}
		for (String departed : persons.activeIds(organisation.municipalityId())) {
			if (!people.containsKey(departed)) {
				removeUser(departed, count);
				persons.markLeft(organisation.municipalityId(), departed, now);
			}
		}

		Map<String, DesiredGroup> groups = desiredGroups(organisation);
		groups.values().forEach(group -> saveGroup(group, count));
		groups.values().forEach(group -> syncMembers(group, count));
		count.tasksRerouted = routing.reconcile(organisation);
		removeGroupsNoLongerInTheOrganisation(groups.keySet(), count);

		grantPermissions(organisation, groups.values());
		saveFilters(organisation, groups.values());

		Report report = count.report();
		log.info("Organisation of {} synchronised ({} people, {} groups): {}", organisation.municipalityName(),
				people.size(), groups.size(), report);
		return report;
	}

	private record DesiredGroup(String id, String name, Set<String> members, boolean unitLevel) {
	}

	private static Map<String, DesiredGroup> desiredGroups(Organisation organisation) {
		Map<String, DesiredGroup> groups = new LinkedHashMap<>();
		put(groups, OrganisationGroups.SECRETARIAT, "Sekretariatet", organisation.secretariat(), false);
		put(groups, OrganisationGroups.COUNCIL, "Byrådet (sekretariat)", organisation.council().secretaries(), false);
		for (Committee committee : organisation.council().committees()) {
			put(groups, OrganisationGroups.committee(committee.id()), committee.name() + " (sekretariat)",
					committee.secretaries(), false);
		}
		put(groups, OrganisationGroups.EXECUTIVE_BOARD, "Direktionen",
				organisation.directors().stream().map(Director::person).toList(), false);
		Set<String> corporateManagement = new LinkedHashSet<>();
		for (Director director : organisation.directors()) {
			corporateManagement.add(director.person());
			put(groups, OrganisationGroups.directorate(director.person()), "Direktørområde: " + director.title(),
					List.of(director.person()), false);
		}
		organisation.centres().forEach(centre -> corporateManagement.add(centre.chief()));
		put(groups, OrganisationGroups.CORPORATE_MANAGEMENT, "Koncernledelsen", List.copyOf(corporateManagement), false);
		put(groups, OrganisationGroups.CENTRE_COUNCIL, "Centerrådet", organisation.centreCouncil(), false);
		put(groups, OrganisationGroups.MAIN_WORKS_COUNCIL, "H-MED", organisation.mainWorksCouncil(), false);
		for (Centre centre : organisation.centres()) {
			put(groups, OrganisationGroups.centreManagement(centre.id()), "Centerledelse: " + centre.name(),
					List.of(centre.chief()), false);
			put(groups, OrganisationGroups.centreWorksCouncil(centre.id()), "C-MED: " + centre.name(),
					centre.worksCouncil(), false);
			for (Unit unit : centre.units()) {
				put(groups, OrganisationGroups.unitManagement(unit.id()), "Ledelse: " + unit.name(),
						List.of(unit.leader()), true);
				put(groups, OrganisationGroups.unitWorksCouncil(unit.id()), "A-MED: " + unit.name(),
						unit.worksCouncil(), true);
			}
		}
		return groups;
	}

	private static void put(Map<String, DesiredGroup> groups, String id, String name, List<String> members,
			boolean unitLevel) {
		groups.put(id, new DesiredGroup(id, name, new LinkedHashSet<>(members), unitLevel));
	}

	private void saveUser(Person person, Counter count) {
		User user = identity.createUserQuery().userId(person.id()).singleResult();
		if (user == null) {
			user = identity.newUser(person.id());
			user.setPassword(initialPassword());
			count.usersCreated++;
		}
		else if (person.firstName().equals(user.getFirstName()) && person.lastName().equals(user.getLastName())
				&& Objects.equals(person.email(), user.getEmail())) {
			return;
		}
		else {
			count.usersUpdated++;
		}
		user.setFirstName(person.firstName());
		user.setLastName(person.lastName());
		user.setEmail(person.email());
		// A new login's secret (or the demo's known password) is nobody's choice, so the password policy, which
		// governs the passwords people set, does not apply to it.
		engineConfiguration.getCommandExecutorTxRequired().execute(new SaveUserCmd(user, true));
	}

	/** Someone who left: their claimed tasks go back to the task's groups, then their login is removed. */
	private void removeUser(String userId, Counter count) {
		for (Task task : tasks.createTaskQuery().taskAssignee(userId).list()) {
			tasks.setAssignee(task.getId(), null);
		}
		if (identity.createUserQuery().userId(userId).count() == 1) {
			identity.deleteUser(userId);
		}
		count.usersRemoved++;
		log.info("{} has left the organisation: login removed, claimed tasks returned to their groups", userId);
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

	private void saveGroup(DesiredGroup desired, Counter count) {
		Group group = identity.createGroupQuery().groupId(desired.id()).singleResult();
		if (group != null && desired.name().equals(group.getName()) && OrganisationGroups.TYPE.equals(group.getType())) {
			return;
		}
		if (group == null) {
			group = identity.newGroup(desired.id());
			count.groupsCreated++;
		}
		group.setType(OrganisationGroups.TYPE);
		group.setName(desired.name());
		identity.saveGroup(group);
	}

	/** Adds missing members and removes those the organisation no longer names. */
	private void syncMembers(DesiredGroup group, Counter count) {
		Set<String> current = new LinkedHashSet<>();
		identity.createUserQuery().memberOfGroup(group.id()).list().forEach(u -> current.add(u.getId()));
		for (String userId : group.members()) {
			if (!current.contains(userId)) {
				identity.createMembership(userId, group.id());
				count.membershipsChanged++;
			}
		}
		for (String userId : current) {
			if (!group.members().contains(userId)) {
				identity.deleteMembership(userId, group.id());
				count.membershipsChanged++;
			}
		}
	}

	/** A group the organisation no longer has goes, unless open tasks still wait for it (they keep it, and it is logged). */
	private void removeGroupsNoLongerInTheOrganisation(Set<String> desired, Counter count) {
		for (Group group : identity.createGroupQuery().groupType(OrganisationGroups.TYPE).list()) {
			if (desired.contains(group.getId())) {
				continue;
			}
			long waiting = tasks.createTaskQuery().taskCandidateGroup(group.getId()).includeAssignedTasks().count();
			if (waiting > 0) {
				log.warn("Group {} is no longer in the organisation but {} open task(s) still wait for it; it is kept "
						+ "until they are done or moved", group.getId(), waiting);
				continue;
			}
			authorizations.createAuthorizationQuery().groupIdIn(group.getId()).list()
				.forEach(a -> authorizations.deleteAuthorization(a.getId()));
			identity.deleteGroup(group.getId());
			count.groupsRemoved++;
		}
	}

	private void grantPermissions(Organisation organisation, Iterable<DesiredGroup> groups) {
		SECRETARIAT_PERMISSIONS.forEach((resource, permission) ->
				grant(OrganisationGroups.SECRETARIAT, resource, "*", permission));
		grant(OrganisationGroups.SECRETARIAT, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
		// Everyone in the organisation works in Tasklist, may read the process models their tasks belong to, and
		// may see colleagues' and groups' names; what they may see of tasks and instances is granted task by task
		// when tasks are routed.
		for (DesiredGroup group : groups) {
			grant(group.id(), Resources.APPLICATION, "tasklist", Permissions.ACCESS);
			grant(group.id(), Resources.PROCESS_DEFINITION, "*", Permissions.READ);
			grant(group.id(), Resources.USER, "*", Permissions.READ);
			grant(group.id(), Resources.GROUP, "*", Permissions.READ);
		}
		// The parties to agreements (leaders, centre chiefs, directors) may report changed premises from Tasklist.
		for (Centre centre : organisation.centres()) {
			List<String> parties = new ArrayList<>();
			parties.add(OrganisationGroups.centreManagement(centre.id()));
			centre.units().forEach(u -> parties.add(OrganisationGroups.unitManagement(u.id())));
			organisation.directorOf(centre.id()).ifPresent(d -> parties.add(OrganisationGroups.directorate(d.person())));
			for (String party : parties) {
				grant(party, Resources.PROCESS_DEFINITION, AMENDMENT_PROCESS, Permissions.CREATE_INSTANCE);
				grant(party, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
			}
			// A unit's leader writes the unit's profile.
			for (Unit unit : centre.units()) {
				grant(OrganisationGroups.unitManagement(unit.id()), Resources.PROCESS_DEFINITION, UNIT_PROFILE_PROCESS,
						Permissions.CREATE_INSTANCE);
			}
		}
	}

	private void saveFilters(Organisation organisation, Iterable<DesiredGroup> groups) {
		// Each role lands on the filter with its work (the lowest priority comes first): a leader on "Min enheds
		// opgaver", everyone else on "Mine gruppers opgaver"; the tasks one has claimed come next.
		Filter mine = saveFilter(MY_TASKS, -20, "Opgaver, du har taget",
				tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
		grantEveryone(Resources.FILTER, mine.getId(), Permissions.READ);
		Filter unit = saveFilter(MY_UNIT_TASKS, -25, "Opgaver til din enhed",
				groupTasks());
		Filter group = saveFilter(MY_GROUP_TASKS, -25, "Opgaver til de ledelser og fora, du er med i",
				groupTasks());
		for (DesiredGroup desired : groups) {
			grant(desired.id(), Resources.FILTER, desired.unitLevel() ? unit.getId() : group.getId(), Permissions.READ);
		}
		Filter all = saveFilter(ALL_OPEN_TASKS, -10, "Alle åbne opgaver i kommunen", tasks.createTaskQuery());
		Filter overdue = saveFilter(OVERDUE_TASKS, -5, "Åbne opgaver, hvis frist er overskredet",
				tasks.createTaskQuery().dueBeforeExpression("${now()}"));
		grant(OrganisationGroups.SECRETARIAT, Resources.FILTER, all.getId(), Permissions.READ);
		grant(OrganisationGroups.SECRETARIAT, Resources.FILTER, overdue.getId(), Permissions.READ);

		// "Mit centers opgaver" for each centre chief, "Mine centres opgaver" for each director: personal filters over
		// the tasks of their centres, the units' included (which they may read but not do).
		Map<String, String[]> personal = new LinkedHashMap<>();
		Map<String, String> names = new LinkedHashMap<>();
		for (Centre centre : organisation.centres()) {
			personal.put(centre.chief(), new String[] { Route.CENTRE, centre.id() });
			names.put(centre.chief(), MY_CENTRE_TASKS);
		}
		for (Director director : organisation.directors()) {
			personal.put(director.person(),
					new String[] { Route.DIRECTORATE, OrganisationGroups.directorate(director.person()) });
			names.put(director.person(), MY_CENTRES_TASKS);
		}
		for (Filter filter : filters.createTaskFilterQuery().list()) {
			boolean centreFilter = MY_CENTRE_TASKS.equals(filter.getName()) || MY_CENTRES_TASKS.equals(filter.getName());
			if (centreFilter && filter.getOwner() != null && !filter.getName().equals(names.get(filter.getOwner()))) {
				filters.deleteFilter(filter.getId());
			}
		}
		personal.forEach((person, scope) -> {
			String name = names.get(person);
			Filter filter = filters.createTaskFilterQuery().filterName(name).filterOwner(person).singleResult();
			if (filter != null && scope[1].equals(filter.getProperties().get("scope"))) {
				return;
			}
			Map<String, Object> properties = filterProperties(-12, MY_CENTRE_TASKS.equals(name)
					? "Opgaver i dit center og dets enheder" : "Opgaver i dine centre og deres enheder");
			properties.put("scope", scope[1]);
			filters.saveFilter((filter != null ? filter : filters.newTaskFilter(name).setOwner(person))
				.setQuery(tasks.createTaskQuery().taskVariableValueEquals(scope[0], scope[1]))
				.setProperties(properties));
		});
	}

	private TaskQuery groupTasks() {
		return tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks();
	}

	/** A filter shared through authorizations (it has no owner), created once and then left to the administrators. */
	private Filter saveFilter(String name, int priority, String description, TaskQuery query) {
		Filter filter = filters.createTaskFilterQuery().filterName(name).list().stream()
			.filter(f -> f.getOwner() == null).findFirst().orElse(null);
		if (filter != null) {
			if (!Integer.valueOf(priority).equals(filter.getProperties().get("priority"))) {
				// An installation from before the order changed gets the new order.
				Map<String, Object> properties = new LinkedHashMap<>(filter.getProperties());
				properties.put("priority", priority);
				filter = filters.saveFilter(filter.setProperties(properties));
			}
			return filter;
		}
		filter = filters.newTaskFilter(name).setQuery(query)
			.setProperties(filterProperties(priority, description));
		return filters.saveFilter(filter);
	}

	private static Map<String, Object> filterProperties(int priority, String description) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("priority", priority);
		properties.put("description", description);
		properties.put("refresh", true);
		properties.put("variables", List.of(Map.of("name", "year", "label", "År")));
		return properties;
	}

	private void grant(String groupId, Resource resource, String resourceId, Permission permission) {
		grant(AUTH_TYPE_GRANT, groupId, resource, resourceId, permission);
	}

	private void grantEveryone(Resource resource, String resourceId, Permission permission) {
		grant(AUTH_TYPE_GLOBAL, null, resource, resourceId, permission);
	}

	private void grant(int type, String groupId, Resource resource, String resourceId, Permission permission) {
		var query = authorizations.createAuthorizationQuery().authorizationType(type).resourceType(resource)
			.resourceId(resourceId);
		Authorization existing = (groupId == null ? query : query.groupIdIn(groupId)).singleResult();
		if (existing != null && existing.isPermissionGranted(permission)) {
			return;
		}
		Authorization authorization = existing != null ? existing : authorizations.createNewAuthorization(type);
		if (groupId == null) {
			authorization.setUserId(Authorization.ANY);
		}
		else {
			authorization.setGroupId(groupId);
		}
		authorization.setResource(resource);
		authorization.setResourceId(resourceId);
		authorization.addPermission(permission);
		authorizations.saveAuthorization(authorization);
	}

	private static final class Counter {
		int usersCreated, usersUpdated, usersRemoved, groupsCreated, groupsRemoved, membershipsChanged, tasksRerouted;

		Report report() {
			return new Report(usersCreated, usersUpdated, usersRemoved, groupsCreated, groupsRemoved,
					membershipsChanged, tasksRerouted);
		}
	}
}
