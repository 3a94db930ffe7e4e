package dk.aarshjul.wheel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

import dk.aarshjul.organisation.Route;
import dk.aarshjul.system.EngineAuthorization;
import dk.aarshjul.system.EngineClock;

/**
 * The open tasks with a deadline, each with whose it is as its routing recorded it on the task ({@link Route}: the
 * centre, and the unit for a unit's task). Read as the system; the pages show each person only their part.
 */
@Service
class OpenTasks {

	/** How many task ids one query of their variables names. */
	private static final int CHUNK = 500;

	/**
	 * @param process the key of the task's process ("budget-track", "unit-agreement" …)
	 * @param centre the centre the task belongs to (also a unit's), else null
	 * @param unit the unit the task belongs to, else null
	 */
	record OpenTask(String id, String name, String process, LocalDate due, boolean overdue, String centre, String unit) {
	}

	private final TaskService tasks;
	private final RuntimeService runtime;
	private final IdentityService identity;

	OpenTasks(TaskService tasks, RuntimeService runtime, IdentityService identity) {
		this.tasks = tasks;
		this.runtime = runtime;
		this.identity = identity;
	}

	List<OpenTask> withDeadline() {
		return EngineAuthorization.asSystem(identity, this::read);
	}

	private List<OpenTask> read() {
		Date now = ClockUtil.getCurrentTime();
		List<Task> open = tasks.createTaskQuery().active().list().stream().filter(t -> t.getDueDate() != null).toList();
		Map<String, Map<String, String>> scopes = new HashMap<>();
		for (int from = 0; from < open.size(); from += CHUNK) {
			String[] ids = open.subList(from, Math.min(open.size(), from + CHUNK)).stream().map(Task::getId).toArray(String[]::new);
			for (VariableInstance variable : runtime.createVariableInstanceQuery().taskIdIn(ids)
				.variableNameIn(Route.CENTRE, Route.UNIT).list()) {
				scopes.computeIfAbsent(variable.getTaskId(), id -> new HashMap<>())
					.put(variable.getName(), String.valueOf(variable.getValue()));
			}
		}
		List<OpenTask> result = new ArrayList<>();
		for (Task task : open) {
			Map<String, String> scope = scopes.getOrDefault(task.getId(), Map.of());
			String definition = task.getProcessDefinitionId();
			String process = definition == null ? null
					: definition.contains(":") ? definition.substring(0, definition.indexOf(':')) : definition;
			result.add(new OpenTask(task.getId(), task.getName(), process,
					LocalDate.ofInstant(task.getDueDate().toInstant(), EngineClock.DANISH_TIME), task.getDueDate().before(now),
					scope.get(Route.CENTRE), scope.get(Route.UNIT)));
		}
		return result;
	}
}
