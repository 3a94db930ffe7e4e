package dk.aarshjul.budget;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code aarshjul.budget-system}: where budget milestones are delivered. Without a URL they go to the built-in
 * ledger (our own table); with one, they are POSTed there as JSON.
 *
 * @param url the budget system's endpoint for milestones, or empty for the built-in ledger
 * @param token a bearer token sent with each delivery, or empty
 * @param timeout how long a delivery may take before it counts as failed
 * @param retryCycle how often and how far apart a failed delivery is retried before it becomes an incident
 *        (ISO 8601 repetitions, e.g. R5/PT10M)
 */
@ConfigurationProperties("aarshjul.budget-system")
public record BudgetSystemProperties(URI url, String token, @DefaultValue("10s") Duration timeout,
		@DefaultValue("R5/PT10M") String retryCycle) {

	boolean external() {
		return url != null && !url.toString().isBlank();
	}
}
