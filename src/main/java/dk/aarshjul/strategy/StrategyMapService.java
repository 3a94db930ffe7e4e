package dk.aarshjul.strategy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.aarshjul.organisation.Organisation;
import dk.aarshjul.organisation.OrganisationService;
import dk.aarshjul.strategy.StrategyMapProcess.Mode;
import dk.aarshjul.strategy.StrategyRepository.StrategyMap;
import dk.aarshjul.strategy.StrategyRepository.VisionGoal;
import dk.aarshjul.system.FormValues;
import dk.aarshjul.system.FourEyes;
import dk.aarshjul.system.SubmissionRefusedException;
import dk.aarshjul.system.EngineClock;
import dk.aarshjul.system.TextLimits;

/**
 * Strategy maps in the fourth quarter: which owners write one ({@code ${strategyMaps.owners()}}), whether a map is
 * new or reviewed, the drafts as their owners submit them, and Koncernledelsen's decision on each at the seminar.
 */
@Service("strategyMaps")
public class StrategyMapService {

	static final int MAX_INITIATIVES = 6;
	static final int MAX_NEW_AT_REVIEW = 2;
	static final String APPROVE = "approve";
	static final String RETURN = "return";

	/** A review decision per initiative of the map in force. */
	public enum Decision {
		KEEP, ADJUST, STOP
	}

	private final StrategyRepository strategy;
	private final OrganisationService organisation;

	StrategyMapService(StrategyRepository strategy, OrganisationService organisation) {
		this.strategy = strategy;
		this.organisation = organisation;
	}

	/** Koncernledelsen and every centre. */
	public List<String> owners() {
		List<String> owners = new ArrayList<>();
		owners.add(Initiative.CORPORATE);
		owners.addAll(organisation.centreIds());
		return owners;
	}

	public String ownerName(String owner) {
		return Initiative.CORPORATE.equals(owner) ? "Koncernledelsen"
				: organisation.current().centre(owner).map(Organisation.Centre::name).orElse(owner);
	}

	/**
	 * New in even years; reviewed in odd years, when a map is in force for the coming year (else it must be
	 * written anew).
	 */
	public Mode mode(String municipalityId, String owner, int year) {
		return year % 2 == 1 && strategy.mapInForce(municipalityId, owner, year + 1).isPresent() ? Mode.REVIEW : Mode.NEW;
	}

	/** The map a review starts from: the owner's map in force in the coming year. */
	public Optional<StrategyMap> mapToReview(String municipalityId, String owner, int year) {
		return strategy.mapInForce(municipalityId, owner, year + 1);
	}

	public List<VisionGoal> visionGoals(String municipalityId) {
		return strategy.visionGoals(municipalityId);
	}

	public List<Initiative> initiatives(StrategyMap map) {
		return strategy.initiativesOfMap(map.id());
	}

	/** Checks and saves a new map for the two years after {@code year}, as a draft for the seminar. */
	@Transactional
	public long writeNew(String municipalityId, String owner, int year, Map<String, Object> submitted, String user,
			String processInstanceId) {
		List<String> problems = new ArrayList<>();
		List<NewInitiative> initiatives = newInitiatives(municipalityId, submitted, MAX_INITIATIVES, problems);
		if (initiatives.isEmpty() && problems.isEmpty()) {
			problems.add("Strategikortet skal have 1–" + MAX_INITIATIVES + " initiativer, men har ingen.");
		}
		refuseIf(problems);
		long mapId = strategy.insertDraft(municipalityId, owner, year + 1, year + 2, year, user, processInstanceId);
		int number = 1;
		for (NewInitiative initiative : initiatives) {
			strategy.insertInitiative(mapId, "I" + number++, initiative.title(), initiative.visionGoalId(), null);
		}
		return mapId;
	}

