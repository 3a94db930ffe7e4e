package dk.aarshjul.agreement;

/**
 * The process API of "Decentral aftale" (bpmn/unit-agreement.bpmn): one instance per unit and year, called from
 * "Årets gang" in the first quarter.
 */
public final class UnitAgreementProcess {

	public static final String KEY = "unit-agreement";

	public static final String START_EVENT = "StartEvent_AgreementRequested";
	public static final String TASK_PREPARE = "Task_PrepareAgreement";
	public static final String TASK_EVALUATE_LAST_YEAR = "Task_EvaluateLastYear";
	public static final String TASK_CONFIRM_EVALUATION = "Task_ConfirmEvaluation";
	public static final String END_EVALUATION_CONFIRMED = "EndEvent_EvaluationConfirmed";
	public static final String TASK_DRAFT = "Task_DraftAgreement";
	/** A-MED's statement on the submitted draft, due by {@code UNIT_AGREEMENTS_DUE} (see {@code med/MedStatementService}). */
	public static final String TASK_MED_STATEMENT = "Task_GiveMedStatement";
	public static final String TIMER_MED_STATEMENT_DUE = "Timer_MedStatementDue";
	public static final String TASK_RECORD_MISSING_MED_STATEMENT = "Task_RecordMissingMedStatement";
	/** The approval waits here until the centre chief has confirmed last year's evaluation (if there is one). */
	public static final String EVENT_EVALUATION_CONFIRMED = "Event_EvaluationConfirmed";
	public static final String TASK_APPROVE = "Task_ApproveAgreement";
	public static final String END_EVENT = "EndEvent_AgreementSigned";

	/** Variables. Scope ({@code municipality}, {@code year}, {@code unit}) comes from the calling cycle. */
	public static final class Var {
		public static final String UNIT_NAME = "unitName";
		public static final String CENTRE_NAME = "centreName";
		public static final String HAS_LAST_YEAR = "hasLastYear";
		/**
		 * Slots {@code lastYearGoal1..6}: last year's goals in order, for the evaluation form, submitted back with a
		 * result and remark for each.
		 */
		public static final String LAST_YEAR_GOAL = "lastYearGoal";
		/** How many of the slots hold a goal (the form hides the others). */
		public static final String LAST_YEAR_GOAL_COUNT = "lastYearGoalCount";
		/**
		 * Whether last year's evaluation still awaits the centre chief's confirmation (Boolean): true from the
		 * start when there is a last year, false once confirmed. Its change makes {@code Event_EvaluationConfirmed}
		 * look again; the event's condition itself reads our records ({@code LastYearsEvaluation}).
		 */
		public static final String EVALUATION_PENDING = "evaluationPending";
		/** The initiatives of the centre's strategy map in force, as options for the draft form. */
		public static final String INITIATIVE_OPTIONS = "initiativeOptions";
		/** Last year's goals, as options for a goal that continues one of them. */
		public static final String LAST_YEAR_GOAL_OPTIONS = "lastYearGoalOptions";
		/** In an amendment, the goals of the version in force, as options for a goal that amends one of them. */
		public static final String AMENDABLE_GOAL_OPTIONS = "amendableGoalOptions";
		public static final String ECONOMIC_FRAME = AgreementDraft.ECONOMIC_FRAME;
		/** Slots {@code developmentGoal1..3}. */
		public static final String DEVELOPMENT_GOAL = AgreementDraft.DEVELOPMENT_GOAL;
		/** Slots {@code otherGoal1..3}. */
		public static final String OTHER_GOAL = AgreementDraft.OTHER_GOAL;
		/** The submitted agreement as the centre chief reads it. */
		public static final String SUMMARY = "agreementSummary";
		/**
		 * The approved agreement a draft is read against, for the approval form's link to its PDF: the version an
		 * amendment changes, else the party's agreement of last year (null if there is none).
		 */
		public static final String PREVIOUS_AGREEMENT_ID = "previousAgreementId";
		/** The centre chief's decision: "approve" or "return". */
		public static final String DECISION = "approvalDecision";
		public static final String RETURN_COMMENT = "returnComment";
		public static final String APPROVED = "approved";

		private Var() {
		}
	}

	private UnitAgreementProcess() {
	}
}
