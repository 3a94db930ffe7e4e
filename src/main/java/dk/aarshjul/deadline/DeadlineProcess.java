package dk.aarshjul.deadline;

/**
 * The process APIs of "Frister og rykkere" (bpmn/deadline-watch.bpmn, one timer every morning for the whole
 * municipality) and "Opfølgning på forsinket opgave" (bpmn/overdue-follow-up.bpmn, one per escalated task).
 */
public final class DeadlineProcess {

	public static final String WATCH_KEY = "deadline-watch";
	public static final String WATCH_START = "StartEvent_EveryMorning";
	public static final String TASK_REMIND = "Task_RemindOverdueTasks";

	public static final String FOLLOW_UP_KEY = "overdue-follow-up";
	public static final String TASK_FOLLOW_UP = "Task_FollowUpOverdue";

	/** Variables of an overdue follow-up; its scope ({@code centre}, {@code unit}, {@code committee}) is the task's. */
	public static final class Var {
		public static final String TASK_ID = "overdueTaskId";
		public static final String TASK_NAME = "overdueTaskName";
		/** Where the task is, in words (the process and its business key). */
		public static final String TASK_CONTEXT = "overdueTaskContext";
		/** The task's due date, Danish format. */
		public static final String DUE = "overdueDue";
		/** Who should have done it: the task's candidate groups or assignee. */
		public static final String RESPONSIBLE = "overdueResponsible";
		/** What the level above did about it (submitted). */
		public static final String NOTE = "followUpNote";

		private Var() {
		}
	}

	private DeadlineProcess() {
	}
}
