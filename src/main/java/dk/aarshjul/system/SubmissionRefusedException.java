package dk.aarshjul.system;

import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A form submission that breaks the governance model's rules (an agreement, an evaluation, a decision), with every
 * problem in Danish. The task is not completed and
 * nothing is saved: the person corrects it and submits again. Tasklist and the REST API show the message.
 */
public class SubmissionRefusedException extends BadUserRequestException {

	private final List<String> problems;

	public SubmissionRefusedException(String what, List<String> problems) {
		super(what + " kan ikke gemmes: " + String.join(" ", problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return problems;
	}
}
