package dk.aarshjul.budget;

/**
 * The port to the municipality's budget system. A delivery either succeeds or throws
 * {@link BudgetSystemUnavailableException}; the caller retries later with the same message and key.
 */
public interface BudgetSystem {

	void deliver(BudgetMilestoneMessage message);

	/** Where milestones go, for logs and the delivery record: "indbygget" or the URL. */
	String describe();
}
