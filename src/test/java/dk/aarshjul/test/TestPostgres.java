package dk.aarshjul.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.test.context.DynamicPropertyRegistry;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL for the integration tests, started once per JVM from binaries on Maven Central (no Docker,
 * no installed server). Each test context gets a fresh database of its own.
 */
public final class TestPostgres {

	private static EmbeddedPostgres server;
	private static final AtomicInteger databases = new AtomicInteger();

	private TestPostgres() {
	}

	/** Creates a fresh database and returns its JDBC URL (user and password: postgres). */
	public static synchronized String newDatabase() {
		String name = "aarshjul_" + databases.incrementAndGet();
		try (Connection connection = server().getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot create test database " + name, e);
		}
		return server().getJdbcUrl("postgres", name);
	}

	/** Points the application at a fresh database, as the postgres profile's environment variables would. */
	public static void register(DynamicPropertyRegistry registry) {
		String url = newDatabase();
		properties(url).forEach((key, value) -> registry.add(key, () -> value));
	}

	public static Map<String, Object> properties(String url) {
		return Map.of("DB_URL", url, "DB_USER", "postgres", "DB_PASSWORD", "postgres");
	}

	private static EmbeddedPostgres server() {
		if (server == null) {
			try {
				server = EmbeddedPostgres.builder().start();
			}
			catch (IOException e) {
				throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					server.close();
				}
				catch (IOException ignored) {
					// the JVM is going away
				}
			}));
		}
		return server;
	}
}
