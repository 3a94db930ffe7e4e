package dk.aarshjul.strategy;

/** How a goal of last year's agreement went, as the centre chief and the unit leader judge it at the LUS. */
public enum EvaluationResult {
	ACHIEVED("Opfyldt"), PARTLY("Delvist opfyldt"), NOT_ACHIEVED("Ikke opfyldt");

	private final String label;

	EvaluationResult(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
