package dk.aarshjul.agreement;

import java.util.Arrays;
import java.util.Optional;

/** What a goal of a unit agreement is about: 1–3 development goals, and goals for other very important areas. */
public enum GoalKind {

	DEVELOPMENT("Udviklingsmål"),
	LEGISLATION("Ny lovgivning"),
	PROFESSIONAL("Lokalt fagligt mål"),
	OTHER("Andet vigtigt område");

	private final String label;

	GoalKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	static Optional<GoalKind> otherArea(Object value) {
		return Arrays.stream(values()).filter(k -> k != DEVELOPMENT && k.name().equals(value)).findFirst();
	}
}
