package dk.aarshjul.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import dk.aarshjul.AarshjulApplication;
import dk.aarshjul.test.WebappSession;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The database goes away while the application runs, and comes back. Meanwhile every API answers within seconds with
 * a Danish 503, liveness stays up and readiness goes down; afterwards the application answers again by itself. The
 * database password never reaches the log. A PostgreSQL of its own (not the suite's), stopped and started again on
 * the same port and data directory.
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseOutageIT {

	private static final String DANISH_503 = "{\"message\":\"Databasen svarer ikke lige nu. Prøv igen om lidt.\"}";
	private static final Duration FAST = Duration.ofSeconds(6);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void requestsFailFastInDanishWhileTheDatabaseIsGoneAndSucceedOnceItIsBack(CapturedOutput output) throws Exception {
		Path data = Files.createTempDirectory("aarshjul-outage-");
		int port = freePort();
		String secret = "db-" + UUID.randomUUID();
		EmbeddedPostgres postgres = start(data, port);
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE aarshjul");
		}
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(AarshjulApplication.class)
			.profiles("postgres", "demo")
			.properties(Map.of("DB_URL", "jdbc:postgresql://localhost:" + port + "/aarshjul", "DB_USER", "postgres",
					"DB_PASSWORD", secret))
			.run("--server.port=0", "--aarshjul.node.id=outage-test")) {
			String root = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
			WebappSession tasklist = WebappSession.login(root, "sekretariat", "demo");

			assertThat(get(root, "/engine-rest/task?maxResults=1", "sekretariat").statusCode()).isEqualTo(200);
			assertThat(get(root, "/api/me/mail-preference", "leder-borupgaard-skole").statusCode()).isEqualTo(200);
			assertThat(tasklist.get("/camunda/api/engine/engine/default/task/count").statusCode()).isEqualTo(200);
			assertThat(get(root, "/actuator/health/readiness", null).statusCode()).isEqualTo(200);

			postgres.close();

			assertDanish503(() -> get(root, "/engine-rest/task?maxResults=1", "sekretariat"), "/engine-rest (login)");
			assertDanish503(() -> get(root, "/api/me/mail-preference", "leder-borupgaard-skole"), "/api");
			// The web applications' session is still valid, so the engine itself meets the missing database.
			assertDanish503(() -> tasklist.get("/camunda/api/engine/engine/default/task/count"), "/camunda/api/engine");
			assertDanish503(() -> tasklist.postJson("/camunda/api/engine/engine/default/process-definition/key/annual-cycle/submit-form",
					"{\"variables\":{\"year\":{\"value\":2030,\"type\":\"Long\"}}}"), "/camunda/api/engine (start a cycle)");
			assertDanish503(() -> get(root, "/actuator/prometheus", "demo"), "/actuator/prometheus (login)");
			assertThat(get(root, "/actuator/health/liveness", null).statusCode()).as("alive: no restart needed").isEqualTo(200);
			assertThat(get(root, "/actuator/health/readiness", null).statusCode()).as("not ready").isEqualTo(503);

			postgres = start(data, port);
			long back = System.nanoTime();
			int status = 0;
			while (System.nanoTime() - back < Duration.ofSeconds(30).toNanos()
					&& (status = get(root, "/engine-rest/task?maxResults=1", "sekretariat").statusCode()) != 200) {
				Thread.sleep(250);
			}
			System.out.printf("DatabaseOutageIT: answering again %d ms after the database was back%n",
					Duration.ofNanos(System.nanoTime() - back).toMillis());
			assertThat(status).as("answers again by itself").isEqualTo(200);
			assertThat(get(root, "/api/me/mail-preference", "leder-borupgaard-skole").statusCode()).isEqualTo(200);
			assertThat(tasklist.get("/camunda/api/engine/engine/default/task/count").statusCode()).isEqualTo(200);
			assertThat(get(root, "/actuator/health/readiness", null).statusCode()).isEqualTo(200);
		}
		finally {
			postgres.close();
		}
		assertThat(output.getAll()).as("the database password is never logged").doesNotContain(secret);
	}

	private void assertDanish503(Request request, String what) throws Exception {
		long start = System.nanoTime();
		HttpResponse<String> response = request.send();
		Duration took = Duration.ofNanos(System.nanoTime() - start);
		System.out.printf("DatabaseOutageIT: %s answered %d in %d ms%n", what, response.statusCode(), took.toMillis());
		assertThat(response.statusCode()).as(what).isEqualTo(503);
		assertThat(response.body()).as(what).isEqualTo(DANISH_503);
		assertThat(response.headers().firstValue("Retry-After")).as(what).isPresent();
		assertThat(took).as(what + " fails fast").isLessThan(FAST);
	}

	private HttpResponse<String> get(String root, String path, String user) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root + path)).timeout(Duration.ofSeconds(40));
		if (user != null) {
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static EmbeddedPostgres start(Path data, int port) throws IOException {
		return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private interface Request {
		HttpResponse<String> send() throws Exception;
	}
}
