package dk.aarshjul.budget;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An external budget system: each milestone is POSTed as JSON to the configured URL with the header
 * {@code Idempotency-Key}. A 2xx answer is a delivery; 409 (the system has the key already) counts as one too.
 * Anything else, or no answer, is {@link BudgetSystemUnavailableException}.
 */
class HttpBudgetSystem implements BudgetSystem {

	static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	private final URI url;
	private final String token;
	private final Duration timeout;
	private final ObjectMapper json;
	private final HttpClient client;

	HttpBudgetSystem(BudgetSystemProperties properties, ObjectMapper json) {
		this.url = properties.url();
		this.token = properties.token();
		this.timeout = properties.timeout();
		this.json = json;
		this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
	}

	@Override
	public void deliver(BudgetMilestoneMessage message) {
		HttpRequest.Builder request = HttpRequest.newBuilder(url)
			.timeout(timeout)
			.header("Content-Type", "application/json")
			.header(IDEMPOTENCY_KEY, message.idempotencyKey())
			.POST(HttpRequest.BodyPublishers.ofString(message.json(json)));
		if (token != null && !token.isBlank()) {
			request.header("Authorization", "Bearer " + token);
		}
		HttpResponse<String> response;
		try {
			response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (HttpTimeoutException e) {
			throw new BudgetSystemUnavailableException("Budgetsystemet (" + url + ") svarede ikke inden for " + timeout.toSeconds()
					+ " sekunder.", e);
		}
		catch (ConnectException e) {
			throw new BudgetSystemUnavailableException("Budgetsystemet (" + url + ") kan ikke nås: forbindelsen blev afvist.", e);
		}
		catch (IOException e) {
			throw new BudgetSystemUnavailableException("Budgetsystemet (" + url + ") kan ikke nås: "
					+ (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()) + ".", e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new BudgetSystemUnavailableException("Meldingen til budgetsystemet (" + url + ") blev afbrudt.", e);
		}
		int status = response.statusCode();
		if (status / 100 != 2 && status != 409) {
			String body = response.body() == null ? "" : response.body().strip();
			throw new BudgetSystemUnavailableException("Budgetsystemet (" + url + ") tog ikke imod »" + message.label()
					+ "«: HTTP " + status + (body.isEmpty() ? "" : ": " + abbreviate(body)), null);
		}
	}

	private static String abbreviate(String text) {
		return text.length() <= 300 ? text : text.substring(0, 300) + "…";
	}

	@Override
	public String describe() {
		return url.toString();
	}
}
