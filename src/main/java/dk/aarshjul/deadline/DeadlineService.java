package dk.aarshjul.deadline;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import dk.aarshjul.organisation.Route;
import dk.aarshjul.organisation.TaskRouting;
import dk.aarshjul.scope.Scope;
import dk.aarshjul.system.FormValues;
import dk.aarshjul.system.SubmissionRefusedException;
import dk.aarshjul.system.EngineClock;
import dk.aarshjul.system.TextLimits;

/**
 * Deadlines: an open task past its due date reminds its group (a comment on the task and a higher priority, both
 * shown in Tasklist, and the filter "Forsinkede opgaver"); once a further grace period has passed, the level above
 * gets a follow-up task ("Opfølgning på forsinket opgave"), routed by "Ansvarsfordeling" from the overdue task's
 * level. Each task is reminded once and escalated once; the records are in {@code task_reminder}.
 */
@Service
public class DeadlineService {

	private static final Logger log = LoggerFactory.getLogger(DeadlineService.class);
	static final int REMINDED_PRIORITY = 75;

	public record Result(int reminded, int escalated) {
	}

	private final TaskService tasks;
	private final IdentityService identity;
	private final RuntimeService runtime;
	private final RepositoryService repository;
	private final TaskRouting routing;
	private final JdbcClient jdbc;
	private final Duration grace;
	private final ApplicationEventPublisher events;

	DeadlineService(TaskService tasks, RuntimeService runtime, RepositoryService repository, IdentityService identity,
			TaskRouting routing, JdbcClient jdbc, @Value("${aarshjul.deadlines.grace-period:7d}") Duration grace,
			ApplicationEventPublisher events) {
		this.tasks = tasks;
		this.identity = identity;
		this.runtime = runtime;
		this.repository = repository;
		this.routing = routing;
		this.jdbc = jdbc;
		this.grace = grace;
		this.events = events;
	}

	public Result remindAndEscalate() {
		Date now = ClockUtil.getCurrentTime();
		int reminded = 0;
		int escalated = 0;
		for (Task task : tasks.createTaskQuery().active().dueBefore(now).list()) {
			if (DeadlineProcess.FOLLOW_UP_KEY.equals(processKey(task))) {
				continue;
			}
			Reminder reminder = reminder(task.getId());
			if (reminder == null) {
				remind(task, now);
				reminded++;
			}
			else if (reminder.escalatedAt() == null && task.getDueDate().toInstant().plus(grace).isBefore(now.toInstant())) {
				escalate(task, now);
				escalated++;
			}
		}
		if (reminded + escalated > 0) {
			log.info("Deadlines: {} overdue tasks reminded, {} escalated to the level above", reminded, escalated);
		}
		return new Result(reminded, escalated);
	}

