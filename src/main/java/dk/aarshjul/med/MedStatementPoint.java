package dk.aarshjul.med;

import java.util.Arrays;
import java.util.Objects;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;

import dk.aarshjul.agreement.CentreAgreementProcess;
import dk.aarshjul.agreement.UnitAgreementProcess;
import dk.aarshjul.scope.Party;
import dk.aarshjul.scope.Scope;
import dk.aarshjul.strategy.StrategyMapProcess;

/**
 * Where a works council sees a draft: which process, for which party, about what, and which council. A process has
 * at most one point per party, so its statement task, its deadline and its "missing" step find their point from
 * the process alone.
 */
public enum MedStatementPoint {

	/** A-MED on its unit's draft agreement, before the centre chief approves it. */
	UNIT_AGREEMENT(UnitAgreementProcess.KEY, null, Subject.UNIT_AGREEMENT, MedCouncil.A_MED),
	/** C-MED on its centre's draft agreement, before Koncernledelsen approves it. */
	CENTRE_AGREEMENT(CentreAgreementProcess.KEY, null, Subject.CENTRE_AGREEMENT, MedCouncil.C_MED),
	/** C-MED on its centre's draft strategy map, before the seminar decides it. */
	CENTRE_MAP(StrategyMapProcess.KEY, Party.CENTRE, Subject.STRATEGY_MAP, MedCouncil.C_MED),
	/** H-MED informed of Koncernledelsen's draft map; it acknowledges, and nothing waits for it. */
	CORPORATE_MAP(StrategyMapProcess.KEY, Party.CORPORATE, Subject.STRATEGY_MAP, MedCouncil.H_MED);

	/** The variables of the statement forms and of the decision that follows. */
	public static final class Var {
		/** "GIVEN" or "NO_REMARKS" (A-MED and C-MED). */
		public static final String CHOICE = "medStatementChoice";
		/** A-MED's or C-MED's statement (a text a task is about: {@code TextLimits.TEXT}). */
		public static final String TEXT = "medStatementText";
		/** H-MED's remarks on what it was informed of, if any (a comment: {@code TextLimits.COMMENT}). */
		public static final String REMARKS = "medRemarks";
		/** What the decider reads of the statement (Markdown): given, no remarks, or missing. */
		public static final String FOR_DECIDER = "medStatement";

		private Var() {
		}
	}

	/** What the council gives its statement on. */
	public enum Subject {
		UNIT_AGREEMENT, CENTRE_AGREEMENT, STRATEGY_MAP
	}

	private final String processKey;
	private final Party party;
	private final Subject subject;
	private final MedCouncil council;

	MedStatementPoint(String processKey, Party party, Subject subject, MedCouncil council) {
		this.processKey = processKey;
		this.party = party;
		this.subject = subject;
		this.council = council;
	}

	public Subject subject() {
		return subject;
	}

	public MedCouncil council() {
		return council;
	}

	/** H-MED is informed: it acknowledges, and the decision neither waits for it nor shows it. */
	public boolean informsOnly() {
		return council == MedCouncil.H_MED;
	}

	/** The unit (A-MED) or centre (C-MED) whose council it is; null for H-MED. */
	public String councilOf(DelegateExecution execution) {
		return switch (council) {
			case A_MED -> Scope.unit(execution);
			case C_MED -> Scope.centre(execution);
			case H_MED -> null;
		};
	}

	public static MedStatementPoint of(DelegateExecution execution) {
		String processKey = ((ExecutionEntity) execution).getProcessDefinition().getKey();
		Object partyKind = execution.getVariable(Scope.PARTY_KIND);
		return Arrays.stream(values())
			.filter(p -> p.processKey.equals(processKey) && (p.party == null || Objects.equals(p.party.value(), partyKind)))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No works council sees a draft in process '" + processKey
					+ "' for party '" + partyKind + "'"));
	}
}
