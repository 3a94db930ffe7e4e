package dk.aarshjul.thread;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dk.aarshjul.agreement.Agreement;
import dk.aarshjul.agreement.AgreementService;
import dk.aarshjul.agreement.Goal;
import dk.aarshjul.followup.FollowUpService;
import dk.aarshjul.organisation.Organisation;
import dk.aarshjul.organisation.OrganisationService;
import dk.aarshjul.organisation.ReadAccess;
import dk.aarshjul.scope.Party;
import dk.aarshjul.strategy.Initiative;
import dk.aarshjul.strategy.StrategyRepository;

/**
 * The red thread of one year, read-only: vision goals → the initiatives of the strategy maps in force (Koncernledelsen's
 * and each centre's) → the goals of centre agreements and unit agreements linked to them → their follow-ups in Q2
 * and Q3, each with the level above's acknowledgement and, for a goal in red or yellow twice, the action agreed.
 * Read by the secretariat, Direktionen and Koncernledelsen.
 */
@RestController
@RequestMapping("/api")
public class RedThreadController {

	private final AgreementService agreements;
	private final FollowUpService followUps;
	private final StrategyRepository strategy;
	private final OrganisationService organisation;
	private final ReadAccess access;

	RedThreadController(AgreementService agreements, FollowUpService followUps, StrategyRepository strategy,
			OrganisationService organisation, ReadAccess access) {
		this.agreements = agreements;
		this.followUps = followUps;
		this.strategy = strategy;
		this.organisation = organisation;
		this.access = access;
	}

	/**
	 * A goal's status in a quarter; the level above's acknowledgement of the party's report (none for Koncernledelsen's
	 * own); and, for a goal in red or yellow twice, why it was discussed and the action agreed (null until agreed).
	 */
	public record FollowUp(int quarter, String status, String comment, String acknowledgedBy, String acknowledgement,
			String dialogueReason, String agreedAction) {
	}

	/**
	 * A goal of the agreement in force (or, before one is approved, of its newest version); {@code continues} names
	 * the goal of last year it continues ("2026: title"), and its follow-ups include those given on the goal it
	 * amends in an earlier version of the year.
	 */
	public record GoalThread(String party, String partyId, String partyName, String title, String target, String agreementStatus,
			int agreementVersion, String continues, List<FollowUp> followUps) {
	}

	public record InitiativeThread(String owner, String code, String title, int firstYear, int lastYear, List<GoalThread> goals,
			List<FollowUp> followUps) {
	}

	public record VisionGoalThread(String code, String title, List<InitiativeThread> initiatives) {
	}

	@GetMapping("/years/{year}/thread")
	public List<VisionGoalThread> thread(@PathVariable int year) {
		access.wholeYear();
		return threadOfYear(year);
	}

	/**
	 * One unit's part of the year's thread: the initiatives its goals serve, with its centre's goals on them and its
	 * own. The caller has checked that the reader may read the unit.
	 */
	public List<VisionGoalThread> threadOfUnit(int year, String unitId, String centreId) {
		List<VisionGoalThread> unitThread = new ArrayList<>();
		for (VisionGoalThread visionGoal : threadOfYear(year)) {
			List<InitiativeThread> initiatives = new ArrayList<>();
			for (InitiativeThread initiative : visionGoal.initiatives()) {
				if (initiative.goals().stream().noneMatch(g -> isUnit(g, unitId))) {
					continue;
				}
				initiatives.add(new InitiativeThread(initiative.owner(), initiative.code(), initiative.title(),
						initiative.firstYear(), initiative.lastYear(), initiative.goals().stream()
							.filter(g -> isUnit(g, unitId) || (Party.CENTRE.name().equals(g.party()) && g.partyId().equals(centreId)))
							.toList(),
						initiative.followUps()));
			}
			if (!initiatives.isEmpty()) {
				unitThread.add(new VisionGoalThread(visionGoal.code(), visionGoal.title(), initiatives));
			}
		}
		return unitThread;
	}

	private static boolean isUnit(GoalThread goal, String unitId) {
		return Party.UNIT.name().equals(goal.party()) && goal.partyId().equals(unitId);
	}

