package dk.aarshjul.organisation;

import java.util.Arrays;

/**
 * The levels of the chain of responsibility that a task can belong to, with the values the decision table
 * "Ansvarsfordeling" (bpmn/task-responsibility.dmn) gives them, and the scope each level needs to find its
 * group: nothing, a committee, a centre or a unit.
 */
public enum Level {

	SECRETARIAT("sekretariat", Scope.NONE),
	COUNCIL("byraadet", Scope.NONE),
	COMMITTEE("fagudvalg", Scope.COMMITTEE),
	FINANCE_COMMITTEE("oekonomiudvalget", Scope.NONE),
	EXECUTIVE_BOARD("direktionen", Scope.NONE),
	DIRECTOR("direktoer", Scope.CENTRE),
	CORPORATE_MANAGEMENT("koncernledelsen", Scope.NONE),
	CENTRE_COUNCIL("centerraadet", Scope.NONE),
	CENTRE("centerledelse", Scope.CENTRE),
	UNIT("enhedsledelse", Scope.UNIT),
	MAIN_WORKS_COUNCIL("h-med", Scope.NONE),
	CENTRE_WORKS_COUNCIL("c-med", Scope.CENTRE),
	UNIT_WORKS_COUNCIL("a-med", Scope.UNIT);

	public enum Scope {
		NONE, COMMITTEE, CENTRE, UNIT
	}

	private final String value;
	private final Scope scope;

	Level(String value, Scope scope) {
		this.value = value;
		this.scope = scope;
	}

	/** The value in the decision table and in the task's local variable {@code level}. */
	public String value() {
		return value;
	}

	public Scope scope() {
		return scope;
	}

	public static Level of(String value) {
		return Arrays.stream(values()).filter(l -> l.value.equals(value)).findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown level '" + value + "' (known: "
					+ Arrays.stream(values()).map(Level::value).toList() + ")"));
	}
}
