package dk.aarshjul.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import dk.aarshjul.test.PostgresApplicationIT;

/** The running application serves the project's Danish locale and configuration of each webapp, not Camunda's. */
class WebappTranslationIT extends PostgresApplicationIT {

	@Autowired
	TestRestTemplate rest;

	@Test
	void everyWebappIsServedInDanish() {
		for (String app : new String[] { "tasklist", "cockpit", "admin", "welcome" }) {
			ResponseEntity<byte[]> locale = rest.getForEntity("/camunda/app/" + app + "/locales/da.json", byte[].class);
			assertThat(locale.getStatusCode()).as(app).isEqualTo(HttpStatus.OK);
			assertThat(new String(locale.getBody(), StandardCharsets.UTF_8)).as(app).contains("\"SIGN_OUT_ACTION\": \"Log ud\"");

			ResponseEntity<byte[]> config = rest.getForEntity("/camunda/app/" + app + "/scripts/config.js", byte[].class);
			assertThat(config.getStatusCode()).as(app).isEqualTo(HttpStatus.OK);
			assertThat(new String(config.getBody(), StandardCharsets.UTF_8)).as(app)
				.contains("availableLocales: ['da']", "fallbackLocale: 'da'", "normal: 'DD.MM.YYYY HH:mm'", "vendor: 'Årshjul'");
		}
	}

	@Test
	void tasklistServesItsOwnScripts() {
		for (String script : new String[] { "task-steps", "tasklist", "auto-claim", "completion", "server-draft", "form-messages" }) {
			ResponseEntity<String> file = rest.getForEntity("/camunda/app/tasklist/scripts/aarshjul/" + script + ".js", String.class);
			assertThat(file.getStatusCode()).as(script).isEqualTo(HttpStatus.OK);
		}
		ResponseEntity<byte[]> claim = rest.getForEntity("/camunda/app/tasklist/scripts/aarshjul/auto-claim.js", byte[].class);
		assertThat(new String(claim.getBody(), StandardCharsets.UTF_8)).contains("/claim");
	}
}
