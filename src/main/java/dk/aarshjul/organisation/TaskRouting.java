package dk.aarshjul.organisation;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import dk.aarshjul.scope.Scope;
import dk.aarshjul.system.EngineAuthorization;

/**
 * Routes every user task when it is created, and keeps its process's scope when it is completed; attached to every
 * user task by {@link TaskRoutingPlugin}, never in a model's XML. The decision table "Ansvarsfordeling" gives the
 * task's level, {@link Route} turns
 * level and the process's scope ({@code centre}, {@code unit}, {@code committee}) into candidate groups and
 * read-only oversight for the levels above. After the organisation changes, {@link #reconcile} routes the open
 * tasks again.
 */
@Component("taskRouting")
public class TaskRouting implements TaskListener {

	private static final Logger log = LoggerFactory.getLogger(TaskRouting.class);

	public static final String DECISION = "task-responsibility";

	private final OrganisationService organisation;
	private final DecisionService decisions;
	private final TaskService tasks;
	private final AuthorizationService authorizations;
	private final IdentityService identity;
	private final HistoryService history;

	TaskRouting(@Lazy OrganisationService organisation, DecisionService decisions, TaskService tasks,
			AuthorizationService authorizations, IdentityService identity, HistoryService history) {
		this.organisation = organisation;
		this.decisions = decisions;
		this.tasks = tasks;
		this.authorizations = authorizations;
		this.identity = identity;
		this.history = history;
	}