	/** The year's whole thread, for a caller that has checked the reader's access. */
	List<VisionGoalThread> threadOfYear(int year) {
		Organisation org = organisation.current();
		Map<Long, List<FollowUp>> goalFollowUps = new LinkedHashMap<>();
		Map<Long, List<FollowUp>> initiativeFollowUps = new LinkedHashMap<>();
		Map<String, FollowUpService.Acknowledgement> acknowledgements = new HashMap<>();
		for (FollowUpService.Acknowledgement a : followUps.acknowledgementsOfYear(org.municipalityId(), year)) {
			acknowledgements.put(a.quarter() + ":" + a.party() + ":" + a.partyId(), a);
		}
		Map<String, FollowUpService.Dialogue> dialogues = new HashMap<>();
		for (FollowUpService.Dialogue d : followUps.dialoguesOfYear(org.municipalityId(), year)) {
			dialogues.put(d.quarter() + ":" + d.goalId() + ":" + d.initiativeId(), d);
		}
		for (FollowUpService.Status status : followUps.statusesOfYear(org.municipalityId(), year)) {
			FollowUpService.Acknowledgement acknowledged = acknowledgements
				.get(status.quarter() + ":" + status.party() + ":" + status.partyId());
			FollowUpService.Dialogue dialogue = dialogues
				.get(status.quarter() + ":" + status.goalId() + ":" + status.initiativeId());
			FollowUp followUp = new FollowUp(status.quarter(), status.status().name(), status.comment(),
					acknowledged == null ? null : acknowledged.acknowledgedBy(),
					acknowledged == null ? null : acknowledged.comment(),
					dialogue == null ? null : dialogue.reason().name(), dialogue == null ? null : dialogue.agreedAction());
			if (status.goalId() != null) {
				goalFollowUps.computeIfAbsent(status.goalId(), id -> new ArrayList<>()).add(followUp);
			}
			else {
				initiativeFollowUps.computeIfAbsent(status.initiativeId(), id -> new ArrayList<>()).add(followUp);
			}
		}
		Map<Long, List<GoalThread>> goalsByInitiative = new LinkedHashMap<>();
		for (Party party : List.of(Party.CENTRE, Party.UNIT)) {
			Map<Long, Goal> lastYear = new HashMap<>();
			agreements.agreementsOfYear(org.municipalityId(), party, year - 1)
				.forEach(a -> a.goals().forEach(g -> lastYear.put(g.id(), g)));
			Map<Long, Goal> thisYear = new HashMap<>();
			Map<String, Agreement> shown = new LinkedHashMap<>();
			for (Agreement version : agreements.agreementsOfYear(org.municipalityId(), party, year)) {
				version.goals().forEach(g -> thisYear.put(g.id(), g));
				Agreement before = shown.get(version.partyId());
				if (before == null || before.status() != Agreement.Status.APPROVED) {
					shown.put(version.partyId(), version);
				}
			}
			for (Agreement agreement : shown.values()) {
				String name = (party == Party.UNIT ? org.unit(agreement.partyId()).map(Organisation.Unit::name)
						: org.centre(agreement.partyId()).map(Organisation.Centre::name)).orElse(agreement.partyId());
				for (Goal goal : agreement.goals()) {
					if (goal.initiativeId() == null) {
						continue;
					}
					List<FollowUp> goalsFollowUps = new ArrayList<>();
					for (Goal g = goal; g != null; g = g.amendsGoal() == null ? null : thisYear.get(g.amendsGoal())) {
						goalsFollowUps.addAll(0, goalFollowUps.getOrDefault(g.id(), List.of()));
					}
					Goal continued = goal.carriedOverFrom() == null ? null : lastYear.get(goal.carriedOverFrom());
					goalsByInitiative.computeIfAbsent(goal.initiativeId(), i -> new ArrayList<>())
						.add(new GoalThread(party.name(), agreement.partyId(), name, goal.title(), goal.target(),
								agreement.status().name(), agreement.version(),
								continued == null ? null : (year - 1) + ": " + continued.title(), goalsFollowUps));
				}
			}
		}
		Map<String, VisionGoalThread> thread = new LinkedHashMap<>();
		List<String> owners = new ArrayList<>();
		owners.add(Initiative.CORPORATE);
		org.centres().forEach(c -> owners.add(c.id()));
		for (String owner : owners) {
			for (Initiative initiative : strategy.initiativesInForce(org.municipalityId(), owner, year)) {
				thread.computeIfAbsent(initiative.visionGoalCode(),
						code -> new VisionGoalThread(code, initiative.visionGoalTitle(), new ArrayList<>()))
					.initiatives().add(new InitiativeThread(owner, initiative.code(), initiative.title(), initiative.firstYear(),
							initiative.lastYear(), goalsByInitiative.getOrDefault(initiative.id(), List.of()),
							initiativeFollowUps.getOrDefault(initiative.id(), List.of())));
			}
		}
		return thread.values().stream().sorted(Comparator.comparing(VisionGoalThread::code)).toList();
	}
}
