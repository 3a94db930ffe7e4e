package dk.aarshjul.scope;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * What a process is about, read from its variables: the municipality and year of the cycle it belongs to, and,
 * where it has them, the party, centre, unit or committee. Every process the cycle calls carries these variables
 * under the same names, and task routing reads them.
 */
public final class Scope {

	/** The year the cycle governs (Integer); also the cycle's business key. */
	public static final String YEAR = "year";
	/** The municipality the cycle belongs to (String). */
	public static final String MUNICIPALITY = "municipality";
	/** Whom the process is about, where one task serves several parties: {@link Party#value()} (String). */
	public static final String PARTY_KIND = "partyKind";
	/** The centre the process is about, also for a unit's process (String). */
	public static final String CENTRE = "centre";
	/** The unit the process is about (String). */
	public static final String UNIT = "unit";
	/** The committee the process is about (String). */
	public static final String COMMITTEE = "committee";

	private Scope() {
	}

	public static int year(VariableScope variables) {
		return ((Number) variables.getVariable(YEAR)).intValue();
	}

	public static String municipality(VariableScope variables) {
		return (String) variables.getVariable(MUNICIPALITY);
	}

	public static Party party(VariableScope variables) {
		return Party.of((String) variables.getVariable(PARTY_KIND));
	}

	/** The centre, or null. */
	public static String centre(VariableScope variables) {
		return (String) variables.getVariable(CENTRE);
	}

	/** The unit, or null. */
	public static String unit(VariableScope variables) {
		return (String) variables.getVariable(UNIT);
	}

	/** The committee, or null. */
	public static String committee(VariableScope variables) {
		return (String) variables.getVariable(COMMITTEE);
	}
}
