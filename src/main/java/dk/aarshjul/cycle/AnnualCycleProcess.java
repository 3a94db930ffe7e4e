package dk.aarshjul.cycle;

/**
 * The process API of "Årets gang" (bpmn/annual-cycle.bpmn): its key, element ids and variables, so that code
 * and tests never repeat these strings.
 */
public final class AnnualCycleProcess {

	public static final String KEY = "annual-cycle";

	public static final String START_EVENT = "StartEvent_CycleRequested";
	public static final String TASK_PREPARE_YEAR = "Task_PrepareYear";
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

		private Var() {
		}
	}

	private AnnualCycleProcess() {
	}
}
