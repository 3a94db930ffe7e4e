package dk.aarshjul.followup;

/**
 * The process API of "Dialog om mål" (bpmn/goal-dialogue.bpmn): started by a follow-up whose report flags goals
 * (red, or yellow in Q3 after yellow in Q2), one task per goal, in which the party records what it has agreed with
 * the level above to do about it. Its own process instance, so that neither the follow-up's caller nor anything
 * else in the year waits for it.
 */
public final class GoalDialogueProcess {

	public static final String KEY = "goal-dialogue";

	public static final String START_EVENT = "StartEvent_GoalDialogueRequested";
	public static final String TASK_AGREE = "Task_AgreeGoalAction";
	public static final String END_AGREED = "EndEvent_ActionsAgreed";

	/**
	 * Variables. Scope ({@code municipality}, {@code year}, {@code partyKind}, {@code unit} and {@code centre}) and
	 * {@code quarter} and {@code partyName} are the follow-up's.
	 */
	public static final class Var {
		/** The follow-up whose flagged goals are discussed (Long). */
		public static final String FOLLOW_UP = "followUp";
		/** Per task (the multi-instance's element): the dialogue's id (Long). */
		public static final String DIALOGUE = "goalDialogue";
		/** Task-local: the goal, its target, why it is discussed and what was reported (Markdown). */
		public static final String CONTEXT = "goalDialogueContext";
		/** Local to the task's execution: what is agreed, so that each task's submission stays its own. */
		public static final String AGREED_ACTION = "agreedAction";

		private Var() {
		}
	}

	private GoalDialogueProcess() {
	}
}