	/**
	 * Checks and saves the review of the map in force: keep, adjust (with the new wording) or stop (with the reason)
	 * per initiative, and up to two new ones. The result is a new version of the map for the same period.
	 */
	@Transactional
	public long review(String municipalityId, String owner, int year, Map<String, Object> submitted, String user,
			String processInstanceId) {
		StrategyMap current = mapToReview(municipalityId, owner, year)
			.orElseThrow(() -> new IllegalStateException("No map in force for " + owner + " in " + (year + 1)));
		List<Initiative> initiatives = strategy.initiativesOfMap(current.id());
		Map<Integer, Map<String, Object>> slots = FormValues.slots(submitted, StrategyMapProcess.Var.MAP_INITIATIVE);
		List<String> problems = new ArrayList<>();
		List<Decision> decisions = new ArrayList<>();
		List<String> titles = new ArrayList<>();
		List<String> remarks = new ArrayList<>();
		for (int i = 0; i < initiatives.size(); i++) {
			Initiative initiative = initiatives.get(i);
			Map<String, Object> slot = Optional.ofNullable(slots.get(i + 1)).orElse(Map.of());
			Decision decision = null;
			for (Decision d : Decision.values()) {
				if (d.name().equals(slot.get("decision"))) {
					decision = d;
				}
			}
			String adjusted = FormValues.text(slot.get("adjustedTitle"));
			String remark = FormValues.text(slot.get("remark"));
			String name = "»" + initiative.code() + ": " + initiative.title() + "«";
			if (decision == null) {
				problems.add(name + ": vælg, om initiativet fortsætter, justeres eller stoppes.");
			}
			else if (decision == Decision.ADJUST && adjusted == null) {
				problems.add(name + ": skriv initiativets nye formulering, når det justeres.");
			}
			else if (decision == Decision.STOP && remark == null) {
				problems.add(name + ": skriv, hvorfor initiativet stoppes.");
			}
			if (TextLimits.tooLong(adjusted, TextLimits.LINE)) {
				problems.add(name + ": den nye formulering er for lang (" + TextLimits.atMost(TextLimits.LINE) + ").");
			}
			if (TextLimits.tooLong(remark, TextLimits.COMMENT)) {
				problems.add(name + ": kommentaren er for lang (" + TextLimits.atMost(TextLimits.COMMENT) + ").");
			}
			decisions.add(decision);
			titles.add(decision == Decision.ADJUST ? adjusted : initiative.title());
			remarks.add(remark);
		}
		List<NewInitiative> added = newInitiatives(municipalityId, submitted, MAX_NEW_AT_REVIEW, problems);
		if (problems.isEmpty() && decisions.stream().allMatch(d -> d == Decision.STOP) && added.isEmpty()) {
			problems.add("Mindst ét initiativ skal fortsætte, eller et nyt skal tilføjes: et strategikort uden initiativer giver enhederne intet at knytte deres udviklingsmål til.");
		}
		refuseIf(problems);
		long mapId = strategy.insertDraft(municipalityId, owner, current.firstYear(), current.lastYear(), year, user,
				processInstanceId);
		for (int i = 0; i < initiatives.size(); i++) {
			Initiative initiative = initiatives.get(i);
			strategy.insertReview(mapId, initiative.id(), decisions.get(i).name(), remarks.get(i));
			if (decisions.get(i) != Decision.STOP) {
				strategy.insertInitiative(mapId, initiative.code(), titles.get(i), strategy.visionGoalOf(initiative.id()),
						initiative.id());
			}
		}
		int number = initiatives.size() + 1;
		for (NewInitiative initiative : added) {
			strategy.insertInitiative(mapId, "I" + number++, initiative.title(), initiative.visionGoalId(), null);
		}
		return mapId;
	}

	/**
	 * Koncernledelsen's decision on one map at the seminar: approved, it replaces the version before it for its
	 * period; sent back, it stays readable as a returned version and its owner writes it again.
	 *
	 * @return whether the map was approved
	 */
	@Transactional
	public boolean decide(String processInstanceId, Object decision, Object comment, String user) {
		StrategyMap draft = draftOf(processInstanceId);
		FourEyes.check(draft.writtenBy(), user, "strategikortet", "et andet medlem af Koncernledelsen");
		String text = FormValues.text(comment);
		if (APPROVE.equals(decision)) {
			strategy.approve(draft, EngineClock.now());
			return true;
		}
		List<String> problems = new ArrayList<>();
		if (!RETURN.equals(decision)) {
			problems.add("Vælg, om strategikortet godkendes eller sendes tilbage.");
		}
		else if (text == null) {
			problems.add("Skriv, hvad der skal ændres, når strategikortet sendes tilbage.");
		}
		else if (TextLimits.tooLong(text, TextLimits.COMMENT)) {
			problems.add("Bemærkningen er for lang (" + TextLimits.atMost(TextLimits.COMMENT) + ").");
		}
		if (!problems.isEmpty()) {
			throw new SubmissionRefusedException("Beslutningen", problems);
		}
		strategy.returnDraft(draft, text);
		return false;
	}

