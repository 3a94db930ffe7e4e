package dk.aarshjul.budget;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import dk.aarshjul.cycle.Milestone;

/**
 * The process API of "Budgetforløbet" (bpmn/budget-track.bpmn), called from "Årets gang" beside the strategy track:
 * for each budget milestone a timer on its date and a task to register what took place; once registered, a parallel
 * gateway sends the milestone's delivery to the budget system off beside the track, to its own end, while the track
 * goes on to the next milestone. The track ends when every registration and every delivery has ended.
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

	/** The deliveries ("Meld … til budgetsystemet"), one per milestone, each named after its milestone. */
	public static final String TASK_SYNC_BUDGET_PROCESS_APPROVAL = "Task_SyncBudgetProcessApproval";
	public static final String TASK_SYNC_BUDGET_MEETING = "Task_SyncBudgetMeeting";
	public static final String TASK_SYNC_COMMITTEE_MEETING_1 = "Task_SyncCommitteeBudgetMeeting1";
	public static final String TASK_SYNC_COMMITTEE_MEETING_2 = "Task_SyncCommitteeBudgetMeeting2";
	public static final String TASK_SYNC_FIRST_READING = "Task_SyncFirstReading";
	public static final String TASK_SYNC_SECOND_READING = "Task_SyncSecondReading";
	public static final String TASK_SYNC_COMMITTEE_BRIEFING = "Task_SyncCommitteeBudgetBriefing";

	/** The delivery of each milestone, by milestone. */
	public static final Map<Milestone, String> SYNC_TASKS = Collections.unmodifiableMap(new EnumMap<>(Map.of(
			Milestone.BUDGET_PROCESS_APPROVAL, TASK_SYNC_BUDGET_PROCESS_APPROVAL,
			Milestone.BUDGET_MEETING, TASK_SYNC_BUDGET_MEETING,
			Milestone.COMMITTEE_BUDGET_MEETING_1, TASK_SYNC_COMMITTEE_MEETING_1,
			Milestone.COMMITTEE_BUDGET_MEETING_2, TASK_SYNC_COMMITTEE_MEETING_2,
			Milestone.FIRST_READING, TASK_SYNC_FIRST_READING,
			Milestone.SECOND_READING, TASK_SYNC_SECOND_READING,
			Milestone.COMMITTEE_BUDGET_BRIEFING, TASK_SYNC_COMMITTEE_BRIEFING)));

	/** The end of the registrations: every milestone registered (deliveries may still be under way). */
	public static final String END_EVENT = "EndEvent_BudgetMilestonesRegistered";

	/** The end of a delivery: {@code EndEvent_<milestone>Delivered}, e.g. {@code EndEvent_BudgetMeetingDelivered}. */
	public static String deliveredEndEvent(Milestone milestone) {
		return "EndEvent_" + SYNC_TASKS.get(milestone).substring("Task_Sync".length()) + "Delivered";
	}

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
