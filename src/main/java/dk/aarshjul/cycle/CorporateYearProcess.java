package dk.aarshjul.cycle;

/**
 * The process API of "Koncernledelsens år" (bpmn/corporate-year.bpmn): one instance per year, called from "Årets
 * gang" when Q1 begins. Koncernledelsen follows up on the initiatives of its own strategy map in Q2 and Q3 and writes
 * or reviews the map in Q4. Business key: {@code <year>:koncern}.
 */
public final class CorporateYearProcess {

	public static final String KEY = "corporate-year";

	public static final String START_EVENT = "StartEvent_CorporateYearStarted";
	public static final String TIMER_Q2_START = "Timer_Q2Start";
	public static final String CALL_Q2_FOLLOW_UP = "CallActivity_Q2FollowUp";
	public static final String TIMER_Q3_START = "Timer_Q3Start";
	public static final String CALL_Q3_FOLLOW_UP = "CallActivity_Q3FollowUp";
	public static final String TIMER_Q4_START = "Timer_Q4Start";
	public static final String CALL_STRATEGY_MAP = "CallActivity_StrategyMap";
	public static final String END_EVENT = "EndEvent_CorporateYearCompleted";

	private CorporateYearProcess() {
	}
}
