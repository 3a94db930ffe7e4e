package dk.aarshjul.cycle;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A yearly cycle that may not be started, with the reason in Danish for the person who tried. It is the engine's
 * "bad user request", so the start is rolled back and the REST API answers 400.
 */
public class CycleRefusedException extends BadUserRequestException {

	public CycleRefusedException(String message) {
		super(message);
	}
}
