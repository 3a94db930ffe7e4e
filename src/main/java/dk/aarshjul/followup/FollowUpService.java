package dk.aarshjul.followup;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.aarshjul.agreement.Agreement;
import dk.aarshjul.agreement.AgreementService;
import dk.aarshjul.organisation.Organisation;
import dk.aarshjul.organisation.OrganisationService;
import dk.aarshjul.scope.Party;
import dk.aarshjul.strategy.StrategyRepository;
import dk.aarshjul.system.FormValues;
import dk.aarshjul.system.FourEyes;
import dk.aarshjul.system.SubmissionRefusedException;
import dk.aarshjul.system.EngineClock;
import dk.aarshjul.system.TextLimits;

/**
 * The follow-up in the second and third quarter: a unit reports on the goals of its agreement for the year; a
 * centre on the goals of its centre agreement or, in a year without one (the first year), on the initiatives of its
 * strategy map; Koncernledelsen on the initiatives of its own map. Every item gets a status (green, yellow, red) and
 * a comment; the follow-up is always found by its process instance, never by what a form submits. The level above
 * acknowledges a unit's or a centre's report with a comment (four eyes: not the reporter). A goal reported red, or
 * yellow in Q3 after yellow in Q2, gets a dialogue: what the party and the level above agree to do about it is
 * recorded with the goal.
 */
@Service
public class FollowUpService {

	/** What is followed up on: a goal of an agreement or an initiative of a map. */
	public record Item(Long goalId, Long initiativeId, String title, String target) {
	}

	/** @param centreId the party's centre (a unit's: the centre it belongs to), by which the level above is found; or null */
	public record Prepared(String partyName, String source, List<Item> items, String centreId) {
	}

	record Reported(Item item, FollowUpStatus status, String comment) {
	}

	/** A recorded status. */
	public record Status(int quarter, Party party, String partyId, Long goalId, Long initiativeId, String title,
			FollowUpStatus status, String comment) {
	}

	/** A follow-up's acknowledgement by the level above. */
	public record Acknowledgement(int quarter, Party party, String partyId, String reportedBy, String acknowledgedBy,
			OffsetDateTime acknowledgedAt, String comment) {
	}

	/** A dialogue about a goal (or initiative) flagged at a follow-up; the action and who recorded it are null until agreed. */
	public record Dialogue(long id, long followUpId, int quarter, Party party, String partyId, Long goalId,
			Long initiativeId, String title, DialogueReason reason, String agreedAction, String recordedBy,
			OffsetDateTime recordedAt) {
	}

	/** A saved report: as the level above reads it (Markdown), and how many of its goals need a dialogue. */
	public record Report(String text, int dialogues) {
	}

	/** Room for a goal's title in a task's name (Camunda's name column holds 255 characters). */
	static final int TITLE_IN_TASK_NAME = 200;

	private final FollowUpRepository followUps;
	private final AgreementService agreements;
	private final StrategyRepository strategy;
	private final OrganisationService organisation;

	FollowUpService(FollowUpRepository followUps, AgreementService agreements, StrategyRepository strategy,
			OrganisationService organisation) {
		this.followUps = followUps;
		this.agreements = agreements;
		this.strategy = strategy;
		this.organisation = organisation;
	}

	@Transactional
	public Prepared prepare(String municipalityId, int year, int quarter, Party party, String partyId,
			String processInstanceId) {
		if (followUps.exists(municipalityId, year, quarter, party, partyId)) {
			throw new IllegalStateException(party + " '" + partyId + "' already has a follow-up for Q" + quarter + " " + year);
		}
		// Koncernledelsen has no agreement of its own: it follows up on its map.
		Optional<Agreement> agreement = party == Party.CORPORATE ? Optional.empty()
				: agreements.approved(municipalityId, party, partyId, year);
		followUps.insert(municipalityId, year, quarter, party, partyId, agreement.map(Agreement::id).orElse(null),
				processInstanceId);
		List<Item> items = items(municipalityId, year, party, partyId, agreement);
		String centreId = switch (party) {
			case UNIT -> organisation.current().centreOfUnit(partyId).map(Organisation.Centre::id).orElse(null);
			case CENTRE -> partyId;
			case CORPORATE -> null;
		};
		return new Prepared(name(party, partyId), source(year, party, items), items, centreId);
	}

