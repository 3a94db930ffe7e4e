package dk.aarshjul.cycle;

/**
 * The process API of "Enhedens år" (bpmn/unit-year.bpmn): one instance per unit and year, called from "Årets gang"
 * when Q1 begins. The unit's agreement ("Decentral aftale"), then its follow-ups on the dates of Q2 and Q3; a
 * follow-up whose date has passed when the agreement is approved comes at once. An agreement not approved by the end
 * of the year ends the unit's year without one. Business key: {@code <year>:<unit>}.
 */
public final class UnitYearProcess {

	public static final String KEY = "unit-year";

	public static final String START_EVENT = "StartEvent_UnitYearStarted";
	public static final String CALL_AGREEMENT = "CallActivity_UnitAgreement";
	public static final String TIMER_YEAR_ENDED = "Timer_YearEndedWithoutAgreement";
	public static final String END_WITHOUT_AGREEMENT = "EndEvent_YearEndedWithoutAgreement";
	public static final String TIMER_Q2_START = "Timer_Q2Start";
	public static final String CALL_Q2_FOLLOW_UP = "CallActivity_Q2FollowUp";
	public static final String TIMER_Q3_START = "Timer_Q3Start";
	public static final String CALL_Q3_FOLLOW_UP = "CallActivity_Q3FollowUp";
	public static final String END_EVENT = "EndEvent_UnitYearCompleted";

	private UnitYearProcess() {
	}
}