	private void remind(Task task, Date now) {
		tasks.createComment(task.getId(), task.getProcessInstanceId(), "Påmindelse: fristen var " + danish(task.getDueDate())
				+ ". Opgaven er forsinket; efter yderligere " + grace.toDays() + " dage får niveauet over en opfølgningsopgave.");
		if (task.getPriority() < REMINDED_PRIORITY) {
			tasks.setPriority(task.getId(), REMINDED_PRIORITY);
		}
		jdbc.sql("""
				INSERT INTO task_reminder (task_id, process_instance_id, task_name, level, due_at, reminded_at)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(task.getId(), task.getProcessInstanceId(), task.getName(), tasks.getVariableLocal(task.getId(), Route.LEVEL),
					utc(task.getDueDate()), utc(now))
			.update();
		events.publishEvent(new TaskReminded(task.getId(), task.getName(), danish(task.getDueDate())));
	}

	private void escalate(Task task, Date now) {
		Map<String, Object> local = tasks.getVariablesLocal(task.getId());
		String level = local.get(Route.LEVEL) instanceof String l ? l : null;
		String instance = null;
		if (level != null && hasLevelAbove(level)) {
			Map<String, Object> variables = new HashMap<>();
			variables.put(Scope.PARTY_KIND, level);
			for (String scope : List.of(Scope.CENTRE, Scope.UNIT, Scope.COMMITTEE)) {
				if (local.get(scope) != null) {
					variables.put(scope, local.get(scope));
				}
			}
			variables.put(DeadlineProcess.Var.TASK_ID, task.getId());
			variables.put(DeadlineProcess.Var.TASK_NAME, task.getName());
			variables.put(DeadlineProcess.Var.TASK_CONTEXT, context(task));
			variables.put(DeadlineProcess.Var.DUE, danish(task.getDueDate()));
			variables.put(DeadlineProcess.Var.RESPONSIBLE, responsible(task));
			instance = runtime.startProcessInstanceByKey(DeadlineProcess.FOLLOW_UP_KEY, task.getId(), variables).getId();
			tasks.createComment(task.getId(), task.getProcessInstanceId(),
					"Fristen er overskredet med mere end " + grace.toDays() + " dage; niveauet over har fået en opfølgningsopgave.");
		}
		else {
			log.info("Overdue task {} ({}) has no level above to escalate to", task.getId(), task.getName());
		}
		jdbc.sql("UPDATE task_reminder SET escalated_at = ?, escalation_instance_id = ? WHERE task_id = ?")
			.params(utc(now), instance, task.getId()).update();
	}

	/** Records what the level above agreed about an overdue task, or refuses an empty note. */
	public void followedUp(String overdueTaskId, Object note, String user) {
		String text = FormValues.text(note);
		if (text == null || TextLimits.tooLong(text, TextLimits.COMMENT)) {
			throw new SubmissionRefusedException("Opfølgningen", List.of(text == null ? "Skriv, hvad der er aftalt med den ansvarlige."
					: "Noten er for lang (" + TextLimits.atMost(TextLimits.COMMENT) + ")."));
		}
		jdbc.sql("UPDATE task_reminder SET follow_up_note = ?, followed_up_by = ? WHERE task_id = ?")
			.params(text, user, overdueTaskId).update();
	}

	private boolean hasLevelAbove(String level) {
		try {
			routing.levelOf(DeadlineProcess.FOLLOW_UP_KEY, DeadlineProcess.TASK_FOLLOW_UP, level);
			return true;
		}
		catch (Route.RoutingException e) {
			return false;
		}
	}

	private String context(Task task) {
		String process = repository.getProcessDefinition(task.getProcessDefinitionId()).getName();
		String key = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult()
			.getBusinessKey();
		return process + (key == null ? "" : " (" + key + ")");
	}

	/**
	 * Who must do the overdue task, as people read it: its assignee's name, or each candidate group's name with its
	 * members, e.g. "Ledelse: Borupgård Skole (Steen Lund)".
	 */
	private String responsible(Task task) {
		if (task.getAssignee() != null) {
			return personName(task.getAssignee());
		}
		return tasks.getIdentityLinksForTask(task.getId()).stream()
			.filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
			.map(l -> {
				Group group = identity.createGroupQuery().groupId(l.getGroupId()).singleResult();
				String members = identity.createUserQuery().memberOfGroup(l.getGroupId()).list().stream()
					.map(DeadlineService::name).sorted().collect(Collectors.joining(", "));
				String name = group == null || group.getName() == null ? l.getGroupId() : group.getName();
				return members.isEmpty() ? name : name + " (" + members + ")";
			})
			.collect(Collectors.joining("; "));
	}

	private String personName(String userId) {
		User user = identity.createUserQuery().userId(userId).singleResult();
		return user == null ? userId : name(user);
	}

	private static String name(User user) {
		String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
				+ (user.getLastName() == null ? "" : user.getLastName())).strip();
		return name.isEmpty() ? user.getId() : name;
	}

	private String processKey(Task task) {
		return repository.getProcessDefinition(task.getProcessDefinitionId()).getKey();
	}

	private record Reminder(OffsetDateTime remindedAt, OffsetDateTime escalatedAt) {
	}

	private Reminder reminder(String taskId) {
		return jdbc.sql("SELECT reminded_at, escalated_at FROM task_reminder WHERE task_id = ?").param(taskId)
			.query((rs, n) -> new Reminder(rs.getObject(1, OffsetDateTime.class), rs.getObject(2, OffsetDateTime.class)))
			.optional().orElse(null);
	}

	private static String danish(Date date) {
		return EngineClock.DANISH_DATE_TIME.format(date.toInstant().atZone(EngineClock.DANISH_TIME));
	}

	private static OffsetDateTime utc(Date date) {
		return OffsetDateTime.ofInstant(date.toInstant(), ZoneOffset.UTC);
	}
}