	/**
	 * Saves the status of every item, or refuses the report with every problem and saves nothing.
	 *
	 * @return the report as saved, and how many goals it flags for a dialogue
	 */
	@Transactional
	public Report report(String processInstanceId, Map<String, Object> submitted, String user) {
		FollowUpRepository.Row row = row(processInstanceId);
		List<Item> items = items(row);
		Map<Integer, Map<String, Object>> slots = FormValues.slots(submitted, FollowUpProcess.Var.ITEM);
		List<String> problems = new ArrayList<>();
		List<Reported> reported = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			Item item = items.get(i);
			Map<String, Object> slot = slots.getOrDefault(i + 1, Map.of());
			FollowUpStatus status = null;
			for (FollowUpStatus s : FollowUpStatus.values()) {
				if (slot != null && s.name().equals(slot.get("status"))) {
					status = s;
				}
			}
			String comment = slot == null ? null : FormValues.text(slot.get("comment"));
			if (status == null) {
				problems.add("»" + item.title() + "«: vælg grøn, gul eller rød.");
			}
			if (comment == null) {
				problems.add("»" + item.title() + "«: skriv en kommentar til status.");
			}
			else if (TextLimits.tooLong(comment, TextLimits.COMMENT)) {
				problems.add("»" + item.title() + "«: kommentaren er for lang (" + TextLimits.atMost(TextLimits.COMMENT) + ").");
			}
			reported.add(new Reported(item, status, comment));
		}
		if (!problems.isEmpty()) {
			throw new SubmissionRefusedException("Opfølgningen", problems);
		}
		followUps.report(row.id(), reported, user, EngineClock.now());
		return new Report(reportText(row, items), flagged(row).size());
	}

	/**
	 * Records the level above's acknowledgement of the report, or refuses it with every problem: the comment is
	 * missing or too long, or the acknowledger reported the follow-up themselves (four eyes).
	 */
	@Transactional
	public void acknowledge(String processInstanceId, Object submittedComment, String user) {
		FollowUpRepository.Row row = row(processInstanceId);
		List<String> problems = new ArrayList<>();
		try {
			FourEyes.check(row.reportedBy(), user, "opfølgningen",
					row.party() == Party.UNIT ? "centerchefen eller en anden i centerledelsen" : "centrets direktør");
		}
		catch (FourEyes.Refused refused) {
			problems.addAll(refused.problems());
		}
		String comment = FormValues.text(submittedComment);
		if (comment == null) {
			problems.add("Skriv en kommentar til opfølgningen.");
		}
		else if (TextLimits.tooLong(comment, TextLimits.COMMENT)) {
			problems.add("Kommentaren er for lang (" + TextLimits.atMost(TextLimits.COMMENT) + ").");
		}
		if (!problems.isEmpty()) {
			throw new SubmissionRefusedException("Kvitteringen", problems);
		}
		followUps.acknowledge(row.id(), user, EngineClock.now(), comment);
	}

	public List<Acknowledgement> acknowledgementsOfYear(String municipalityId, int year) {
		return followUps.acknowledgementsOfYear(municipalityId, year);
	}

	/**
	 * Opens a dialogue for every goal the follow-up's report flags: red, or yellow in Q3 after yellow in Q2.
	 * Koncernledelsen's own follow-up flags none: no level above it (its red initiatives go to the forums, whose
	 * overview names them).
	 *
	 * @return the follow-up's id, by which the dialogues' process finds them
	 */
	@Transactional
	public long openDialogues(String processInstanceId) {
		FollowUpRepository.Row row = row(processInstanceId);
		flagged(row).forEach((status, reason) -> followUps.openDialogue(row.id(), row.quarter(), status.goalId(),
				status.initiativeId(), reason));
		return row.id();
	}

	/** The follow-up's dialogues whose action is not recorded yet. */
	public List<Long> openDialogues(long followUpId) {
		return followUps.openDialogues(followUpId);
	}

	/** A dialogue's goal as the task's name shows it: shortened to fit the name. */
	public String dialogueTitle(long dialogueId) {
		String title = dialogue(dialogueId).title();
		return title.length() <= TITLE_IN_TASK_NAME ? title : title.substring(0, TITLE_IN_TASK_NAME - 1).strip() + "…";
	}

	/** What the dialogue is about, for its form (Markdown): the goal, why, and what was reported on it this year. */
	public String dialogueContext(long dialogueId) {
		Dialogue dialogue = dialogue(dialogueId);
		FollowUpRepository.Row row = followUps.byId(dialogue.followUpId())
			.orElseThrow(() -> new IllegalStateException("No follow-up " + dialogue.followUpId()));
		StringBuilder text = new StringBuilder("**Mål:** ").append(markdown(dialogue.title()));
		items(row).stream()
			.filter(i -> Objects.equals(i.goalId(), dialogue.goalId()) && Objects.equals(i.initiativeId(), dialogue.initiativeId()))
			.findFirst().ifPresent(i -> text.append("  \n**Indikator og målniveau:** ").append(markdown(i.target())));
		text.append("  \n**Hvorfor en dialog:** ").append(dialogue.reason().label()).append('.');
		for (int quarter = 2; quarter <= row.quarter(); quarter++) {
			for (Status status : followUps.statuses(row.municipalityId(), row.year(), quarter, row.party(), row.partyId())) {
				if (Objects.equals(status.goalId(), dialogue.goalId())
						&& Objects.equals(status.initiativeId(), dialogue.initiativeId())) {
					text.append("\n\n**").append(quarter).append(". kvartal:** ").append(status.status().label())
						.append("  \n").append(markdown(status.comment()));
				}
			}
		}
		return text.toString();
	}

	/** Records the task's dialogue when the task is created; its completion finds the dialogue by the task. */
	@Transactional
	public void attachDialogueTask(long dialogueId, String taskId) {
		followUps.attachTask(dialogueId, taskId);
	}

	/** Records what was agreed about the task's goal, or refuses a missing or too long text. */
	@Transactional
	public void recordDialogue(String taskId, Object submittedAction, String user) {
		Dialogue dialogue = followUps.dialogueOfTask(taskId)
			.orElseThrow(() -> new IllegalStateException("No goal dialogue for task " + taskId));
		String action = FormValues.text(submittedAction);
		if (action == null) {
			throw new SubmissionRefusedException("Aftalen", List.of("»" + dialogue.title()
					+ "«: skriv, hvad I har aftalt at gøre for at nå målet."));
		}
		if (TextLimits.tooLong(action, TextLimits.COMMENT)) {
			throw new SubmissionRefusedException("Aftalen", List.of("»" + dialogue.title() + "«: aftalen er for lang ("
					+ TextLimits.atMost(TextLimits.COMMENT) + ")."));
		}
		followUps.recordDialogue(dialogue.id(), action, user, EngineClock.now());
	}

	/** The dialogues about a goal of an agreement, in the order of the quarters: why, and what was agreed. */
	public List<Dialogue> dialogues(long goalId) {
		return followUps.dialoguesOfGoal(goalId);
	}

	/** The dialogues about an initiative of a strategy map (a centre following up on its map). */
	public List<Dialogue> dialoguesOfInitiative(long initiativeId) {
		return followUps.dialoguesOfInitiative(initiativeId);
	}

	public List<Dialogue> dialoguesOfYear(String municipalityId, int year) {
		return followUps.dialoguesOfYear(municipalityId, year);
	}

	private Dialogue dialogue(long dialogueId) {
		return followUps.dialogue(dialogueId).orElseThrow(() -> new IllegalStateException("No goal dialogue " + dialogueId));
	}

	private FollowUpRepository.Row row(String processInstanceId) {
		return followUps.byProcessInstance(processInstanceId)
			.orElseThrow(() -> new IllegalStateException("No follow-up for process instance " + processInstanceId));
	}

	/** The goals of a saved report that need a dialogue, in the report's order, and why. */
	private Map<Status, DialogueReason> flagged(FollowUpRepository.Row row) {
		Map<Status, DialogueReason> flagged = new LinkedHashMap<>();
		if (row.party() == Party.CORPORATE) {
			return flagged;
		}
		List<Status> before = row.quarter() == 3
				? followUps.statuses(row.municipalityId(), row.year(), 2, row.party(), row.partyId())
				: List.of();
		for (Status status : followUps.statuses(row.id())) {
			if (status.status() == FollowUpStatus.RED) {
				flagged.put(status, DialogueReason.RED);
			}
			else if (status.status() == FollowUpStatus.YELLOW && before.stream()
				.anyMatch(b -> b.status() == FollowUpStatus.YELLOW && Objects.equals(b.goalId(), status.goalId())
						&& Objects.equals(b.initiativeId(), status.initiativeId()))) {
				flagged.put(status, DialogueReason.YELLOW_TWICE);
			}
		}
		return flagged;
	}

	/** The saved report as the level above reads it (Markdown): each goal, its target, status and comment. */
	private String reportText(FollowUpRepository.Row row, List<Item> items) {
		StringBuilder text = new StringBuilder();
		List<Status> statuses = followUps.statuses(row.id());
		for (int i = 0; i < statuses.size(); i++) {
			Status status = statuses.get(i);
			text.append(i == 0 ? "" : "\n\n").append("**").append(i + 1).append(". ").append(markdown(status.title()))
				.append("**");
			if (i < items.size()) {
				text.append("  \n").append(markdown(items.get(i).target()));
			}
			text.append("  \n**Status:** ").append(status.status().label()).append("  \n**Kommentar:** ")
				.append(markdown(status.comment()));
		}
		return text.toString();
	}

	/** A free text inside generated Markdown: its line breaks kept. */
	private static String markdown(String text) {
		return text == null ? "" : text.replace("\r\n", "\n").replaceAll("\n(?!\n)", "  \n");
	}

	public List<Status> statusesOfYear(String municipalityId, int year) {
		return followUps.statusesOfYear(municipalityId, year);
	}

	/** The quarter's follow-ups for the forums: figures, and every goal in red with its comment (Markdown). */
	public String overview(String municipalityId, int year, int quarter) {
		List<Status> statuses = statusesOfYear(municipalityId, year).stream().filter(s -> s.quarter() == quarter).toList();
		long units = statuses.stream().filter(s -> s.party() == Party.UNIT).map(Status::partyId).distinct().count();
		long centres = statuses.stream().filter(s -> s.party() == Party.CENTRE).map(Status::partyId).distinct().count();
		boolean corporate = statuses.stream().anyMatch(s -> s.party() == Party.CORPORATE);
		StringBuilder text = new StringBuilder("**Opfølgningen i " + quarter + ". kvartal " + year + ":** " + units
				+ " enheder" + (corporate ? ", " : " og ") + centres + " centre" + (corporate ? " og Koncernledelsen" : "")
				+ " har givet status på " + statuses.size() + " mål.");
		for (FollowUpStatus status : FollowUpStatus.values()) {
			text.append("  \n").append(status.label()).append(": ")
				.append(statuses.stream().filter(s -> s.status() == status).count());
		}
		List<Status> red = statuses.stream().filter(s -> s.status() == FollowUpStatus.RED).toList();
		if (!red.isEmpty()) {
			text.append("\n\n**Mål i rødt:**\n");
			red.forEach(s -> text.append("\n- ").append(name(s.party(), s.partyId())).append(": ").append(s.title())
				.append(" – ").append(s.comment()));
		}
		return text.toString();
	}

	/** The items of a recorded follow-up: the goals of the agreement's version it was asked for on, or the map's. */
	private List<Item> items(FollowUpRepository.Row row) {
		return items(row.municipalityId(), row.year(), row.party(), row.partyId(),
				row.agreementId() == null ? Optional.empty() : agreements.version(row.agreementId()));
	}

	private List<Item> items(String municipalityId, int year, Party party, String partyId, Optional<Agreement> agreement) {
		if (agreement.isPresent()) {
			return agreement.get().goals().stream()
				.map(g -> new Item(g.id(), null, g.title(),
						g.measure()))
				.toList();
		}
		if (party != Party.UNIT) {
			String map = party == Party.CORPORATE ? "Koncernledelsens strategikort " : "centrets strategikort ";
			return strategy.initiativesInForce(municipalityId, partyId, year).stream()
				.map(i -> new Item(null, i.id(), i.label(), "Initiativ på " + map + i.firstYear() + "–" + i.lastYear()
						+ ", visionsmål " + i.visionGoalCode() + ": " + i.visionGoalTitle()))
				.toList();
		}
		return List.of();
	}

	/** Where the items come from, in words: an approved agreement's goals, or else the centre's or Koncernledelsen's map. */
	private static String source(int year, Party party, List<Item> items) {
		boolean hasAgreement = !items.isEmpty() && items.get(0).goalId() != null;
		if (party == Party.UNIT) {
			return hasAgreement ? "målene i den decentrale aftale for " + year : "ingen godkendt aftale for " + year;
		}
		if (party == Party.CORPORATE) {
			return "initiativerne på Koncernledelsens strategikort";
		}
		return hasAgreement ? "målene i centeraftalen for " + year : "initiativerne på centrets strategikort";
	}

	private String name(Party party, String partyId) {
		if (party == Party.CORPORATE) {
			return "Koncernledelsen";
		}
		Organisation org = organisation.current();
		return (party == Party.UNIT ? org.unit(partyId).map(Organisation.Unit::name)
				: org.centre(partyId).map(Organisation.Centre::name)).orElse(partyId);
	}
}
