package dk.aarshjul.notify;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dk.aarshjul.deadline.DeadlineProcess;
import dk.aarshjul.deadline.TaskReminded;
import dk.aarshjul.organisation.Organisation;
import dk.aarshjul.organisation.OrganisationService;
import dk.aarshjul.organisation.Route;
import dk.aarshjul.organisation.TaskRouting;
import dk.aarshjul.system.EngineAuthorization;
import dk.aarshjul.system.EngineClock;

/**
 * Writes the mails about tasks into the outbox, in the transaction of what causes them: a new task (to the members
 * of its candidate groups, or its assignee), a deadline a few days ahead, an overdue task's reminder, and an
 * escalation (the level above's follow-up task, "Opfølgning på forsinket opgave"). Each person gets their own mail,
 * at once or in their daily digest as they chose; nobody who chose no mails gets any.
 */
@Component("taskMails")
public class TaskMails {

	private static final Logger log = LoggerFactory.getLogger(TaskMails.class);

	/** Dates in mails: 01.03.2027. */
	static final DateTimeFormatter DATE = EngineClock.DANISH_DATE;

	static final String FOOTER = "Du vælger selv, om du vil have mails fra årshjulet med det samme, samlet én gang "
			+ "om dagen eller slet ikke.";

	/** What a mail says about a task; {@code scope} names whose task it is, in words. */
	record AboutTask(String id, String name, Date due, String scope, List<String> groups, String assignee,
			String processKey, Map<String, Object> variables) {
	}

	record Recipient(String personId, String name, String email) {
	}

	private final Mailer mailer;
	private final Outbox outbox;
	private final MailPreferences preferences;
	private final MailProperties properties;
	private final OrganisationService organisation;
	private final IdentityService identity;
	private final TaskService tasks;
	private final RepositoryService repository;

	TaskMails(Mailer mailer, Outbox outbox, MailPreferences preferences, MailProperties properties,
			OrganisationService organisation, IdentityService identity, TaskService tasks, RepositoryService repository) {
		this.mailer = mailer;
		this.outbox = outbox;
		this.preferences = preferences;
		this.properties = properties;
		this.organisation = organisation;
		this.identity = identity;
		this.tasks = tasks;
		this.repository = repository;
	}

	/** A task was created (and routed): its people are told, or the level above for an escalation. */
	public void taskCreated(DelegateTask task) {
		if (!mailer.enabled()) {
			return;
		}
		try {
			List<String> groups = new ArrayList<>();
			for (IdentityLink link : task.getCandidates()) {
				if (link.getGroupId() != null) {
					groups.add(link.getGroupId());
				}
			}
			String processKey = ((ExecutionEntity) task.getExecution()).getProcessDefinition().getKey();
			Map<String, Object> variables = new LinkedHashMap<>(task.getVariablesLocal());
			if (DeadlineProcess.FOLLOW_UP_KEY.equals(processKey)) {
				// The overdue task's scope (its unit, say), not the level above's that follows it up.
				for (String name : List.of(DeadlineProcess.Var.TASK_ID, DeadlineProcess.Var.TASK_NAME,
						DeadlineProcess.Var.TASK_CONTEXT, DeadlineProcess.Var.RESPONSIBLE, Route.UNIT, Route.CENTRE,
						Route.COMMITTEE)) {
					if (task.getVariable(name) != null) {
						variables.put(name, task.getVariable(name));
					}
				}
			}
			AboutTask about = new AboutTask(task.getId(), task.getName(), task.getDueDate(), scope(variables), groups,
					task.getAssignee(), processKey, variables);
			if (DeadlineProcess.FOLLOW_UP_KEY.equals(processKey)) {
				write(about, MailKind.ESCALATION);
			}
			else {
				write(about, MailKind.NEW_TASK);
			}
		}
		catch (RuntimeException e) {
			log.warn("No mail about new task {} ({}): {}", task.getId(), task.getName(), e.toString());
		}
	}