	/** The draft that a strategy-map process submitted last, which its seminar decision is about. */
	public StrategyMap draftOf(String processInstanceId) {
		return strategy.latestDraftOf(processInstanceId)
			.orElseThrow(() -> new IllegalStateException("No draft map for process instance " + processInstanceId));
	}

	/** One map with its initiatives (Markdown), as the seminar reads it. */
	public String summary(StrategyMap map) {
		Map<Long, String> reviewed = strategy.reviewDecisions(map.id());
		StringBuilder text = new StringBuilder();
		text.append("**").append(ownerName(map.owner())).append("** – strategikort ").append(map.firstYear()).append("–")
			.append(map.lastYear()).append(reviewed.isEmpty() ? " (nyt)" : " (revideret)").append("\n");
		for (Initiative initiative : strategy.initiativesOfMap(map.id())) {
			text.append("\n- ").append(initiative.label());
		}
		long stopped = reviewed.values().stream().filter(Decision.STOP.name()::equals).count();
		if (stopped > 0) {
			text.append("\n- (").append(stopped).append(stopped == 1 ? " initiativ stoppet)" : " initiativer stoppet)");
		}
		return text.toString();
	}

	/**
	 * The maps written or reviewed this year as of the seminar, for Koncernledelsen (Markdown), and the owners whose
	 * map is not ready yet.
	 */
	public String overview(String municipalityId, int year) {
		StringBuilder text = new StringBuilder();
		List<StrategyMap> written = strategy.mapsWrittenIn(municipalityId, year).stream()
			.filter(m -> !"RETURNED".equals(m.status())).toList();
		for (StrategyMap map : written) {
			text.append(summary(map)).append("\n\n");
		}
		List<String> missing = owners().stream()
			.filter(owner -> written.stream().noneMatch(m -> m.owner().equals(owner))).map(this::ownerName).toList();
		if (!missing.isEmpty()) {
			text.append("**Endnu ikke klar:** ").append(String.join(", ", missing)).append(". Deres kort behandles, når de er klar.");
		}
		return text.isEmpty() ? "Ingen strategikort er skrevet eller revideret i år." : text.toString().strip();
	}

	private record NewInitiative(String title, long visionGoalId) {
	}

	private List<NewInitiative> newInitiatives(String municipalityId, Map<String, Object> submitted, int max,
			List<String> problems) {
		Map<String, Long> visionGoals = new HashMap<>();
		strategy.visionGoals(municipalityId).forEach(v -> visionGoals.put(String.valueOf(v.id()), v.id()));
		List<NewInitiative> initiatives = new ArrayList<>();
		FormValues.slots(submitted, StrategyMapProcess.Var.NEW_INITIATIVE).forEach((number, slot) -> {
			if (slot == null || !FormValues.filledIn(slot)) {
				return;
			}
			String name = "Nyt initiativ " + number;
			if (number > max) {
				problems.add("Der kan højst være " + max + " nye initiativer (" + name + " er for meget).");
				return;
			}
			String title = FormValues.text(slot.get("title"));
			Long visionGoal = visionGoals.get(String.valueOf(slot.get("visionGoal")));
			if (title == null) {
				problems.add(name + ": beskriv initiativet.");
			}
			else if (TextLimits.tooLong(title, TextLimits.LINE)) {
				problems.add(name + ": beskrivelsen er for lang (" + TextLimits.atMost(TextLimits.LINE) + ").");
			}
			if (visionGoal == null) {
				problems.add(name + ": vælg det visionsmål, initiativet skal bidrage til.");
			}
			if (title != null && visionGoal != null) {
				initiatives.add(new NewInitiative(title, visionGoal));
			}
		});
		return initiatives;
	}

	private static void refuseIf(List<String> problems) {
		if (!problems.isEmpty()) {
			throw new SubmissionRefusedException("Strategikortet", problems);
		}
	}
}
