package dk.aarshjul.budget;

/**
 * The process API of "Budgetforløbet" (bpmn/budget-track.bpmn), called from "Årets gang" beside the strategy track:
 * for each budget milestone a timer on its date, a task to register what took place, and a delivery to the budget
 * system.
 */
public final class BudgetTrackProcess {

	public static final String KEY = "budget-track";

	public static final String TIMER_BUDGET_PROCESS_APPROVAL = "Timer_BudgetProcessApproval";
	public static final String TASK_APPROVE_BUDGET_PROCESS = "Task_ApproveBudgetProcess";
	public static final String GATEWAY_BUDGET_PROCESS_APPROVED = "Gateway_BudgetProcessApproved";
	public static final String TIMER_BUDGET_MEETING = "Timer_BudgetMeeting";
	public static final String TASK_REGISTER_BUDGET_MEETING = "Task_RegisterBudgetMeeting";
	public static final String TASK_REGISTER_COMMITTEE_MEETING_1 = "Task_RegisterCommitteeBudgetMeeting1";
	public static final String TASK_REGISTER_COMMITTEE_MEETING_2 = "Task_RegisterCommitteeBudgetMeeting2";
	public static final String TASK_REGISTER_FIRST_READING = "Task_RegisterFirstReading";
	public static final String TASK_REGISTER_SECOND_READING = "Task_RegisterSecondReading";
	public static final String TASK_BRIEF_COMMITTEE = "Task_BriefCommitteeOnBudget";
	public static final String TASK_SYNC_BUDGET_PROCESS_APPROVAL = "Task_SyncBudgetProcessApproval";
	public static final String END_EVENT = "EndEvent_BudgetAdopted";

	/** Variables. Scope ({@code municipality}, {@code year}) comes from the calling cycle. */
	public static final class Var {
		/** A task's or a delivery's input in the model: which milestone ({@link dk.aarshjul.cycle.Milestone}). */
		public static final String MILESTONE = "budgetMilestone";
		/** The approval task's input: the form asks whether the budget process is approved. */
		public static final String APPROVAL_ASKED = "approvalAsked";
		/** What the forum's secretary submits: the date (yyyy-MM-dd), the outcome, and on approval "ja"/"nej". */
		public static final String HELD_ON = "heldOn";
		public static final String OUTCOME = "outcome";
		public static final String APPROVED = "approved";
		/** Økonomiudvalget's decision, for the gateway after its task (Boolean). */
		public static final String BUDGET_PROCESS_APPROVED = "budgetProcessApproved";

		private Var() {
		}
	}

	private BudgetTrackProcess() {
	}
}
