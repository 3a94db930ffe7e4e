package dk.aarshjul.agreement;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.aarshjul.organisation.Organisation;
import dk.aarshjul.organisation.Organisation.Centre;
import dk.aarshjul.organisation.Organisation.Unit;
import dk.aarshjul.organisation.OrganisationService;
import dk.aarshjul.scope.Party;
import dk.aarshjul.strategy.Initiative;
import dk.aarshjul.strategy.SlotEvaluation;
import dk.aarshjul.strategy.StrategyRepository;
import dk.aarshjul.system.FormValues;
import dk.aarshjul.system.FourEyes;
import dk.aarshjul.system.SubmissionRefusedException;
import dk.aarshjul.system.EngineClock;
import dk.aarshjul.system.TextLimits;

/**
 * The life of an agreement in the yearly cycle. A unit agreement is prepared for the unit's leader with last year's
 * goals and the centre's strategy-map initiatives, evaluated, drafted, and approved or sent back by the centre
 * chief; a centre agreement is drafted by the centre chief from the centre's new map and approved or sent back by
 * Koncernledelsen. The agreement is always found by its process instance, never by what a form submits.
 */
@Service
public class AgreementService {

	static final String APPROVE = "approve";
	static final String RETURN = "return";


	private final AgreementRepository agreements;
	private final StrategyRepository strategy;
	private final OrganisationService organisation;

	AgreementService(AgreementRepository agreements, StrategyRepository strategy, OrganisationService organisation) {
		this.agreements = agreements;
		this.strategy = strategy;
		this.organisation = organisation;
	}

	/**
	 * What the drafter needs to start: last year's goals to evaluate and to continue, the initiatives to link to, and
	 * the draft form's slots prefilled with last year's goals (each continuing the goal it came from).
	 */
	public record Prepared(long agreementId, String centreId, String unitName, String centreName,
			List<Map<String, Object>> lastYearGoals, List<Map<String, Object>> initiativeOptions,
			List<Map<String, Object>> lastYearGoalOptions, Map<String, Object> slots) {
	}

	@Transactional
	public Prepared prepare(String municipalityId, String unitId, int year, String processInstanceId) {
		Organisation org = organisation.current();
		Unit unit = org.unit(unitId)
			.orElseThrow(() -> new IllegalStateException("Unit '" + unitId + "' is not in the organisation"));
		Centre centre = org.centreOfUnit(unitId).orElseThrow();
		List<Initiative> initiatives = strategy.initiativesInForce(municipalityId, centre.id(), year);
		if (initiatives.isEmpty()) {
			throw new IllegalStateException("Centre '" + centre.id() + "' has no approved strategy map for " + year
					+ ": the unit's development goals would have nothing to link to");
		}
		if (agreements.find(municipalityId, Party.UNIT, unitId, year).isPresent()) {
			throw new IllegalStateException("Unit '" + unitId + "' already has an agreement for " + year);
		}
		long id = agreements.insert(municipalityId, Party.UNIT, unitId, centre.id(), year, processInstanceId);
		return prepared(id, municipalityId, Party.UNIT, unitId, year, centre, unit.name(), initiatives);
	}

	/** A centre's agreement for the coming year, to be drafted from the centre's map just approved. */
	@Transactional
	public Prepared prepareCentre(String municipalityId, String centreId, int year, String processInstanceId) {
		Centre centre = organisation.current().centre(centreId)
			.orElseThrow(() -> new IllegalStateException("Centre '" + centreId + "' is not in the organisation"));
		List<Initiative> initiatives = strategy.initiativesInForce(municipalityId, centreId, year);
		if (initiatives.isEmpty()) {
			throw new IllegalStateException("Centre '" + centreId + "' has no approved strategy map for " + year);
		}
		if (agreements.find(municipalityId, Party.CENTRE, centreId, year).isPresent()) {
			throw new IllegalStateException("Centre '" + centreId + "' already has an agreement for " + year);
		}
		long id = agreements.insert(municipalityId, Party.CENTRE, centreId, centreId, year, processInstanceId);
		return prepared(id, municipalityId, Party.CENTRE, centreId, year, centre, centre.name(), initiatives);
	}

	private Prepared prepared(long id, String municipalityId, Party party, String partyId, int year, Centre centre,
			String partyName, List<Initiative> initiatives) {
		List<Map<String, Object>> lastYearGoals = new ArrayList<>();
		List<Map<String, Object>> lastYearOptions = new ArrayList<>();
		Map<String, Object> slots = Map.of();
		Optional<Agreement> last = agreements.inForce(municipalityId, party, partyId, year - 1);
		if (last.isPresent()) {
			for (Goal goal : last.get().goals()) {
				Map<String, Object> item = new LinkedHashMap<>();
				item.put("title", goal.title());
				item.put("target", goal.measure());
				lastYearGoals.add(item);
			}
			lastYearOptions.addAll(goalOptions(last.get().goals()));
			Set<Long> inForce = new HashSet<>();
			initiatives.forEach(i -> inForce.add(i.id()));
			slots = slots(last.get().goals(), AgreementDraft.CARRIED_OVER_FROM, 1, inForce, null);
		}
		return new Prepared(id, centre.id(), partyName, centre.name(), lastYearGoals, options(initiatives), lastYearOptions,
				slots);
	}

