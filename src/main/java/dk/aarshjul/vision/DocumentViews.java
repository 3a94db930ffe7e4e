package dk.aarshjul.vision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.stereotype.Component;

import dk.aarshjul.agreement.Agreement;
import dk.aarshjul.profile.UnitProfile;
import dk.aarshjul.strategy.Initiative;
import dk.aarshjul.strategy.StrategyRepository;
import dk.aarshjul.strategy.StrategyRepository.StrategyMap;
import dk.aarshjul.system.EngineClock;
import dk.aarshjul.system.FormValues;

/**
 * How the pages show an agreement, a strategy map and a unit's profile: Danish dates and amounts, and the address of
 * each document's PDF ({@code /api/documents/…}).
 */
@Component
public class DocumentViews {

	static final String AGREEMENT_PDF = "/api/documents/agreements/%d.pdf";
	static final String MAP_PDF = "/api/documents/strategy-maps/%d.pdf";
	static final String EVALUATIONS_PDF = "/api/documents/evaluations/%d.pdf";

	private final StrategyRepository strategy;

	DocumentViews(StrategyRepository strategy) {
		this.strategy = strategy;
	}

	public record GoalView(String kind, String kindLabel, String title, String indicator, String target,
			LocalDate deadline, String deadlineText, String initiative) {
	}

	/**
	 * @param status APPROVED (in force), SUPERSEDED and, on a unit's own page for its readers, the statuses of a
	 *        version not (yet) approved
	 */
	public record AgreementView(long id, int year, int version, String status, String economicFrameText,
			String approvedText, List<GoalView> goals, String pdf) {
	}

	public record InitiativeView(String code, String title, String visionGoalCode, String visionGoalTitle) {
	}

	public record MapView(long id, String owner, int firstYear, int lastYear, int version, List<InitiativeView> initiatives,
			String pdf) {
	}

	public record ProfileView(int version, String about, String offer, String emphasis, String contact,
			String approvedText) {
	}

	public AgreementView agreement(Agreement agreement) {
		List<GoalView> goals = agreement.goals().stream().map(goal -> new GoalView(goal.kind().name(), goal.kind().label(),
				goal.title(), goal.indicator(), goal.target(), goal.deadline(),
				goal.deadline() == null ? null : EngineClock.DANISH_DATE.format(goal.deadline()),
				goal.initiativeId() == null ? null : strategy.initiative(goal.initiativeId()).map(Initiative::label).orElse(null)))
			.toList();
		return new AgreementView(agreement.id(), agreement.year(), agreement.version(), agreement.status().name(),
				kroner(agreement.economicFrame()), day(agreement.approvedAt()), goals, AGREEMENT_PDF.formatted(agreement.id()));
	}

	public MapView map(StrategyMap map) {
		List<InitiativeView> initiatives = strategy.initiativesOfMap(map.id()).stream()
			.map(i -> new InitiativeView(i.code(), i.title(), i.visionGoalCode(), i.visionGoalTitle())).toList();
		return new MapView(map.id(), map.owner(), map.firstYear(), map.lastYear(), map.version(), initiatives,
				MAP_PDF.formatted(map.id()));
	}

	public ProfileView profile(UnitProfile profile) {
		return new ProfileView(profile.version(), profile.about(), profile.offer(), profile.emphasis(), profile.contact(),
				day(profile.decidedAt()));
	}

	/** 12.500.000 kr. */
	static String kroner(BigDecimal amount) {
		return amount == null ? null : FormValues.kroner(amount) + " kr.";
	}

	private static String day(OffsetDateTime moment) {
		return moment == null ? null
				: EngineClock.DANISH_DATE.format(moment.atZoneSameInstant(EngineClock.DANISH_TIME).toLocalDate());
	}
}
