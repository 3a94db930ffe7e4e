package dk.aarshjul.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dk.aarshjul.organisation.Organisation;
import dk.aarshjul.organisation.ReadScope;
import dk.aarshjul.organisation.OrganisationService;
import dk.aarshjul.scope.Party;
import dk.aarshjul.strategy.Initiative;
import dk.aarshjul.strategy.StrategyRepository;
import dk.aarshjul.system.ApiAccess;
import dk.aarshjul.system.ApiAccess.Forbidden;
import dk.aarshjul.system.ApiAccess.NotFound;

/**
 * Agreements across the years, read-only: a unit's, read by its leader, its centre chief and director, and the
 * secretariat; a centre's, read by its chief and director, Koncernledelsen and the secretariat. Callers
 * authenticate as for the engine's REST API.
 */
@RestController
@RequestMapping("/api")
class AgreementController {

	private final AgreementService agreements;
	private final StrategyRepository strategy;
	private final OrganisationService organisation;
	private final ApiAccess access;

	AgreementController(AgreementService agreements, StrategyRepository strategy, OrganisationService organisation,
			ApiAccess access) {
		this.agreements = agreements;
		this.strategy = strategy;
		this.organisation = organisation;
		this.access = access;
	}

	/** A goal; {@code carriedOverFrom} and {@code amends} are the ids of the goals it continues or amends. */
	record GoalView(long id, String kind, String title, String indicator, String target, String resources,
			LocalDate deadline, String evaluationMethod, String initiative, Long carriedOverFrom, Long amends,
			String evaluation, String evaluationRemark) {
	}

	/** One version of an agreement; the versions of a year come in order, the one in force has status APPROVED. */
	record AgreementView(int year, int version, String party, String centre, String status, BigDecimal economicFrame,
			String draftedBy, String decidedBy, OffsetDateTime approvedAt, OffsetDateTime supersededAt,
			String returnComment, List<GoalView> goals) {
	}

	@GetMapping("/units/{unitId}/agreements")
	List<AgreementView> agreementsOfUnit(@PathVariable String unitId) {
		Organisation org = organisation.current();
		if (org.centreOfUnit(unitId).isEmpty()) {
			throw new NotFound("Enheden '" + unitId + "' findes ikke.");
		}
		if (!ReadScope.of(access.groups(), org).unit(unitId)) {
			throw new Forbidden("Du kan kun se aftaler for de enheder, du leder eller har ansvar for.");
		}
		return agreements.agreementsOf(org.municipalityId(), Party.UNIT, unitId).stream().map(this::view).toList();
	}

	@GetMapping("/centres/{centreId}/agreements")
	List<AgreementView> agreementsOfCentre(@PathVariable String centreId) {
		Organisation org = organisation.current();
		if (org.centre(centreId).isEmpty()) {
			throw new NotFound("Centret '" + centreId + "' findes ikke.");
		}
		if (!ReadScope.of(access.groups(), org).centre(centreId)) {
			throw new Forbidden("Centeraftaler kan ses af centrets ledelse, dets direktør, Koncernledelsen og sekretariatet.");
		}
		return agreements.agreementsOf(org.municipalityId(), Party.CENTRE, centreId).stream().map(this::view).toList();
	}

	private AgreementView view(Agreement agreement) {
		Map<Long, Evaluation> evaluations = agreements.evaluations(agreement.id());
		List<GoalView> goals = agreement.goals().stream().map(goal -> {
			Evaluation evaluation = evaluations.get(goal.id());
			String initiative = goal.initiativeId() == null ? null
					: strategy.initiative(goal.initiativeId()).map(Initiative::label).orElse(null);
			return new GoalView(goal.id(), goal.kind().name(), goal.title(), goal.indicator(), goal.target(),
					goal.resources(), goal.deadline(), goal.evaluationMethod(), initiative, goal.carriedOverFrom(),
					goal.amendsGoal(),
					evaluation == null ? null : evaluation.result().name(), evaluation == null ? null : evaluation.remark());
		}).toList();
		return new AgreementView(agreement.year(), agreement.version(), agreement.partyId(), agreement.centreId(),
				agreement.status().name(), agreement.economicFrame(), agreement.draftedBy(), agreement.decidedBy(),
				agreement.approvedAt(), agreement.supersededAt(), agreement.returnComment(), goals);
	}
}