	/**
	 * The draft form's slots filled with {@code goals}, each linked by {@code link} to the goal it came from; deadlines
	 * move {@code yearsLater} years, and a development goal keeps its initiative only if that is still in force.
	 */
	Map<String, Object> slots(List<Goal> goals, String link, int yearsLater, Set<Long> initiativesInForce,
			BigDecimal economicFrame) {
		Map<String, Object> slots = new LinkedHashMap<>();
		if (economicFrame != null) {
			slots.put(AgreementDraft.ECONOMIC_FRAME, FormValues.kroner(economicFrame));
		}
		int development = 0;
		int other = 0;
		for (Goal goal : goals) {
			Map<String, Object> item = new LinkedHashMap<>();
			if (goal.kind() == GoalKind.DEVELOPMENT) {
				item.put("initiative", goal.initiativeId() != null && initiativesInForce.contains(goal.initiativeId())
						? String.valueOf(goal.initiativeId()) : null);
			}
			else {
				item.put("kind", goal.kind().name());
			}
			item.put("title", goal.title());
			item.put("indicator", goal.indicator());
			item.put("target", goal.target());
			item.put("resources", goal.resources());
			item.put("deadline", EngineClock.DANISH_DATE.format(goal.deadline().plusYears(yearsLater)));
			item.put("evaluationMethod", goal.evaluationMethod());
			item.put(AgreementDraft.CARRIED_OVER_FROM, link.equals(AgreementDraft.CARRIED_OVER_FROM)
					? String.valueOf(goal.id()) : goal.carriedOverFrom() == null ? null : String.valueOf(goal.carriedOverFrom()));
			if (link.equals(AgreementDraft.AMENDS)) {
				item.put(AgreementDraft.AMENDS, String.valueOf(goal.id()));
			}
			item.put(AgreementDraft.OMIT, false);
			String slot = goal.kind() == GoalKind.DEVELOPMENT ? AgreementDraft.DEVELOPMENT_GOAL + ++development
					: AgreementDraft.OTHER_GOAL + ++other;
			slots.put(slot, item);
		}
		return slots;
	}

	/** Goals as options of the draft form's selects: the title, and the goal's id as the value. */
	static List<Map<String, Object>> goalOptions(List<Goal> goals) {
		return goals.stream().map(g -> Map.<String, Object>of("label", g.title(), "value", String.valueOf(g.id()))).toList();
	}

	static List<Map<String, Object>> options(List<Initiative> initiatives) {
		return initiatives.stream()
			.map(i -> Map.<String, Object>of("label", i.label(), "value", String.valueOf(i.id())))
			.toList();
	}

	/**
	 * Saves the evaluation of every goal of last year's agreement, or refuses it with every problem. Slot
	 * {@code lastYearGoal<i>} evaluates last year's goal number i, so a submission cannot name another goal.
	 */
	@Transactional
	public void evaluateLastYear(String processInstanceId, Map<String, Object> submitted, String user) {
		Agreement agreement = byProcess(processInstanceId);
		List<Goal> goals = lastYear(agreement).goals();
		List<String> problems = new ArrayList<>();
		List<SlotEvaluation<Goal>> evaluations = SlotEvaluation.read(goals, Goal::title, submitted,
				UnitAgreementProcess.Var.LAST_YEAR_GOAL, "målet ikke er opfyldt", problems);
		if (!problems.isEmpty()) {
			throw new SubmissionRefusedException("Evalueringen", problems);
		}
		OffsetDateTime now = EngineClock.now();
		evaluations.forEach(e -> agreements.saveEvaluation(e.item().id(), e.result(), e.remark(), user, now));
	}

	/**
	 * Last year's goals with the leader's evaluation, one slot each, as the centre chief's confirmation form shows
	 * them: prefilled with the leader's result and remark, which the chief keeps (confirms) or changes (corrects).
	 */
	public List<Map<String, Object>> evaluatedGoals(String processInstanceId) {
		Agreement agreement = byProcess(processInstanceId);
		Agreement last = lastYear(agreement);
		Map<Long, Evaluation> evaluations = agreements.evaluations(last.id());
		List<Map<String, Object>> slots = new ArrayList<>();
		for (Goal goal : last.goals()) {
			Evaluation evaluation = evaluations.get(goal.id());
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("title", goal.title());
			item.put("target", goal.measure());
			if (evaluation != null) {
				item.put("leaderEvaluation", evaluation.result().label()
						+ (evaluation.remark() == null ? "" : " – " + evaluation.remark()));
				item.put("result", evaluation.result().name());
				item.put("remark", evaluation.remark() == null ? "" : evaluation.remark());
			}
			slots.add(item);
		}
		return slots;
	}

