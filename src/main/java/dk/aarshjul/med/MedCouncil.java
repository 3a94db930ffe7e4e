package dk.aarshjul.med;

/** The works councils of the plan, from the top: each meets some weeks before the one above it. */
public enum MedCouncil {

	H_MED("H-MED", "Hoved-MED"),
	C_MED("C-MED", "Center-MED (alle centre samme uge)"),
	A_MED("A-MED", "Foreslået uge for A-MED");

	private final String label;
	private final String title;

	MedCouncil(String label, String title) {
		this.label = label;
		this.title = title;
	}

	public String label() {
		return label;
	}

	public String title() {
		return title;
	}

	/** The form field with the council's weeks: {@code medWeeks_H_MED}. */
	public String formKey() {
		return "medWeeks_" + name();
	}
}
