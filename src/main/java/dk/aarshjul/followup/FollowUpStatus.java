package dk.aarshjul.followup;

/** The status of a goal at a follow-up. Forms and reports always show the words, never the colour alone. */
public enum FollowUpStatus {

	GREEN("Grøn – på rette vej"), YELLOW("Gul – risiko for ikke at nå målet"), RED("Rød – målet nås ikke uden ændringer");

	private final String label;

	FollowUpStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