	/** An overdue task's reminder was recorded: its people are told too. */
	@EventListener
	public void reminded(TaskReminded reminder) {
		if (!mailer.enabled()) {
			return;
		}
		try {
			Task task = EngineAuthorization.privileged(() -> tasks.createTaskQuery().taskId(reminder.taskId()).singleResult());
			if (task != null) {
				write(about(task), MailKind.OVERDUE);
			}
		}
		catch (RuntimeException e) {
			log.warn("No mail about overdue task {} ({}): {}", reminder.taskId(), reminder.taskName(), e.toString());
		}
	}

	/**
	 * Reminds the people of every open task whose deadline is at most {@code aarshjul.mail.remind-days-before} days
	 * ahead, once per task.
	 *
	 * @return how many tasks were reminded
	 */
	public int remindDueSoon() {
		if (!mailer.enabled() || properties.remindDaysBefore() == 0) {
			return 0;
		}
		Date now = ClockUtil.getCurrentTime();
		Date horizon = Date.from(now.toInstant().plus(Duration.ofDays(properties.remindDaysBefore())));
		int reminded = 0;
		for (Task task : EngineAuthorization.privileged(
				() -> tasks.createTaskQuery().active().dueAfter(now).dueBefore(horizon).list())) {
			if (!DeadlineProcess.FOLLOW_UP_KEY.equals(processKey(task)) && !outbox.has(task.getId(), MailKind.DUE_SOON)) {
				write(about(task), MailKind.DUE_SOON);
				reminded++;
			}
		}
		return reminded;
	}

	private AboutTask about(Task task) {
		Map<String, Object> variables = EngineAuthorization.privileged(() -> tasks.getVariablesLocal(task.getId()));
		List<String> groups = EngineAuthorization.privileged(() -> tasks.getIdentityLinksForTask(task.getId())).stream()
			.filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
			.map(IdentityLink::getGroupId).toList();
		return new AboutTask(task.getId(), task.getName(), task.getDueDate(), scope(variables), groups, task.getAssignee(),
				processKey(task), variables);
	}

	private void write(AboutTask task, MailKind kind) {
		for (Recipient recipient : recipients(task.groups(), task.assignee())) {
			MailPreference preference = preferences.of(recipient.personId());
			if (preference == MailPreference.OFF) {
				continue;
			}
			outbox.add(new Outbox.Mail(recipient.email(), recipient.personId(), subject(task, kind), body(task, kind, recipient),
					kind, task.id(), preference == MailPreference.DAILY), Mailer.now());
		}
	}