	@Override
	public void notify(DelegateTask task) {
		if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
			EngineAuthorization.privileged(() -> keepScope(task));
			return;
		}
		String processKey = ((ExecutionEntity) task.getExecution()).getProcessDefinition().getKey();
		Level level = levelOf(processKey, task.getTaskDefinitionKey(), text(task.getVariable(Scope.PARTY_KIND)));
		Organisation org = organisation.current();
		String centre = text(task.getVariable(Scope.CENTRE));
		String unit = text(task.getVariable(Scope.UNIT));
		String committee = text(task.getVariable(Scope.COMMITTEE));
		Route route = Route.of(level, centre, unit, committee, org);
		task.setName(nameWithParty(task.getName(), unit, centre, committee, org));
		task.addCandidateGroups(route.candidates());
		task.setVariablesLocal(route.localVariables());
		EngineAuthorization.privileged(() -> grantAccess(task.getId(), route));
	}

	/**
	 * A task's name with whose it is (the unit, else the centre, else the committee, by its name in the organisation),
	 * so that a list of many tasks of one kind says whose each is, and can be searched by it: "Godkend decentral aftale –
	 * Borupgård Skole".
	 */
	static String nameWithParty(String name, String unit, String centre, String committee, Organisation org) {
		String party = unit != null ? org.unit(unit).map(Organisation.Unit::name).orElse(null)
				: centre != null ? org.centre(centre).map(Organisation.Centre::name).orElse(null)
				: committee != null ? org.committee(committee).map(Organisation.Committee::name).orElse(null) : null;
		return party == null || name == null || name.endsWith(PARTY_SEPARATOR + party) ? name : name + PARTY_SEPARATOR + party;
	}

	/** Between a task's name and whose it is. */
	public static final String PARTY_SEPARATOR = " – ";

	/**
	 * On completion: the process's scope ({@code centre}, {@code unit}, {@code committee}) is what the next tasks
	 * are routed by, so a completion may not change it (a form submitted through the REST API could try). The
	 * reference is the first value the process had, from its history, which nobody can edit.
	 */
	private void keepScope(DelegateTask task) {
		DelegateExecution process = task.getExecution().getProcessInstance();
		for (String name : List.of(Scope.CENTRE, Scope.UNIT, Scope.COMMITTEE)) {
			Object current = process.getVariableLocal(name);
			if (current == null) {
				continue;
			}
			Object first = history.createHistoricVariableInstanceQuery().processInstanceId(process.getId())
				.variableName(name).list().stream()
				.filter(v -> process.getId().equals(v.getExecutionId()))
				.findFirst()
				.flatMap(v -> history.createHistoricDetailQuery().variableInstanceId(v.getId()).variableUpdates()
					.orderPartiallyByOccurrence().asc().list().stream().findFirst())
				.map(d -> ((HistoricVariableUpdate) d).getValue())
				.orElse(current);
			if (!String.valueOf(first).equals(String.valueOf(current))) {
				throw new ScopeChangedException("Opgaven kan ikke afsluttes: forløbets " + name + " er »" + first
						+ "« og kan ikke ændres til »" + current + "«.");
			}
		}
	}

	/** A completion that tries to move the process to another unit, centre or committee. */
	public static class ScopeChangedException extends BadUserRequestException {

		public ScopeChangedException(String message) {
			super(message);
		}
	}

	/** The levels above may follow the task: read it, not do it. */
	private boolean grantAccess(String taskId, Route route) {
		boolean granted = false;
		for (String group : route.oversight()) {
			granted |= grant(Resources.TASK, taskId, group, Permissions.READ);
		}
		return granted;
	}

	/**
	 * The level that the decision table gives a task.
	 *
	 * @param partyKind the process's {@link Scope#PARTY_KIND}, where one task serves several parties; else null
	 */
	public Level levelOf(String processDefinitionKey, String taskDefinitionKey, String partyKind) {
		DmnDecisionRuleResult row = EngineAuthorization.privileged(() -> decisions.evaluateDecisionTableByKey(DECISION)
			.variables(Variables.createVariables().putValue("processDefinitionKey", processDefinitionKey)
				.putValue("taskDefinitionKey", taskDefinitionKey).putValue(Scope.PARTY_KIND, partyKind))
			.evaluate()
			.getSingleResult());
		Object value = row == null ? null : row.getEntry("level");
		if (value == null) {
			throw new Route.RoutingException("Ansvarsfordelingen siger ikke, hvem der løser opgaven '"
					+ taskDefinitionKey + "' i processen '" + processDefinitionKey + "'"
					+ (partyKind == null ? "" : " for parten '" + partyKind + "'") + ".");
		}
		return Level.of((String) value);
	}

	/**
	 * Routes every open task again after a change of the organisation: candidate groups, oversight and the
	 * recorded centre follow a unit that moved; a task claimed by someone who is no longer in one of its groups
	 * goes back to its groups. Tasks whose unit or centre no longer exists keep their route and are reported.
	 *
	 * @return how many tasks changed
	 */
	public int reconcile(Organisation current) {
		int changed = 0;
		for (Task task : tasks.createTaskQuery().active().list()) {
			Map<String, Object> local = tasks.getVariablesLocal(task.getId());
			if (!(local.get(Route.LEVEL) instanceof String levelValue)) {
				continue;
			}
			Route route;
			try {
				route = Route.of(Level.of(levelValue), text(local.get(Route.CENTRE)), text(local.get(Route.UNIT)),
						text(local.get(Route.COMMITTEE)), current);
			}
			catch (Route.RoutingException e) {
				log.warn("Task {} ({}) cannot be routed in the new organisation and keeps its groups: {}", task.getId(),
						task.getName(), e.getMessage());
				continue;
			}
			if (apply(task, route)) {
				changed++;
			}
		}
		return changed;
	}

	private boolean apply(Task task, Route route) {
		boolean changed = false;
		Set<String> current = new LinkedHashSet<>();
		for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
			if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
				current.add(link.getGroupId());
			}
		}
		for (String group : current) {
			if (!route.candidates().contains(group)) {
				tasks.deleteCandidateGroup(task.getId(), group);
				changed = true;
			}
		}
		for (String group : route.candidates()) {
			if (!current.contains(group)) {
				tasks.addCandidateGroup(task.getId(), group);
				changed = true;
			}
		}
		Set<String> allowed = new HashSet<>(route.candidates());
		allowed.addAll(route.oversight());
		for (Authorization grant : authorizations.createAuthorizationQuery().resourceType(Resources.TASK)
			.resourceId(task.getId()).list()) {
			if (grant.getGroupId() != null && !allowed.contains(grant.getGroupId())) {
				authorizations.deleteAuthorization(grant.getId());
				changed = true;
			}
		}
		changed |= grantAccess(task.getId(), route);
		Map<String, Object> local = tasks.getVariablesLocal(task.getId());
		for (Map.Entry<String, Object> entry : route.localVariables().entrySet()) {
			if (!Objects.equals(local.get(entry.getKey()), entry.getValue())) {
				tasks.setVariableLocal(task.getId(), entry.getKey(), entry.getValue());
				changed = true;
			}
		}
		if (task.getAssignee() != null && !mayKeep(task.getAssignee(), route.candidates())) {
			log.info("Task {} ({}) goes back to {}: {} is no longer in its groups", task.getId(), task.getName(),
					route.candidates(), task.getAssignee());
			tasks.setAssignee(task.getId(), null);
			changed = true;
		}
		return changed;
	}

	private boolean mayKeep(String userId, List<String> candidates) {
		return identity.createUserQuery().userId(userId).count() == 1
				&& identity.createGroupQuery().groupMember(userId).list().stream().map(g -> g.getId())
					.anyMatch(g -> candidates.contains(g) || g.equals(OrganisationGroups.SECRETARIAT)
							|| g.equals(OrganisationGroups.ADMINISTRATORS));
	}

	private boolean grant(Resource resource, String resourceId, String group, Permission permission) {
		Authorization existing = authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
			.resourceType(resource).resourceId(resourceId).groupIdIn(group).singleResult();
		if (existing != null && existing.isPermissionGranted(permission)) {
			return false;
		}
		Authorization grant = existing != null ? existing : authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
		grant.setGroupId(group);
		grant.setResource(resource);
		grant.setResourceId(resourceId);
		grant.addPermission(permission);
		authorizations.saveAuthorization(grant);
		return true;
	}

	private static String text(Object value) {
		return value == null ? null : value.toString();
	}
}