	/**
	 * The centre chief's confirmation of the leader's evaluation, goal by goal: a goal submitted with the leader's
	 * result and remark is confirmed; one with another result or remark is corrected, and the leader's own
	 * evaluation is kept beside it. Refused with every problem, and nothing saved, when a goal lacks a result or the
	 * remark its result needs; refused when the chief evaluated the goals themselves (four eyes).
	 */
	@Transactional
	public void confirmEvaluation(String processInstanceId, Map<String, Object> submitted, String user) {
		Agreement agreement = byProcess(processInstanceId);
		Agreement last = lastYear(agreement);
		Map<Long, Evaluation> evaluations = agreements.evaluations(last.id());
		for (Evaluation evaluation : evaluations.values()) {
			FourEyes.check(evaluation.evaluatedBy(), user, "evalueringen", "en anden i centerledelsen");
		}
		List<String> problems = new ArrayList<>();
		List<SlotEvaluation<Goal>> confirmed = SlotEvaluation.read(last.goals(), Goal::title, submitted,
				UnitAgreementProcess.Var.LAST_YEAR_GOAL, "målet ikke er opfyldt", problems);
		for (SlotEvaluation<Goal> e : confirmed) {
			if (evaluations.get(e.item().id()) == null) {
				problems.add("»" + e.item().title() + "« er ikke evalueret af lederen endnu.");
			}
		}
		if (!problems.isEmpty()) {
			throw new SubmissionRefusedException("Bekræftelsen af evalueringen", problems);
		}
		OffsetDateTime now = EngineClock.now();
		for (SlotEvaluation<Goal> e : confirmed) {
			Evaluation leaders = evaluations.get(e.item().id());
			if (leaders.result() == e.result() && Objects.equals(leaders.remark(), e.remark())) {
				agreements.confirmEvaluation(e.item().id(), user, now);
			}
			else {
				agreements.correctEvaluation(e.item().id(), e.result(), e.remark(), leaders, user, now);
			}
		}
	}

	/**
	 * Whether last year's evaluation is both parties' now: every goal of last year's approved agreement evaluated and
	 * confirmed (or corrected) by the centre chief. True when there is no such agreement.
	 */
	public boolean lastYearConfirmed(String processInstanceId) {
		Agreement agreement = byProcess(processInstanceId);
		return agreements.inForce(agreement.municipalityId(), agreement.party(), agreement.partyId(), agreement.year() - 1)
			.map(last -> {
				Map<Long, Evaluation> evaluations = agreements.evaluations(last.id());
				return last.goals().stream().allMatch(g -> evaluations.containsKey(g.id()) && evaluations.get(g.id()).confirmed());
			})
			.orElse(true);
	}

	/** The version of last year's agreement that was in force when the year ended. */
	private Agreement lastYear(Agreement agreement) {
		return agreements.inForce(agreement.municipalityId(), agreement.party(), agreement.partyId(), agreement.year() - 1)
			.orElseThrow(() -> new IllegalStateException("No agreement of last year for " + agreement.partyId()));
	}

	/**
	 * Checks and saves the leader's draft and sends it to the centre chief.
	 *
	 * @return the agreement as the centre chief reads it before deciding
	 */
	@Transactional
	public String submitDraft(String processInstanceId, Map<String, Object> submitted, String user) {
		Agreement agreement = byProcess(processInstanceId);
		Set<Long> initiatives = new HashSet<>();
		int lastDeadlineYear = agreement.year();
		for (Initiative initiative : strategy.initiativesInForce(agreement.municipalityId(), agreement.centreId(), agreement.year())) {
			initiatives.add(initiative.id());
			if (agreement.party() == Party.CENTRE) {
				// A centre agreement's projects may run over its strategy map's two-year period.
				lastDeadlineYear = Math.max(lastDeadlineYear, initiative.lastYear());
			}
		}
		Set<Long> continuable = goalIds(agreements.inForce(agreement.municipalityId(), agreement.party(),
				agreement.partyId(), agreement.year() - 1));
		Set<Long> amendable = agreement.amends() == null ? Set.of() : goalIds(agreements.byId(agreement.amends()));
		AgreementDraft draft = AgreementDraft.from(submitted,
				new AgreementDraft.Rules(agreement.year(), lastDeadlineYear, initiatives, continuable, amendable));
		agreements.saveDraft(agreement.id(), draft.economicFrame(), draft.goals(), user, EngineClock.now());
		return summary(byProcess(processInstanceId));
	}

