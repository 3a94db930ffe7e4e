package dk.aarshjul.strategy;

/** An initiative of a strategy map, with the vision goal it serves. */
public record Initiative(long id, String owner, int firstYear, int lastYear, String code, String title,
		String visionGoalCode, String visionGoalTitle) {

	/** The owner of Koncernledelsen's cross-cutting map; every other map is owned by a centre (its id). */
	public static final String CORPORATE = "koncern";

	/** How the initiative is shown to a person choosing it. */
	public String label() {
		return code + ": " + title + " (" + visionGoalCode + ")";
	}
}
