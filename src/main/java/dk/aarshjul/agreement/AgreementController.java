package dk.aarshjul.agreement;

import dk.aarshjul.organisation.Party;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dk.aarshjul.organisation.Organisation;
import dk.aarshjul.organisation.OrganisationGroups;
import dk.aarshjul.organisation.OrganisationService;
import dk.aarshjul.strategy.Initiative;
import dk.aarshjul.strategy.StrategyRepository;

/**
 * The red thread, read-only: a unit's agreements across the years, and one year's thread from vision goals
 * through strategy-map initiatives to the unit goals that support them. Callers authenticate as for the engine's
 * REST API. A unit's agreements are read by its leader, its centre chief and director, and the secretariat; the
 * whole year's thread by the secretariat, Direktionen and Koncernledelsen.
 */
@RestController
@RequestMapping("/api")
class AgreementController {

	private final AgreementService agreements;
	private final StrategyRepository strategy;
	private final OrganisationService organisation;
	private final IdentityService identity;

	AgreementController(AgreementService agreements, StrategyRepository strategy, OrganisationService organisation,
			IdentityService identity) {
		this.agreements = agreements;
		this.strategy = strategy;
		this.organisation = organisation;
		this.identity = identity;
	}

	record GoalView(String kind, String title, String indicator, String target, String resources, LocalDate deadline,
			String evaluationMethod, String initiative, String evaluation, String evaluationRemark) {
	}

	record AgreementView(int year, String unit, String centre, String status, BigDecimal economicFrame,
			String draftedBy, String decidedBy, OffsetDateTime approvedAt, String returnComment, List<GoalView> goals) {
	}

	record UnitGoal(String unit, String unitName, String title, String target, String status) {
	}

	record InitiativeThread(String owner, String code, String title, List<UnitGoal> unitGoals) {
	}

	record VisionGoalThread(String code, String title, List<InitiativeThread> initiatives) {
	}

	@GetMapping("/units/{unitId}/agreements")
	List<AgreementView> agreementsOfUnit(@PathVariable String unitId) {
		Organisation org = organisation.current();
		String centre = org.centreOfUnit(unitId)
			.orElseThrow(() -> new NotFound("Enheden '" + unitId + "' findes ikke.")).id();
		String director = org.directorOf(centre).map(Organisation.Director::person).orElse(null);
		List<String> groups = groups();
		boolean allowed = administers(groups) || groups.contains(OrganisationGroups.unitManagement(unitId))
				|| groups.contains(OrganisationGroups.centreManagement(centre))
				|| (director != null && groups.contains(OrganisationGroups.directorate(director)));
		if (!allowed) {
			throw new Forbidden("Du kan kun se aftaler for de enheder, du leder eller har ansvar for.");
		}
		return agreements.agreementsOf(org.municipalityId(), Party.UNIT, unitId).stream().map(this::view).toList();
	}

	@GetMapping("/years/{year}/thread")
	List<VisionGoalThread> thread(@PathVariable int year) {
		List<String> groups = groups();
		if (!administers(groups) && !groups.contains(OrganisationGroups.EXECUTIVE_BOARD)
				&& !groups.contains(OrganisationGroups.CORPORATE_MANAGEMENT)) {
			throw new Forbidden("Hele årets røde tråd kan ses af sekretariatet, Direktionen og Koncernledelsen.");
		}
		Organisation org = organisation.current();
		Map<Long, List<UnitGoal>> goalsByInitiative = new LinkedHashMap<>();
		for (Agreement agreement : agreements.agreementsOfYear(org.municipalityId(), Party.UNIT, year)) {
			String unitName = org.unit(agreement.partyId()).map(Organisation.Unit::name).orElse(agreement.partyId());
			for (Goal goal : agreement.goals()) {
				if (goal.initiativeId() != null) {
					goalsByInitiative.computeIfAbsent(goal.initiativeId(), i -> new ArrayList<>())
						.add(new UnitGoal(agreement.partyId(), unitName, goal.title(), goal.target(), agreement.status().name()));
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
					.initiatives().add(new InitiativeThread(owner, initiative.code(), initiative.title(),
							goalsByInitiative.getOrDefault(initiative.id(), List.of())));
			}
		}
		return thread.values().stream().sorted((a, b) -> a.code().compareTo(b.code())).toList();
	}

	private AgreementView view(Agreement agreement) {
		Map<Long, Evaluation> evaluations = agreements.evaluations(agreement.id());
		List<GoalView> goals = agreement.goals().stream().map(goal -> {
			Evaluation evaluation = evaluations.get(goal.id());
			String initiative = goal.initiativeId() == null ? null
					: strategy.initiative(goal.initiativeId()).map(Initiative::label).orElse(null);
			return new GoalView(goal.kind().name(), goal.title(), goal.indicator(), goal.target(), goal.resources(),
					goal.deadline(), goal.evaluationMethod(), initiative,
					evaluation == null ? null : evaluation.result().name(), evaluation == null ? null : evaluation.remark());
		}).toList();
		return new AgreementView(agreement.year(), agreement.partyId(), agreement.centreId(), agreement.status().name(),
				agreement.economicFrame(), agreement.draftedBy(), agreement.decidedBy(), agreement.approvedAt(),
				agreement.returnComment(), goals);
	}

	private List<String> groups() {
		Authentication user = identity.getCurrentAuthentication();
		return user == null || user.getGroupIds() == null ? List.of() : user.getGroupIds();
	}

	/** The secretariat and administrators see every unit; everyone else the units they lead or answer for. */
	private static boolean administers(List<String> groups) {
		return groups.contains(OrganisationGroups.SECRETARIAT) || groups.contains(OrganisationGroups.ADMINISTRATORS);
	}

	record Problem(String message) {
	}

	@ExceptionHandler(Forbidden.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	Problem forbidden(Forbidden e) {
		return new Problem(e.getMessage());
	}

	@ExceptionHandler(NotFound.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	Problem notFound(NotFound e) {
		return new Problem(e.getMessage());
	}

	static class Forbidden extends RuntimeException {
		Forbidden(String message) {
			super(message);
		}
	}

	static class NotFound extends RuntimeException {
		NotFound(String message) {
			super(message);
		}
	}
}