	/** The assignee, or else everyone in the candidate groups, with the address the organisation file gives. */
	List<Recipient> recipients(List<String> groups, String assignee) {
		Set<String> people = new LinkedHashSet<>();
		if (assignee != null) {
			people.add(assignee);
		}
		else {
			for (String group : groups) {
				EngineAuthorization.privileged(() -> identity.createUserQuery().memberOfGroup(group).list())
					.forEach(u -> people.add(u.getId()));
			}
		}
		Map<String, Organisation.Person> known = organisation.current().peopleById();
		List<Recipient> recipients = new ArrayList<>();
		for (String id : people) {
			Organisation.Person person = known.get(id);
			if (person != null && person.email() != null && !person.email().isBlank()) {
				recipients.add(new Recipient(id, person.name(), person.email()));
				continue;
			}
			User user = EngineAuthorization.privileged(() -> identity.createUserQuery().userId(id).singleResult());
			if (user != null && user.getEmail() != null && !user.getEmail().isBlank()) {
				String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
						+ (user.getLastName() == null ? "" : user.getLastName())).trim();
				recipients.add(new Recipient(id, name.isEmpty() ? id : name, user.getEmail()));
			}
		}
		return recipients;
	}

	/** Whose task it is, in the organisation's names, from the task's route (its local variables). */
	String scope(Map<String, Object> variables) {
		Organisation org = organisation.current();
		if (variables.get(Route.UNIT) instanceof String unitId) {
			String unit = org.unit(unitId).map(Organisation.Unit::name).orElse(unitId);
			return org.centreOfUnit(unitId).map(c -> unit + " (" + c.name() + ")").orElse(unit);
		}
		if (variables.get(Route.CENTRE) instanceof String centreId) {
			return org.centre(centreId).map(Organisation.Centre::name).orElse(centreId);
		}
		if (variables.get(Route.COMMITTEE) instanceof String committeeId) {
			return org.committee(committeeId).map(Organisation.Committee::name).orElse(committeeId);
		}
		return org.municipalityName();
	}

	/** A task's name without whose it is, which routing adds and the subject says with the centre too. */
	private static String withoutParty(String name) {
		int party = name.lastIndexOf(TaskRouting.PARTY_SEPARATOR);
		return party < 0 ? name : name.substring(0, party);
	}

	private static String subject(AboutTask task, MailKind kind) {
		return switch (kind) {
			case NEW_TASK -> "Ny opgave: " + withoutParty(task.name()) + " – " + task.scope();
			case DUE_SOON -> "Fristen nærmer sig: " + withoutParty(task.name()) + " – " + task.scope() + ", frist " + date(task.due());
			case OVERDUE -> "Påmindelse: " + withoutParty(task.name()) + " – " + task.scope() + " er forsinket";
			case ESCALATION -> "Forsinket opgave: " + withoutParty(String.valueOf(task.variables().get(DeadlineProcess.Var.TASK_NAME)))
					+ " – " + task.scope();
			case DIGEST -> throw new IllegalArgumentException("a digest is not about one task");
		};
	}

	private String body(AboutTask task, MailKind kind, Recipient recipient) {
		StringBuilder text = new StringBuilder("Kære ").append(recipient.name()).append("\n\n");
		text.append(switch (kind) {
			case NEW_TASK -> "Der er en ny opgave til dig i årshjulet.";
			case DUE_SOON -> "Fristen for en af dine opgaver i årshjulet nærmer sig.";
			case OVERDUE -> "En af dine opgaver i årshjulet har overskredet sin frist. Løs den snarest muligt; ellers får "
					+ "niveauet over en opfølgningsopgave.";
			case ESCALATION -> "En opgave under dit ansvarsområde har overskredet sin frist, og du skal følge op på den "
					+ "med den ansvarlige.";
			case DIGEST -> throw new IllegalArgumentException("a digest is not about one task");
		}).append("\n\n");
		if (kind == MailKind.ESCALATION) {
			Map<String, Object> v = task.variables();
			text.append("Forsinket opgave: ").append(v.get(DeadlineProcess.Var.TASK_NAME)).append('\n');
			text.append("Forløb: ").append(v.get(DeadlineProcess.Var.TASK_CONTEXT)).append('\n');
			text.append("Gælder: ").append(task.scope()).append('\n');
			text.append("Oprindelig frist: ").append(overdueDue(v.get(DeadlineProcess.Var.TASK_ID))).append('\n');
			text.append("Ansvarlig: ").append(v.get(DeadlineProcess.Var.RESPONSIBLE)).append('\n');
			text.append("Din opfølgning: ").append(task.name()).append(", frist ").append(date(task.due())).append("\n\n");
		}
		else {
			text.append("Opgave: ").append(task.name()).append('\n');
			text.append("Gælder: ").append(task.scope()).append('\n');
			text.append("Frist: ").append(date(task.due())).append("\n\n");
		}
		text.append("Åbn opgaven i Tasklist:\n").append(properties.taskLink(task.id())).append("\n\n");
		text.append(FOOTER).append("\n\nMed venlig hilsen\nÅrshjulet, ").append(organisation.current().municipalityName());
		return text.toString();
	}

	private String overdueDue(Object taskId) {
		Task overdue = taskId == null ? null
				: EngineAuthorization.privileged(() -> tasks.createTaskQuery().taskId(taskId.toString()).singleResult());
		return overdue == null ? "ukendt" : date(overdue.getDueDate());
	}

	static String date(Date date) {
		return date == null ? "ingen frist" : DATE.format(date.toInstant().atZone(EngineClock.DANISH_TIME));
	}

	private String processKey(Task task) {
		return EngineAuthorization.privileged(() -> repository.getProcessDefinition(task.getProcessDefinitionId())).getKey();
	}
}
