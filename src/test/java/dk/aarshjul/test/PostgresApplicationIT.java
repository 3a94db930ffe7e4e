package dk.aarshjul.test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a real PostgreSQL (a fresh database for each test class), as the postgres and demo
 * profiles run it, on a random port, with the job executor off so that tests drive jobs themselves.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "camunda.bpm.job-execution.enabled=false")
@ActiveProfiles({ "postgres", "demo" })
@DirtiesContext
public abstract class PostgresApplicationIT {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		TestPostgres.register(registry);
	}
}
