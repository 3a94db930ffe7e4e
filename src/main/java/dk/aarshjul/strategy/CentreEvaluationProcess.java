package dk.aarshjul.strategy;

/**
 * The process API of "Centrets evaluering" (bpmn/centre-evaluation.bpmn): one instance per centre, called from
 * "Årets gang" in the first quarter beside the units' agreements.
 */
public final class CentreEvaluationProcess {

	public static final String KEY = "centre-evaluation";

	public static final String START_EVENT = "StartEvent_CentreEvaluationRequested";
	public static final String TASK_PREPARE = "Task_PrepareCentreEvaluation";
	public static final String TASK_EVALUATE = "Task_EvaluateCentreYear";
	public static final String END_EVENT = "EndEvent_CentreEvaluated";

	/** Variables. Scope ({@code municipality}, {@code year}, {@code centre}) comes from the calling cycle. */
	public static final class Var {
		public static final String CENTRE_NAME = "centreName";
		/** Slots {@code initiative1..6}: last year's initiatives of the centre's map, each with result and remark. */
		public static final String INITIATIVE = "initiative";
		public static final String INITIATIVE_COUNT = "initiativeCount";
		public static final String EVALUATION = "centreEvaluation";
		public static final String WAY_FORWARD = "wayForward";

		private Var() {
		}
	}

	private CentreEvaluationProcess() {
	}
}
