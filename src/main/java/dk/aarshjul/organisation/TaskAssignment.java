package dk.aarshjul.organisation;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.PropertyChange;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

import dk.aarshjul.system.EngineAuthorization;

/**
 * Whom a person may give a task to: claiming it, setting its assignee, delegating it or making someone its owner
 * names a person who can do the task, i.e. a member of one of its candidate groups (or a candidate user). Otherwise
 * the task would be readable by anyone a leader chose, e.g. a leader of another centre. Administrators and the
 * secretariat reassign within the same candidates. Checked in the engine, for every way in (both REST APIs,
 * Tasklist), when a person asks; the system's own housekeeping (handing a task back when its assignee leaves) runs
 * without a person and is not checked. Attached to every user task by {@link TaskRoutingPlugin}.
 */
class TaskAssignment implements TaskListener {

	private static final String OWNER = "owner";

	@Override
	public void notify(DelegateTask task) {
		IdentityService identity = task.getProcessEngineServices().getIdentityService();
		Authentication caller = identity.getCurrentAuthentication();
		if (caller == null || caller.getUserId() == null) {
			return;
		}
		String person = switch (task.getEventName()) {
			case EVENTNAME_ASSIGNMENT -> task.getAssignee();
			case EVENTNAME_UPDATE -> ownerChanged(task) ? task.getOwner() : null;
			default -> null;
		};
		if (person != null) {
			EngineAuthorization.privileged(() -> check(identity, task, person));
		}
	}

	private static boolean ownerChanged(DelegateTask task) {
		Map<String, PropertyChange> changes = task instanceof TaskEntity entity ? entity.getPropertyChanges() : Map.of();
		return changes != null && changes.containsKey(OWNER);
	}

	private static void check(IdentityService identity, DelegateTask task, String person) {
		User user = identity.createUserQuery().userId(person).singleResult();
		if (user == null) {
			throw new UnknownPerson("Opgaven kan ikke gives til »" + person + "«: der findes ingen bruger med det "
					+ "brugernavn.");
		}
		List<String> groups = task.getCandidates().stream()
			.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
			.map(IdentityLink::getGroupId).toList();
		boolean candidateUser = task.getCandidates().stream().anyMatch(link -> person.equals(link.getUserId()));
		boolean member = !groups.isEmpty()
				&& identity.createGroupQuery().groupMember(person).groupIdIn(groups.toArray(String[]::new)).count() > 0;
		if (!candidateUser && !member) {
			String name = (user.getFirstName() + " " + (user.getLastName() == null ? "" : user.getLastName())).strip();
			throw new NotACandidate("Opgaven kan ikke gives til " + name + " (" + person + "): den kan kun gives til "
					+ "én, der kan løse den, dvs. et medlem af opgavens gruppe.");
		}
	}

	/** Giving a task to a login that does not exist: the caller's mistake, a 400. */
	static class UnknownPerson extends BadUserRequestException {

		UnknownPerson(String message) {
			super(message);
		}
	}

	/** Giving a task to someone who may not do it: refused, a 403. */
	static class NotACandidate extends AuthorizationException {

		NotACandidate(String message) {
			super(message);
		}
	}
}
