package dk.aarshjul.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstanceQuery;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.history.UserOperationLogQuery;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import dk.aarshjul.agreement.AgreementAmendmentProcess;
import dk.aarshjul.agreement.CentreAgreementProcess;
import dk.aarshjul.agreement.UnitAgreementProcess;
import dk.aarshjul.audit.AuditEntry.Kind;
import dk.aarshjul.audit.AuditEntry.Source;
import dk.aarshjul.scope.Scope;

/**
 * The audit trail as the engine's history holds it: who started a process, who completed each task (and, for an
 * approval, whether they approved or sent it back and why), and who handed a task to whom. Read for the processes
 * the query is about, found by their scope variables ({@code year}, {@code unit}, {@code centre}).
 */
@Component
class EngineTrail {

	/** The decisions whose value says what a completion did, and the comment that goes with each. */
	private static final Map<String, String> DECISIONS = Map.of(
			UnitAgreementProcess.Var.DECISION, UnitAgreementProcess.Var.RETURN_COMMENT,
			"mapDecision", "mapReturnComment",
			"premisesDecision", "premisesAnswer");

	private static final Set<String> HANDOVERS = Set.of(UserOperationLogEntry.OPERATION_TYPE_ASSIGN,
			UserOperationLogEntry.OPERATION_TYPE_DELEGATE, UserOperationLogEntry.OPERATION_TYPE_SET_OWNER);

	private final HistoryService history;
	private final IdentityService identity;

	EngineTrail(HistoryService history, IdentityService identity) {
		this.history = history;
		this.identity = identity;
	}

