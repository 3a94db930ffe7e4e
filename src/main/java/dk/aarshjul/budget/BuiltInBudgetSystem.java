package dk.aarshjul.budget;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;

import dk.aarshjul.system.EngineClock;

/**
 * The budget system when the municipality has none connected: the milestones are kept in our table
 * {@code budget_ledger}, one row per key, as an external system would keep them, committed on their own.
 */
class BuiltInBudgetSystem implements BudgetSystem {

	private final JdbcClient jdbc;
	private final TransactionTemplate ownTransaction;
	private final ObjectMapper json;

	BuiltInBudgetSystem(JdbcClient jdbc, TransactionTemplate ownTransaction, ObjectMapper json) {
		this.jdbc = jdbc;
		this.ownTransaction = ownTransaction;
		this.json = json;
	}

	@Override
	public void deliver(BudgetMilestoneMessage message) {
		String payload = message.json(json);
		ownTransaction.executeWithoutResult(status -> {
			boolean known = jdbc.sql("SELECT COUNT(*) FROM budget_ledger WHERE idempotency_key = ?")
				.param(message.idempotencyKey()).query(Integer.class).single() > 0;
			if (!known) {
				jdbc.sql("INSERT INTO budget_ledger (idempotency_key, payload, received_at) VALUES (?, ?, ?)")
					.params(message.idempotencyKey(), payload, EngineClock.now()).update();
			}
		});
	}

	@Override
	public String describe() {
		return "indbygget";
	}
}
