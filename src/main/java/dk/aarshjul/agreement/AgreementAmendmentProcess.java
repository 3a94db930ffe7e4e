package dk.aarshjul.agreement;

/**
 * The process API of "Ændrede forudsætninger" (bpmn/agreement-amendment.bpmn): started from Tasklist by a party to
 * an agreement in force (a unit's leader or centre chief; a centre's chief or director) when its premises change.
 */
public final class AgreementAmendmentProcess {

	public static final String KEY = "agreement-amendment";

	public static final String START_EVENT = "StartEvent_PremisesChanged";
	public static final String TASK_REGISTER = "Task_RegisterPremisesChange";
	public static final String TASK_OWNER_ANSWERS = "Task_OwnerAnswersPremisesChange";
	public static final String TASK_COUNTERPART_ANSWERS = "Task_CounterpartAnswersPremisesChange";
	public static final String TASK_PREPARE_AMENDMENT = "Task_PrepareAmendment";
	public static final String TASK_DRAFT_AMENDMENT = "Task_DraftAmendment";
	public static final String TASK_APPROVE_AMENDMENT = "Task_ApproveAmendment";
	public static final String TIMER_YEAR_END = "Timer_AmendmentYearEnded";
	public static final String TASK_LAPSE = "Task_LapseAmendment";
	public static final String END_STANDS = "EndEvent_AgreementStands";
	public static final String END_AMENDED = "EndEvent_AmendmentInForce";
	public static final String END_LAPSED = "EndEvent_AmendmentLapsed";

	/** Variables. The start form submits the first three; the scope ({@code unit}, {@code centre}) is found from them. */
	public static final class Var {
		/** The name of the unit or centre whose agreement it is (a leader of one unit may leave it empty). */
		public static final String PARTY_NAME = "agreementParty";
		/** ECONOMY, LEGISLATION, STAFF or OTHER. */
		public static final String REASON = "premisesReason";
		public static final String DESCRIPTION = "premisesDescription";
		/** The name of the unit or centre whose agreement it is, as found. */
		public static final String PARTY = "premisesParty";
		/** Whether the agreement's owner (the leader; a centre's chief) reported the change, so the other party answers. */
		public static final String BY_OWNER = "reportedByOwner";
		/** The change and the agreement in force (Markdown), then the version history, as the forms show it. */
		public static final String PREMISES_SUMMARY = "premisesSummary";
		/** The answer: "stands" or "amend". */
		public static final String DECISION = "premisesDecision";
		public static final String ANSWER = "premisesAnswer";
		public static final String AMEND = "amend";

		private Var() {
		}
	}

	private AgreementAmendmentProcess() {
	}
}
