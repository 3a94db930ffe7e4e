package dk.aarshjul.cycle;

/**
 * The process API of "Centrets år" (bpmn/centre-year.bpmn): one instance per centre and year, called from "Årets
 * gang" when Q1 begins. Three tracks on the centre's own dates: the LUS evaluation with the director; the follow-ups
 * of Q2 and Q3; in Q4 the strategy map, decided at the seminar, and then the centre agreement for next year, which
 * waits only for the centre's own map. Business key: {@code <year>:<centre>}.
 */
public final class CentreYearProcess {

	public static final String KEY = "centre-year";

	public static final String START_EVENT = "StartEvent_CentreYearStarted";
	public static final String CALL_EVALUATION = "CallActivity_CentreEvaluation";
	public static final String TIMER_Q2_START = "Timer_Q2Start";
	public static final String CALL_Q2_FOLLOW_UP = "CallActivity_Q2FollowUp";
	public static final String TIMER_Q3_START = "Timer_Q3Start";
	public static final String CALL_Q3_FOLLOW_UP = "CallActivity_Q3FollowUp";
	public static final String TIMER_Q4_START = "Timer_Q4Start";
	public static final String CALL_STRATEGY_MAP = "CallActivity_StrategyMap";
	public static final String CALL_CENTRE_AGREEMENT = "CallActivity_CentreAgreement";
	public static final String END_EVENT = "EndEvent_CentreYearCompleted";

	private CentreYearProcess() {
	}
}
