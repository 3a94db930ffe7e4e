package dk.aarshjul.strategy;

/**
 * The process API of "Strategikort" (bpmn/strategy-map.bpmn): one instance per centre and for Koncernledelsen in
 * the fourth quarter, called from "Centrets år" and "Koncernledelsens år". In even years the owner writes a new map
 * for the two years that follow; in odd years it reviews the map in force. On the seminar's date (or as soon as the
 * map is ready, if later) Koncernledelsen approves the draft or sends it back with a comment.
 */
public final class StrategyMapProcess {

	public static final String KEY = "strategy-map";

	public static final String START_EVENT = "StartEvent_StrategyMapRequested";
	public static final String TASK_PREPARE = "Task_PrepareStrategyMap";
	public static final String TASK_WRITE = "Task_WriteStrategyMap";
	public static final String TASK_REVIEW = "Task_ReviewStrategyMap";
	/** C-MED's statement on a centre's draft, due the day before the seminar (see {@code med/MedStatementService}). */
	public static final String TASK_MED_STATEMENT = "Task_GiveMapStatement";
	public static final String TIMER_MED_STATEMENT_DUE = "Timer_MapStatementDue";
	public static final String TASK_RECORD_MISSING_MED_STATEMENT = "Task_RecordMissingMapStatement";
	/** H-MED informed of Koncernledelsen's draft, beside the way to the seminar; it ends by itself. */
	public static final String TASK_ACKNOWLEDGE_CORPORATE_MAP = "Task_AcknowledgeCorporateMap";
	public static final String TIMER_ACKNOWLEDGEMENT_DUE = "Timer_CorporateMapAcknowledgementDue";
	public static final String TASK_RECORD_NOT_ACKNOWLEDGED = "Task_RecordMapNotAcknowledged";
	public static final String END_MAIN_COUNCIL_INFORMED = "EndEvent_MainCouncilInformed";
	public static final String END_MAIN_COUNCIL_NOT_ACKNOWLEDGED = "EndEvent_MainCouncilNotAcknowledged";
	public static final String TIMER_SEMINAR = "Timer_StrategySeminar";
	public static final String TASK_DECIDE = "Task_DecideStrategyMap";
	public static final String END_EVENT = "EndEvent_StrategyMapApproved";

	/** Variables. Scope ({@code municipality}, {@code year}, {@code mapOwner}) comes from the calling cycle. */
	public static final class Var {
		/** A centre's id, or {@value Initiative#CORPORATE} for Koncernledelsen's map. */
		public static final String OWNER = "mapOwner";
		public static final String OWNER_NAME = "mapOwnerName";
		/** "NEW" or "REVIEW". */
		public static final String MODE = "mapMode";
		/** The years the map covers, e.g. "2027–2028". */
		public static final String PERIOD = "mapPeriod";
		/** The vision goals, as options for a new initiative. */
		public static final String VISION_GOAL_OPTIONS = "visionGoalOptions";
		/** Slots {@code newInitiative1..6}: title and vision goal of each initiative of a new map (or added at a review). */
		public static final String NEW_INITIATIVE = "newInitiative";
		/** Slots {@code mapInitiative1..6}: the initiatives of the map in force, reviewed one by one. */
		public static final String MAP_INITIATIVE = "mapInitiative";
		public static final String MAP_INITIATIVE_COUNT = "mapInitiativeCount";
		/** The submitted draft with its initiatives (Markdown), for the seminar's decision. */
		public static final String DRAFT_SUMMARY = "mapDraftSummary";
		/** Koncernledelsen's decision: "approve" or "return", with a comment when returned. */
		public static final String DECISION = "mapDecision";
		public static final String RETURN_COMMENT = "mapReturnComment";
		/** The decision for the gateway "Godkendt?" (Boolean). */
		public static final String APPROVED = "mapApproved";

		private Var() {
		}
	}

	public enum Mode {
		NEW, REVIEW
	}

	private StrategyMapProcess() {
	}
}
