package dk.aarshjul.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The coverage floor, per process over the whole suite: the process tests (surefire, before this) leave one
 * process-test-coverage report per test class; merged, every process in bpmn/ must have at least
 * {@link ApplicationTest#COVERAGE_FLOOR} of its flow nodes and sequence flows covered.
 */
class ProcessCoverageIT {

	private static final Path REPORTS = Path.of("target", "process-test-coverage");

	@Test
	void everyProcessIsCoveredToTheFloorByTheSuite() throws IOException {
		Map<String, Set<String>> covered = new HashMap<>();
		Map<String, Integer> totals = new HashMap<>();
		ObjectMapper json = new ObjectMapper();
		try (Stream<Path> files = Files.walk(REPORTS)) {
			for (Path file : files.filter(f -> f.getFileName().toString().equals("report.json")).toList()) {
				JsonNode report = json.readTree(file.toFile());
				report.path("models").forEach(m -> totals.merge(m.path("key").asText(), m.path("totalElementCount").asInt(), Math::max));
				report.path("suites").forEach(suite -> suite.path("runs").forEach(run -> run.path("events").forEach(event -> covered
					.computeIfAbsent(event.path("modelKey").asText(), k -> new HashSet<>())
					.add(event.path("source").asText() + ":" + event.path("definitionKey").asText()))));
			}
		}
		Map<String, Double> coverage = new TreeMap<>();
		for (String process : processes()) {
			int total = totals.getOrDefault(process, 0);
			coverage.put(process, total == 0 ? 0.0 : (double) covered.getOrDefault(process, Set.of()).size() / total);
		}
		System.out.println("Process coverage over the suite: " + coverage);
		assertThat(coverage).isNotEmpty().allSatisfy((process, ratio) -> assertThat(ratio)
			.as("coverage of %s over the suite (reports in %s)", process, REPORTS).isGreaterThanOrEqualTo(ApplicationTest.COVERAGE_FLOOR));
	}

	private static Set<String> processes() throws IOException {
		Set<String> keys = new HashSet<>();
		for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:bpmn/**/*.bpmn")) {
			try (InputStream in = resource.getInputStream()) {
				Bpmn.readModelFromStream(in).getModelElementsByType(Process.class).forEach(p -> keys.add(p.getId()));
			}
		}
		return keys;
	}
}
