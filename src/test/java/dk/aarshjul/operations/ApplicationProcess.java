package dk.aarshjul.operations;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dk.aarshjul.AarshjulApplication;

/**
 * The application as an operating system process of its own: {@code java -cp <the test's classpath>
 * dk.aarshjul.AarshjulApplication}, configured by environment variables as in production, its console written to a
 * file. It can be killed as a crash kills it (SIGKILL: no shutdown hook, no rollback by the application).
 */
final class ApplicationProcess implements AutoCloseable {

	private final Process process;
	private final int port;
	private final Path console;
	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private ApplicationProcess(Process process, int port, Path console) {
		this.process = process;
		this.port = port;
		this.console = console;
	}

	static ApplicationProcess start(Map<String, String> environment, Path console, String... arguments) throws IOException {
		int port = freePort();
		List<String> command = new ArrayList<>(List.of(
				Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx768m", "-XX:TieredStopAtLevel=1",
				"-cp", System.getProperty("java.class.path"),
				AarshjulApplication.class.getName(),
				"--server.port=" + port));
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(console.toFile()))
			.directory(new File(System.getProperty("java.io.tmpdir")));
		builder.environment().putAll(environment);
		return new ApplicationProcess(builder.start(), port, console);
	}

	String root() {
		return "http://localhost:" + port;
	}

	/** Waits until readiness answers 200 (database, engine and job executor up); false if it did not within the time. */
	boolean awaitReady(Duration within) throws InterruptedException {
		long deadline = System.nanoTime() + within.toNanos();
		while (System.nanoTime() < deadline && process.isAlive()) {
			try {
				HttpResponse<Void> ready = http.send(HttpRequest.newBuilder(URI.create(root() + "/actuator/health/readiness"))
					.timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
				if (ready.statusCode() == 200) {
					return true;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		return false;
	}

	/** SIGKILL, as the kernel's OOM killer or a pulled plug ends it; waits until it is gone. */
	void kill() throws InterruptedException {
		process.destroyForcibly().waitFor();
	}

	String console() throws IOException {
		return Files.readString(console);
	}

	@Override
	public void close() throws InterruptedException {
		if (process.isAlive()) {
			process.destroy();
			if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
				kill();
			}
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
