package dk.aarshjul.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import dk.aarshjul.test.PostgresApplicationIT;

/** The webapps load the project's own styles, not Camunda's empty ones: the migration banner is hidden in each. */
class WebappStylesIT extends PostgresApplicationIT {

	@Autowired
	TestRestTemplate rest;

	@Test
	void everyWebappHidesTheMigrationBanner() {
		for (String app : new String[] { "tasklist", "cockpit", "admin", "welcome" }) {
			ResponseEntity<String> styles = rest.getForEntity("/camunda/app/" + app + "/styles/user-styles.css", String.class);
			assertThat(styles.getStatusCode()).as(app).isEqualTo(HttpStatus.OK);
			assertThat(styles.getBody()).as(app).contains(".ce-eol-banner").contains("display: none");
		}
	}
}