	List<AuditEntry> entries(AuditQuery query, Subjects subjects) {
		return unrestricted(() -> {
			List<AuditEntry> entries = new ArrayList<>();
			Set<String> processes = processes(query);
			if (processes.isEmpty()) {
				return entries;
			}
			Map<String, Map<String, Object>> scopes = scopes(processes);
			List<HistoricProcessInstance> instances = new ArrayList<>();
			for (List<String> chunk : chunks(processes)) {
				instances.addAll(history.createHistoricProcessInstanceQuery().processInstanceIds(new HashSet<>(chunk)).list());
			}
			for (HistoricProcessInstance instance : instances) {
				Map<String, Object> scope = scopes.getOrDefault(instance.getId(), Map.of());
				if (instance.getStartUserId() != null) {
					entries.add(new AuditEntry(instance.getStartTime().toInstant(), instance.getStartUserId(),
							"startede »" + instance.getProcessDefinitionName() + "«" + about(scope, subjects), Source.ENGINE,
							Kind.STEP, instance.getId()));
				}
				List<UserOperationLogEntry> log = history.createUserOperationLogQuery().processInstanceId(instance.getId())
					.entityType(UserOperationLogEntry.ENTITY_TYPE_TASK).list();
				Map<String, String> completedBy = new HashMap<>();
				for (UserOperationLogEntry entry : log) {
					if (UserOperationLogEntry.OPERATION_TYPE_COMPLETE.equals(entry.getOperationType()) && entry.getTaskId() != null) {
						completedBy.putIfAbsent(entry.getTaskId(), entry.getUserId());
					}
				}
				List<HistoricVariableUpdate> decisions = decisions(instance.getId());
				Map<String, HistoricTaskInstance> tasks = new HashMap<>();
				for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery().processInstanceId(instance.getId()).list()) {
					tasks.put(task.getId(), task);
					if (task.getEndTime() == null || "deleted".equals(task.getDeleteReason())) {
						continue;
					}
					String actor = task.getAssignee() != null ? task.getAssignee() : completedBy.get(task.getId());
					entries.add(new AuditEntry(task.getEndTime().toInstant(), actor,
							completion(instance, task, scope, decisions, subjects), Source.ENGINE, Kind.STEP, instance.getId()));
				}
				Set<String> seenOperations = new HashSet<>();
				for (UserOperationLogEntry entry : log) {
					if (!HANDOVERS.contains(entry.getOperationType()) || entry.getUserId() == null
							|| !seenOperations.add(entry.getOperationId())) {
						continue;
					}
					HistoricTaskInstance task = tasks.get(entry.getTaskId());
					String taskName = task == null ? "en opgave" : "opgaven »" + task.getName() + "«";
					String to = entry.getNewValue() == null ? null : subjects.person(entry.getNewValue());
					String text = switch (entry.getOperationType()) {
						case UserOperationLogEntry.OPERATION_TYPE_DELEGATE -> "uddelegerede " + taskName + " til " + to;
						case UserOperationLogEntry.OPERATION_TYPE_SET_OWNER -> "gjorde " + to + " til ejer af " + taskName;
						default -> to == null ? "fjernede " + subjects.person(entry.getOrgValue()) + " fra " + taskName
								: entry.getOrgValue() == null ? "tildelte " + taskName + " til " + to
										: "overdrog " + taskName + " fra " + subjects.person(entry.getOrgValue()) + " til " + to;
					};
					entries.add(new AuditEntry(entry.getTimestamp().toInstant(), entry.getUserId(), text, Source.ENGINE,
							Kind.HANDOVER, instance.getId()));
				}
			}
			return entries.stream().filter(e -> subjects.keep(e, query)).toList();
		});
	}

	private String completion(HistoricProcessInstance instance, HistoricTaskInstance task, Map<String, Object> scope,
			List<HistoricVariableUpdate> decisions, Subjects subjects) {
		HistoricVariableUpdate decision = decisions.stream()
			.filter(d -> DECISIONS.containsKey(d.getVariableName()))
			.filter(d -> !d.getTime().before(task.getStartTime()) && !d.getTime().after(task.getEndTime()))
			.reduce((first, second) -> second).orElse(null);
		String subject = agreement(instance.getProcessDefinitionKey(), scope, subjects);
		if (decision == null || subject == null || !(decision.getValue() instanceof String value)) {
			return "afsluttede opgaven »" + task.getName() + "«";
		}
		String comment = decisions.stream()
			.filter(d -> d.getVariableName().equals(DECISIONS.get(decision.getVariableName())))
			.filter(d -> !d.getTime().before(task.getStartTime()) && !d.getTime().after(task.getEndTime()))
			.map(HistoricDetail.class::cast).reduce((first, second) -> second)
			.map(d -> ((HistoricVariableUpdate) d).getValue()).map(Object::toString).orElse(null);
		String said = comment == null || comment.isBlank() ? "" : ": »" + comment + "«";
		return switch (value) {
			case "approve" -> "godkendte " + subject;
			case "return" -> "sendte " + subject + " tilbage" + said;
			case "amend" -> "besluttede, at " + subject + " skal ændres" + said;
			case "stands" -> "svarede, at " + subject + " står ved magt" + said;
			default -> "afsluttede opgaven »" + task.getName() + "«";
		};
	}

	/** The agreement a process decides on, named as the records name it; null for other processes. */
	private static String agreement(String processKey, Map<String, Object> scope, Subjects subjects) {
		Object year = scope.get(Scope.YEAR);
		if (!(year instanceof Number number)) {
			return null;
		}
		String unit = (String) scope.get(Scope.UNIT);
		String centre = (String) scope.get(Scope.CENTRE);
		if (processKey.equals(UnitAgreementProcess.KEY) && unit != null) {
			return subjects.agreement("UNIT", unit, number.intValue());
		}
		if (processKey.equals(CentreAgreementProcess.KEY) && centre != null) {
			Object agreementYear = scope.get(CentreAgreementProcess.Var.AGREEMENT_YEAR);
			return subjects.agreement("CENTRE", centre,
					agreementYear instanceof Number n ? n.intValue() : number.intValue() + 1);
		}
		if (processKey.equals(AgreementAmendmentProcess.KEY)) {
			return unit != null ? subjects.agreement("UNIT", unit, number.intValue())
					: centre == null ? null : subjects.agreement("CENTRE", centre, number.intValue());
		}
		return null;
	}

	private static String about(Map<String, Object> scope, Subjects subjects) {
		if (scope.get(Scope.UNIT) != null) {
			return " for " + subjects.party("UNIT", (String) scope.get(Scope.UNIT));
		}
		if (scope.get(Scope.CENTRE) != null) {
			return " for " + subjects.party("CENTRE", (String) scope.get(Scope.CENTRE));
		}
		return scope.get(Scope.YEAR) == null ? "" : " " + scope.get(Scope.YEAR);
	}

	private List<HistoricVariableUpdate> decisions(String processInstanceId) {
		Set<String> names = new HashSet<>(DECISIONS.keySet());
		names.addAll(DECISIONS.values());
		return history.createHistoricDetailQuery().processInstanceId(processInstanceId).variableUpdates().list().stream()
			.map(HistoricVariableUpdate.class::cast)
			// A decision is removed once acted on; its removal is a detail without a value.
			.filter(d -> names.contains(d.getVariableName()) && d.getValue() != null)
			.sorted(Comparator.comparing(HistoricDetail::getTime)).toList();
	}

	/** The processes the query is about. */
	private Set<String> processes(AuditQuery query) {
		Set<String> processes = null;
		if (query.partyId() != null) {
			processes = withVariable(Scope.UNIT, query.partyId());
			Set<String> centre = withVariable(Scope.CENTRE, query.partyId());
			if (!centre.isEmpty()) {
				Set<String> units = new HashSet<>();
				for (List<String> chunk : chunks(centre)) {
					history.createHistoricVariableInstanceQuery().processInstanceIdIn(chunk.toArray(String[]::new))
						.variableName(Scope.UNIT).list().forEach(v -> units.add(v.getProcessInstanceId()));
				}
				centre.removeAll(units);
				processes.addAll(centre);
			}
		}
		if (query.year() != null) {
			Set<String> ofYear = withVariable(Scope.YEAR, query.year());
			if (processes == null) {
				processes = ofYear;
			}
			else {
				processes.retainAll(ofYear);
			}
		}
		if (processes == null) {
			processes = new LinkedHashSet<>();
			HistoricTaskInstanceQuery tasks = history.createHistoricTaskInstanceQuery();
			UserOperationLogQuery log = history.createUserOperationLogQuery().entityType(UserOperationLogEntry.ENTITY_TYPE_TASK);
			if (query.user() != null) {
				tasks.taskAssignee(query.user());
				log.userId(query.user());
				Set<String> started = processes;
				history.createHistoricProcessInstanceQuery().startedBy(query.user()).list().forEach(p -> started.add(p.getId()));
			}
			if (query.from() != null) {
				tasks.finishedAfter(java.util.Date.from(query.from()));
				log.afterTimestamp(java.util.Date.from(query.from()));
			}
			if (query.to() != null) {
				tasks.finishedBefore(java.util.Date.from(query.to()));
				log.beforeTimestamp(java.util.Date.from(query.to()));
			}
			for (HistoricTaskInstance task : tasks.list()) {
				processes.add(task.getProcessInstanceId());
			}
			for (UserOperationLogEntry entry : log.list()) {
				processes.add(entry.getProcessInstanceId());
			}
			processes.remove(null);
		}
		return processes;
	}

	private Set<String> withVariable(String name, Object value) {
		Set<String> processes = new LinkedHashSet<>();
		history.createHistoricVariableInstanceQuery().variableValueEquals(name, value).list()
			.forEach(v -> processes.add(v.getProcessInstanceId()));
		processes.remove(null);
		return processes;
	}

	private Map<String, Map<String, Object>> scopes(Set<String> processes) {
		Map<String, Map<String, Object>> scopes = new HashMap<>();
		for (List<String> chunk : chunks(processes)) {
			for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
				.processInstanceIdIn(chunk.toArray(String[]::new))
				.variableNameIn(Scope.YEAR, Scope.UNIT, Scope.CENTRE, Scope.PARTY_KIND, CentreAgreementProcess.Var.AGREEMENT_YEAR)
				.list()) {
				if (variable.getValue() != null) {
					scopes.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
						.put(variable.getName(), variable.getValue());
				}
			}
		}
		return scopes;
	}

	private static List<List<String>> chunks(Set<String> ids) {
		List<String> all = new ArrayList<>(ids);
		List<List<String>> chunks = new ArrayList<>();
		for (int i = 0; i < all.size(); i += 500) {
			chunks.add(all.subList(i, Math.min(all.size(), i + 500)));
		}
		return chunks;
	}

	/**
	 * The trail is read with the engine's own rights: who may read it is decided before (ReadAccess), and the
	 * caller's task permissions would hide the other party's steps.
	 */
	private <T> T unrestricted(Supplier<T> read) {
		Authentication caller = identity.getCurrentAuthentication();
		identity.clearAuthentication();
		try {
			return read.get();
		}
		finally {
			if (caller != null) {
				identity.setAuthentication(caller);
			}
		}
	}
}
