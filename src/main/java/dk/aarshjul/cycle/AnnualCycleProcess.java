package dk.aarshjul.cycle;

import dk.aarshjul.scope.Scope;

/**
 * The process API of "Årets gang" (bpmn/annual-cycle.bpmn): its key, element ids and variables, so that code
 * and tests never repeat these strings.
 */
public final class AnnualCycleProcess {

	public static final String KEY = "annual-cycle";

	public static final String START_EVENT = "StartEvent_CycleRequested";
	public static final String TASK_PREPARE_YEAR = "Task_PrepareYear";
	public static final String TASK_GENERATE_MED_PLAN = "Task_GenerateMedPlan";
	public static final String TASK_REVIEW_MED_PLAN = "Task_ReviewMedPlan";
	public static final String TASK_PUBLISH_YEAR_PLAN = "Task_PublishYearPlan";
	public static final String CALL_BUDGET_TRACK = "CallActivity_BudgetTrack";
	public static final String TIMER_Q1_START = "Timer_Q1Start";
	/** One "Enhedens år" per unit, one "Centrets år" per centre, and "Koncernledelsens år". */
	public static final String CALL_UNIT_YEARS = "CallActivity_UnitYears";
	public static final String CALL_CENTRE_YEARS = "CallActivity_CentreYears";
	public static final String CALL_CORPORATE_YEAR = "CallActivity_CorporateYear";
	/** Q1: when the LUS deadline has passed, the evaluations in figures; the summary and the vision discussions. */
	public static final String TIMER_LUS_DEADLINE = "Timer_LusDeadline";
	public static final String TASK_SUMMARISE_EVALUATIONS = "Task_SummariseEvaluations";
	public static final String TASK_COMPILE_SUMMARY = "Task_CompileEvaluationSummary";
	public static final String TASK_REGISTER_PRESENTATION = "Task_RegisterCouncilPresentation";
	public static final String TASK_DISCUSS_IN_COMMITTEE = "Task_DiscussInCommittee";
	public static final String TASK_DISCUSS_IN_COUNCIL = "Task_DiscussInCouncil";
	/** Q2: Koncernledelsen, with the follow-ups as they are on their due date. */
	public static final String TIMER_Q2_FOLLOW_UP_DUE = "Timer_Q2FollowUpDue";
	public static final String TASK_SUMMARISE_Q2 = "Task_SummariseQ2FollowUps";
	public static final String TASK_FOLLOW_UP_BENEFITS = "Task_FollowUpBenefits";
	/** Q3: Centerrådet, likewise. */
	public static final String TIMER_Q3_FOLLOW_UP_DUE = "Timer_Q3FollowUpDue";
	public static final String TASK_SUMMARISE_Q3 = "Task_SummariseQ3FollowUps";
	public static final String TASK_CENTRE_COUNCIL_FOLLOW_UP = "Task_CentreCouncilFollowUp";
	/** Q4: the seminar, with the maps as they are on its date; each map is decided in its own process. */
	public static final String TIMER_STRATEGY_SEMINAR = "Timer_StrategySeminar";
	public static final String TASK_SUMMARISE_STRATEGY_MAPS = "Task_SummariseStrategyMaps";
	public static final String TASK_STRATEGY_SEMINAR = "Task_StrategySeminar";
	public static final String END_UNIT_YEARS = "EndEvent_UnitYearsDone";
	public static final String END_CENTRE_YEARS = "EndEvent_CentreYearsDone";
	public static final String END_CORPORATE_YEAR = "EndEvent_CorporateYearDone";
	public static final String END_BUDGET_TRACK = "EndEvent_BudgetTrackDone";
	public static final String END_SUMMARY_PRESENTED = "EndEvent_SummaryPresented";
	public static final String END_SEMINAR_HELD = "EndEvent_SeminarHeld";

	public static final String START_FORM = "annual-cycle-start";
	public static final String PREPARE_YEAR_FORM = "prepare-year";

	/** Variables. */
	public static final class Var {
		/** The year the cycle governs (Integer); also the process instance's business key. */
		public static final String YEAR = Scope.YEAR;
		/** The municipality the cycle belongs to (String). */
		public static final String MUNICIPALITY = Scope.MUNICIPALITY;
		/** The secretariat's note on the preparation of the year (String, optional). */
		public static final String PREPARATION_NOTE = "preparationNote";
		/** The year's evaluations in figures and who is missing, for the secretariat's summary and the Q1 forums. */
		public static final String EVALUATION_FIGURES = "evaluationFigures";
		/** The secretariat's summary of the evaluations, presented to Byrådet (String). */
		public static final String EVALUATION_SUMMARY = "evaluationSummary";
		/** The date Byrådet was presented with the summary ("yyyy-MM-dd"). */
		public static final String PRESENTED_ON = "presentedOn";
		public static final String COUNCIL_NOTE = "councilNote";
		/** A forum task's input in the model: which forum meets ({@link ForumMeeting.Forum}). */
		public static final String FORUM = "forum";
		/** What a forum's secretary submits: the date (yyyy-MM-dd), the discussion, the decisions (optional). */
		public static final String HELD_ON = "heldOn";
		public static final String DISCUSSION = "discussion";
		public static final String DECISIONS = "decisions";
		/** The quarter's follow-ups in figures and the goals in red, for the forums (Markdown). */
		public static final String FOLLOW_UP_OVERVIEW = "followUpOverview";
		/** The strategy maps written or reviewed this year, for the seminar (Markdown). */
		public static final String STRATEGY_MAP_OVERVIEW = "strategyMapOverview";

		private Var() {
		}
	}

	private AnnualCycleProcess() {
	}
}
