package dk.aarshjul.cycle;

/**
 * The process API of "Årets gang" (bpmn/annual-cycle.bpmn): its key, element ids and variables, so that code
 * and tests never repeat these strings.
 */
public final class AnnualCycleProcess {

	public static final String KEY = "annual-cycle";

	public static final String START_EVENT = "StartEvent_CycleRequested";
	public static final String TASK_PREPARE_YEAR = "Task_PrepareYear";
	public static final String TIMER_Q1_START = "Timer_Q1Start";
	public static final String CALL_UNIT_AGREEMENTS = "CallActivity_UnitAgreements";
	public static final String CALL_CENTRE_EVALUATIONS = "CallActivity_CentreEvaluations";
	public static final String TASK_SUMMARISE_EVALUATIONS = "Task_SummariseEvaluations";
	public static final String TASK_COMPILE_SUMMARY = "Task_CompileEvaluationSummary";
	public static final String TASK_REGISTER_PRESENTATION = "Task_RegisterCouncilPresentation";
	public static final String END_EVENT = "EndEvent_CycleCompleted";

	public static final String START_FORM = "annual-cycle-start";
	public static final String PREPARE_YEAR_FORM = "prepare-year";

	/** Variables. */
	public static final class Var {
		/** The year the cycle governs (Integer); also the process instance's business key. */
		public static final String YEAR = "year";
		/** The municipality the cycle belongs to (String). */
		public static final String MUNICIPALITY = "municipality";
		/** The secretariat's note on the preparation of the year (String, optional). */
		public static final String PREPARATION_NOTE = "preparationNote";
		/** The year's evaluations in figures, for the secretariat's summary (String). */
		public static final String EVALUATION_FIGURES = "evaluationFigures";
		/** The secretariat's summary of the evaluations, presented to Byrådet (String). */
		public static final String EVALUATION_SUMMARY = "evaluationSummary";
		/** The date Byrådet was presented with the summary ("yyyy-MM-dd"). */
		public static final String PRESENTED_ON = "presentedOn";
		public static final String COUNCIL_NOTE = "councilNote";

		private Var() {
		}
	}

	private AnnualCycleProcess() {
	}
}
