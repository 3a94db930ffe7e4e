package dk.aarshjul.system;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dk.aarshjul.test.TestPostgres;

/**
 * {@link LongTextScenario} on a real PostgreSQL, through the REST API over HTTP with basic authentication, as
 * Tasklist and Cockpit call it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "camunda.bpm.job-execution.enabled=false")
@ActiveProfiles({ "postgres", "demo" })
@DirtiesContext
class LongTextIT extends LongTextScenario {

	private static final ObjectMapper JSON = new ObjectMapper();
	private static final String ADMIN = "demo";

	@Autowired
	TestRestTemplate rest;

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		TestPostgres.register(registry);
	}

	@Override
	Answer submitForm(String user, String taskId, String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		ResponseEntity<String> response = rest.withBasicAuth(user, "demo").exchange("/engine-rest/task/" + taskId + "/submit-form",
				HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
		String message = response.getBody() == null ? null : read(response.getBody()).path("message").asText(null);
		return new Answer(response.getStatusCode().value(), message);
	}

	@Override
	JsonNode restVariable(String processInstanceId, String name) {
		return get("/engine-rest/process-instance/" + processInstanceId + "/variables/" + name);
	}

	@Override
	JsonNode restHistoricVariable(String processInstanceId, String name) {
		JsonNode variables = get("/engine-rest/history/variable-instance?processInstanceId=" + processInstanceId
				+ "&variableName=" + name);
		return variables.get(0);
	}

	private JsonNode get(String path) {
		ResponseEntity<String> response = rest.withBasicAuth(ADMIN, "demo").getForEntity(path, String.class);
		if (!response.getStatusCode().is2xxSuccessful()) {
			throw new IllegalStateException(path + ": " + response.getStatusCode() + " " + response.getBody());
		}
		return read(response.getBody());
	}

	private static JsonNode read(String json) {
		try {
			return JSON.readTree(json);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(json, e);
		}
	}
}
