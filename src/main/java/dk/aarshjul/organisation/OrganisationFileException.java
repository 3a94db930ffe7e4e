package dk.aarshjul.organisation;

import java.util.List;

/** An organisation file that cannot be used, with every problem found and the line it is on. */
public class OrganisationFileException extends RuntimeException {

	private final List<String> problems;

	public OrganisationFileException(String source, List<String> problems) {
		super("The organisation file " + source + " cannot be used (" + problems.size() + " problem(s)):\n  "
				+ String.join("\n  ", problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return problems;
	}
}
