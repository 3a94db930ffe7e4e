package dk.aarshjul.agreement;

/**
 * The process API of "Centeraftale" (bpmn/centre-agreement.bpmn): one instance per centre in the fourth quarter,
 * called from "Årets gang" after the seminar. It shares its form variables and completion listeners with
 * "Decentral aftale" ({@link UnitAgreementProcess.Var}); only the parties differ.
 */
public final class CentreAgreementProcess {

	public static final String KEY = "centre-agreement";

	public static final String START_EVENT = "StartEvent_CentreAgreementRequested";
	public static final String TASK_PREPARE = "Task_PrepareCentreAgreement";
	public static final String TASK_DRAFT = "Task_DraftCentreAgreement";
	/** C-MED's statement on the submitted draft, due by {@code CENTRE_AGREEMENTS_DUE} (see {@code med/MedStatementService}). */
	public static final String TASK_MED_STATEMENT = "Task_GiveCentreMedStatement";
	public static final String TIMER_MED_STATEMENT_DUE = "Timer_CentreMedStatementDue";
	public static final String TASK_RECORD_MISSING_MED_STATEMENT = "Task_RecordMissingCentreMedStatement";
	public static final String TASK_APPROVE = "Task_ApproveCentreAgreement";
	public static final String END_EVENT = "EndEvent_CentreAgreementSigned";

	/** Variables. Scope ({@code municipality}, {@code year} of the cycle, {@code centre}) comes from the cycle. */
	public static final class Var {
		/** The year the agreement is for: the year after the cycle's (Integer). */
		public static final String AGREEMENT_YEAR = "agreementYear";

		private Var() {
		}
	}

	private CentreAgreementProcess() {
	}
}
