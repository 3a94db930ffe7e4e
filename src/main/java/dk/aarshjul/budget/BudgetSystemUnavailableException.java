package dk.aarshjul.budget;

/** The budget system could not take a milestone now; the message says why, in Danish, for Cockpit's incident. */
public class BudgetSystemUnavailableException extends RuntimeException {

	public BudgetSystemUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}
}
