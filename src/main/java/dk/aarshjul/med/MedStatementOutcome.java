package dk.aarshjul.med;

/** What came of showing a draft to a works council. */
public enum MedStatementOutcome {
	/** The council gave a statement (its text is recorded). */
	GIVEN,
	/** The council has no remarks. */
	NO_REMARKS,
	/** The deadline passed without a statement; the decision went ahead. */
	MISSING,
	/** H-MED took the information into account, with remarks or without. */
	ACKNOWLEDGED
}