	/**
	 * Records the centre chief's decision.
	 *
	 * @return whether the agreement was approved
	 */
	@Transactional
	public boolean decide(String processInstanceId, Object decision, Object comment, String user) {
		Agreement agreement = byProcess(processInstanceId);
		FourEyes.check(agreement.draftedBy(), user, agreement.party() == Party.UNIT ? "aftalen" : "centeraftalen",
				agreement.party() == Party.UNIT ? "centrets øvrige ledelse" : "et andet medlem af Koncernledelsen");
		String text = FormValues.text(comment);
		if (APPROVE.equals(decision)) {
			agreements.decide(agreement.id(), true, null, user, EngineClock.now());
			return true;
		}
		if (!RETURN.equals(decision)) {
			throw new SubmissionRefusedException("Beslutningen", List.of("Vælg, om aftalen godkendes eller sendes tilbage."));
		}
		if (text == null) {
			throw new SubmissionRefusedException("Beslutningen",
					List.of("Skriv, hvad der skal rettes, når aftalen sendes tilbage."));
		}
		if (TextLimits.tooLong(text, TextLimits.COMMENT)) {
			throw new SubmissionRefusedException("Beslutningen",
					List.of("Kommentaren er for lang (" + TextLimits.atMost(TextLimits.COMMENT) + ")."));
		}
		agreements.decide(agreement.id(), false, text, user, EngineClock.now());
		return false;
	}

	private static Set<Long> goalIds(Optional<Agreement> agreement) {
		Set<Long> ids = new HashSet<>();
		agreement.ifPresent(a -> a.goals().forEach(g -> ids.add(g.id())));
		return ids;
	}

	public List<Agreement> agreementsOf(String municipalityId, Party party, String partyId) {
		return agreements.findByParty(municipalityId, party, partyId);
	}

	public List<Agreement> agreementsOfYear(String municipalityId, Party party, int year) {
		return agreements.findByYear(municipalityId, party, year);
	}

	/** The version of the party's agreement for the year that is in force now, if there is one. */
	public Optional<Agreement> approved(String municipalityId, Party party, String partyId, int year) {
		return agreements.inForce(municipalityId, party, partyId, year);
	}

	/** One version of an agreement, by its id. */
	public Optional<Agreement> version(long agreementId) {
		return agreements.byId(agreementId);
	}

	public Map<Long, Evaluation> evaluations(long agreementId) {
		return agreements.evaluations(agreementId);
	}

	public Agreement byProcess(String processInstanceId) {
		return agreements.findByProcessInstance(processInstanceId)
			.orElseThrow(() -> new IllegalStateException("No unit agreement for process instance " + processInstanceId));
	}

	String summary(Agreement agreement) {
		StringBuilder text = new StringBuilder();
		Map<Long, String> lastYear = new LinkedHashMap<>();
		agreements.inForce(agreement.municipalityId(), agreement.party(), agreement.partyId(), agreement.year() - 1)
			.ifPresent(last -> last.goals().forEach(g -> lastYear.put(g.id(), g.title())));
		if (agreement.version() > 1) {
			text.append("**Ændret aftale, version ").append(agreement.version()).append("** – erstatter version ")
				.append(agreement.version() - 1).append(", når den godkendes.\n\n");
		}
		text.append("**Økonomisk ramme for ").append(agreement.year()).append(":** ")
			.append(FormValues.kroner(agreement.economicFrame() == null ? BigDecimal.ZERO : agreement.economicFrame()))
			.append(" kr.\n\n");
		int number = 1;
		for (Goal goal : agreement.goals()) {
			String initiative = goal.initiativeId() == null ? ""
					: strategy.initiative(goal.initiativeId()).map(i -> " – strategikort: " + i.label()).orElse("");
			text.append("**").append(number++).append(". ").append(goal.kind().label()).append(":** ").append(goal.title())
				.append(initiative).append("  \n");
			if (goal.carriedOverFrom() != null) {
				text.append("Viderefører målet fra ").append(agreement.year() - 1).append(": »")
					.append(lastYear.getOrDefault(goal.carriedOverFrom(), "?")).append("«  \n");
			}
			text.append("Indikator: ").append(goal.indicator()).append("; mål: ").append(goal.target()).append("  \n")
				.append("Ressourcer: ").append(goal.resources()).append("; frist: ").append(EngineClock.DANISH_DATE.format(goal.deadline()))
				.append("; evaluering: ").append(goal.evaluationMethod()).append("\n\n");
		}
		return text.toString();
	}

}
