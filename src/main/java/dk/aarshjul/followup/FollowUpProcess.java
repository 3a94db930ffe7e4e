package dk.aarshjul.followup;

/**
 * The process API of "Opfølgning" (bpmn/follow-up.bpmn): one instance per unit and per centre in the second and the
 * third quarter, called from "Årets gang". The party reports a status on each of its goals.
 */
public final class FollowUpProcess {

	public static final String KEY = "follow-up";

	public static final String START_EVENT = "StartEvent_FollowUpRequested";
	public static final String TASK_PREPARE = "Task_PrepareFollowUp";
	public static final String TASK_REPORT = "Task_ReportFollowUp";
	public static final String END_REPORTED = "EndEvent_FollowUpReported";
	public static final String END_NOTHING = "EndEvent_NothingToFollowUp";

	/**
	 * Variables. Scope ({@code municipality}, {@code year}, {@code unit} or {@code centre}, and {@code partyKind})
	 * comes from the calling cycle.
	 */
	public static final class Var {
		/** The quarter, 2 or 3 (Integer). */
		public static final String QUARTER = "quarter";
		public static final String PARTY_NAME = "partyName";
		/** Where the goals come from, for the form's heading. */
		public static final String SOURCE = "followUpSource";
		/** Slots {@code followUpItem1..}: each goal with its target; submitted back with a status and a comment. */
		public static final String ITEM = "followUpItem";
		public static final String ITEM_COUNT = "followUpItemCount";

		private Var() {
		}
	}

	private FollowUpProcess() {
	}
}
