package dk.aarshjul.med;

/** The works councils of the plan, from the top: each meets some weeks before the one above it. */
public enum MedCouncil {

	H_MED("H-MED", "Hoved-MED", "H-MED, møde %d"),
	C_MED("C-MED", "Center-MED (alle centre samme uge)", "C-MED i alle centre, møde %d"),
	A_MED("A-MED", "Foreslået uge for A-MED", "A-MED i enhederne, foreslået uge %d");

	private final String label;
	private final String title;
	private final String meeting;

	MedCouncil(String label, String title, String meeting) {
		this.label = label;
		this.title = title;
		this.meeting = meeting;
	}

	/** "C-MED i alle centre, møde 2". */
	public String meeting(int number) {
		return meeting.formatted(number);
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
