package dk.aarshjul.followup;

/**
 * The process API of "Opfølgning" (bpmn/follow-up.bpmn): one instance per unit and per centre in the second and the
 * third quarter, called from "Årets gang". The party reports a status on each of its goals; the level above
 * acknowledges the report (a unit's: the centre chief; a centre's: its director; Koncernledelsen's own follow-up has
 * no level above). A goal in red, or in yellow in Q3 after yellow in Q2, opens a dialogue about it in its own process
 * ({@link GoalDialogueProcess}), which nothing waits for.
 */
public final class FollowUpProcess {

	public static final String KEY = "follow-up";

	public static final String START_EVENT = "StartEvent_FollowUpRequested";
	public static final String TASK_PREPARE = "Task_PrepareFollowUp";
	public static final String TASK_REPORT = "Task_ReportFollowUp";
	public static final String GATEWAY_DIALOGUE = "Gateway_GoalsNeedDialogue";
	public static final String EVENT_DIALOGUES_REQUESTED = "Event_GoalDialoguesRequested";
	public static final String GATEWAY_LEVEL_ABOVE = "Gateway_LevelAbove";
	public static final String TASK_ACKNOWLEDGE = "Task_AcknowledgeFollowUp";
	public static final String END_ACKNOWLEDGED = "EndEvent_FollowUpAcknowledged";
	/** Koncernledelsen's follow-up: reported, with no level above to acknowledge it. */
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
		/** The report as recorded, for the level above to read (Markdown). */
		public static final String REPORT = "followUpReport";
		/** How many goals the report flags for a dialogue (Integer). */
		public static final String DIALOGUE_COUNT = "goalDialogueCount";
		/** The acknowledgement's comment: an input of its task, so it stays local to it. */
		public static final String ACKNOWLEDGEMENT = "acknowledgementComment";

		private Var() {
		}
	}

	private FollowUpProcess() {
	}
}
