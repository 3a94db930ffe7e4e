package dk.aarshjul.agreement;

import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A submission that breaks the rules for agreements, with every problem in Danish. The task is not completed and
 * nothing is saved: the person corrects it and submits again. Tasklist and the REST API show the message.
 */
public class AgreementRefusedException extends BadUserRequestException {

	private final List<String> problems;

	public AgreementRefusedException(String what, List<String> problems) {
		super(what + " kan ikke gemmes: " + String.join(" ", problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return problems;
	}
}
