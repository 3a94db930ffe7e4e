package dk.aarshjul.scope;

import java.util.Arrays;

/**
 * Whom a process is about: a unit, a centre, or the municipality as a whole (Koncernledelsen's own strategy map).
 * Where one task serves several parties, its process carries the party in the variable {@link Scope#PARTY_KIND}
 * and the decision table "Ansvarsfordeling" routes by it.
 */
public enum Party {

	UNIT("enhed"), CENTRE("center"), CORPORATE("koncern");

	private final String value;

	Party(String value) {
		this.value = value;
	}

	/** The value in the process variable and the decision table. */
	public String value() {
		return value;
	}

	public static Party of(String value) {
		return Arrays.stream(values()).filter(p -> p.value.equals(value)).findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown party '" + value + "'"));
	}
}
