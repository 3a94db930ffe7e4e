package dk.aarshjul.followup;

/** Why a goal is discussed after a follow-up. */
public enum DialogueReason {

	RED("Målet er meldt rødt"), YELLOW_TWICE("Målet er meldt gult i både 2. og 3. kvartal");

	private final String label;

	DialogueReason(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
