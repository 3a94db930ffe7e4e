package dk.aarshjul.profile;

/**
 * The process API of "Enhedsprofil" (bpmn/unit-profile.bpmn): started from Tasklist by a unit's leader; the leader
 * writes the profile, the centre chief approves it or sends it back.
 */
public final class UnitProfileProcess {

	public static final String KEY = "unit-profile";

	public static final String START_EVENT = "StartEvent_ProfileRequested";
	public static final String TASK_REGISTER = "Task_RegisterProfileRequest";
	public static final String TASK_WRITE = "Task_WriteUnitProfile";
	public static final String TASK_APPROVE = "Task_ApproveUnitProfile";
	public static final String GATEWAY_APPROVED = "Gateway_ProfileApproved";
	public static final String END_PUBLISHED = "EndEvent_ProfilePublished";

	/** Variables; the form fields are named as the variables. */
	public static final class Var {
		/** Start form: the unit's name or id (a leader of one unit may leave it empty). */
		public static final String UNIT_GIVEN = "profileUnit";
		/** The unit's name, as the forms show it. */
		public static final String UNIT_NAME = "unitName";
		public static final String ABOUT = "profileAbout";
		public static final String OFFER = "profileOffer";
		public static final String EMPHASIS = "profileEmphasis";
		public static final String CONTACT = "profileContact";
		/** The submitted profile as the chief reads it (Markdown). */
		public static final String SUMMARY = "profileSummary";
		/** The chief's decision: "approve" or "return". */
		public static final String DECISION = "profileDecision";
		public static final String RETURN_COMMENT = "profileReturnComment";
		/** Whether the chief approved it, for the gateway "Godkendt?". */
		public static final String APPROVED = "profileApproved";

		private Var() {
		}
	}

	private UnitProfileProcess() {
	}
}
