package dk.aarshjul.med;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.aarshjul.agreement.AgreementService;
import dk.aarshjul.cycle.CalendarExpressions;
import dk.aarshjul.strategy.StrategyMapService;
import dk.aarshjul.system.EngineClock;
import dk.aarshjul.system.FormValues;
import dk.aarshjul.system.SubmissionRefusedException;
import dk.aarshjul.system.TextLimits;

/**
 * The works councils' statements on drafts: A-MED on its unit's agreement, C-MED on its centre's map and agreement,
 * H-MED informed of Koncernledelsen's map. A statement is due by the milestone the decision is due by, but a council
 * always has some days after a draft is shared with it: {@value #FIRST_WINDOW_DAYS} the first time (a draft
 * submitted late), {@value #RESHARED_WINDOW_DAYS} when the process shares a draft again after a send-back. When the
 * deadline passes without a statement, the statement is recorded as missing and the decision goes ahead.
 */
@Service
public class MedStatementService {

	/** Days a council has at least after a draft is first shared with it. */
	static final int FIRST_WINDOW_DAYS = 7;
	/** Days a council has at least after a draft is shared again (it has seen the draft before). */
	static final int RESHARED_WINDOW_DAYS = 3;

	static final String GIVEN = MedStatementOutcome.GIVEN.name();
	static final String NO_REMARKS = MedStatementOutcome.NO_REMARKS.name();

	private final MedStatementRepository statements;
	private final AgreementService agreements;
	private final StrategyMapService maps;

	MedStatementService(MedStatementRepository statements, AgreementService agreements, StrategyMapService maps) {
		this.statements = statements;
		this.agreements = agreements;
		this.maps = maps;
	}

	/**
	 * When the statement the process asks for now is due: the planned date, or the end of the working day a few
	 * days from now if that is later.
	 */
	public Date due(String processInstanceId, MedStatementPoint point, Date planned) {
		int window = statements.countOf(processInstanceId, point.council()) == 0 ? FIRST_WINDOW_DAYS : RESHARED_WINDOW_DAYS;
		Date earliest = CalendarExpressions.endOfWorkingDay(EngineClock.today().plusDays(window));
		return planned.after(earliest) ? planned : earliest;
	}

	/**
	 * Records what the council submitted, or refuses it with every problem: A-MED and C-MED choose a statement or
	 * "no remarks"; H-MED acknowledges, with remarks if it has any.
	 *
	 * @return what the decider reads of it
	 */
	@Transactional
	public String give(MedStatementPoint point, String municipalityId, int year, String councilOf, String processInstanceId,
			Object choice, Object text, String user) {
		String statement = FormValues.text(text);
		MedStatementOutcome outcome;
		String council = point.council().label();
		if (point.informsOnly()) {
			outcome = MedStatementOutcome.ACKNOWLEDGED;
			if (TextLimits.tooLong(statement, TextLimits.COMMENT)) {
				throw new SubmissionRefusedException("Orienteringen",
						List.of("Bemærkningerne er for lange (" + TextLimits.atMost(TextLimits.COMMENT) + ")."));
			}
		}
		else if (GIVEN.equals(choice)) {
			outcome = MedStatementOutcome.GIVEN;
			if (statement == null) {
				throw new SubmissionRefusedException("Udtalelsen",
						List.of("Skriv " + council + "'s udtalelse, eller vælg »Ingen bemærkninger«."));
			}
			if (TextLimits.tooLong(statement, TextLimits.TEXT)) {
				throw new SubmissionRefusedException("Udtalelsen",
						List.of("Udtalelsen er for lang (" + TextLimits.atMost(TextLimits.TEXT) + ")."));
			}
		}
		else if (NO_REMARKS.equals(choice)) {
			outcome = MedStatementOutcome.NO_REMARKS;
			statement = null;
		}
		else {
			throw new SubmissionRefusedException("Udtalelsen",
					List.of("Vælg, om " + council + " afgiver en udtalelse eller ikke har bemærkninger."));
		}
		OffsetDateTime now = EngineClock.now();
		statements.insert(municipalityId, year, point.subject(), subjectId(point, processInstanceId), point.council(),
				councilOf, outcome, statement, user, now, processInstanceId);
		return forDecider(point.council(), outcome, statement, now);
	}

	/**
	 * Records that the deadline passed without a statement.
	 *
	 * @return what the decider reads of it
	 */
	@Transactional
	public String missing(MedStatementPoint point, String municipalityId, int year, String councilOf, String processInstanceId) {
		OffsetDateTime now = EngineClock.now();
		statements.insert(municipalityId, year, point.subject(), subjectId(point, processInstanceId), point.council(),
				councilOf, MedStatementOutcome.MISSING, null, null, now, processInstanceId);
		return forDecider(point.council(), MedStatementOutcome.MISSING, null, now);
	}

	/** Every statement on an agreement or a map, in the order they were recorded. */
	public List<MedStatement> statementsOf(MedStatementPoint.Subject subject, long subjectId) {
		return statements.ofSubject(subject, subjectId);
	}

	/** Every statement a process asked for, in order. */
	public List<MedStatement> statementsOfProcess(String processInstanceId) {
		return statements.ofProcess(processInstanceId);
	}

	private long subjectId(MedStatementPoint point, String processInstanceId) {
		return switch (point.subject()) {
			case UNIT_AGREEMENT, CENTRE_AGREEMENT -> agreements.byProcess(processInstanceId).id();
			case STRATEGY_MAP -> maps.draftOf(processInstanceId).id();
		};
	}

	static String forDecider(MedCouncil council, MedStatementOutcome outcome, String statement, OffsetDateTime at) {
		String when = EngineClock.DANISH_DATE.format(at.atZoneSameInstant(EngineClock.DANISH_TIME));
		return switch (outcome) {
			case GIVEN -> "**" + council.label() + "'s udtalelse** (" + when + "):\n\n" + statement;
			case NO_REMARKS -> "**" + council.label() + "** har ingen bemærkninger til udkastet (" + when + ").";
			case MISSING -> "**" + council.label() + "** afgav ikke udtalelse inden fristen (" + when
					+ "); udkastet behandles uden.";
			case ACKNOWLEDGED -> "**" + council.label() + "** har taget orienteringen til efterretning (" + when + ")"
					+ (statement == null ? "." : ":\n\n" + statement);
		};
	}
}
