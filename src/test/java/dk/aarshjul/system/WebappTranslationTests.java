package dk.aarshjul.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Danish translation of each of Camunda's web applications is complete: every label of the webjar's English file
 * has a Danish text with the same placeholders, and the application's config.js makes Danish its language and
 * dd.mm.åååå its dates.
 */
class WebappTranslationTests {

	private static final String WEBJAR = "META-INF/resources/webjars/camunda/app/";

	private static final Path OVERRIDES = Path.of("src/main/resources", WEBJAR);

	/** Texts that are the same in Danish: names of products, acronyms, symbols and words Danish shares with English. */
	private static final Set<String> SAME_IN_DANISH = Set.of("", "Camunda", "Tasklist", "Cockpit", "Admin", "Optimize",
			"ID", "ID*", "CSV", "JSON", "OK", " OK", "GLOBAL", "null", "<", "<=", ">", ">=", "<definition>", "<version>",
			"Diagram", "Element", "Filter", "Job", "Links", "Minimum:", "Operator", "Start", "Status", "System", "Type",
			"Upload", "Version", "Version:", "weekend");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(\\w+)\\s*}}");

	private final ObjectMapper json = new ObjectMapper();

	@ParameterizedTest
	@ValueSource(strings = { "tasklist", "cockpit", "admin", "welcome" })
	void everyLabelHasADanishText(String app) throws IOException {
		Map<String, String> english = labels(webjarLocale(app));
		Map<String, String> danish = labels(json.readTree(OVERRIDES.resolve(app + "/locales/da.json").toFile()));

		assertThat(english).as(app).hasSizeGreaterThan(100);
		assertThat(danish.keySet()).as(app + ": the same labels as English").isEqualTo(english.keySet());
		List<String> untranslated = new ArrayList<>();
		english.forEach((key, text) -> {
			String translation = danish.get(key);
			if (translation.equals(text) && !SAME_IN_DANISH.contains(text)) {
				untranslated.add(key + " = " + text);
			}
			if (translation.isBlank() && !text.isBlank()) {
				untranslated.add(key + " is empty");
			}
			assertThat(placeholders(translation)).as(app + ": " + key).isEqualTo(placeholders(text));
		});
		assertThat(untranslated).as(app + ": labels still English").isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "tasklist", "cockpit", "admin" })
	void datesAndRelativeTimesAreDanish(String app) throws IOException {
		JsonNode english = webjarLocale(app).get("dateLocales");
		JsonNode danish = json.readTree(OVERRIDES.resolve(app + "/locales/da.json").toFile()).get("dateLocales");

		assertThat(fieldNames(danish)).isEqualTo(fieldNames(english));
		assertThat(danish.at("/longDateFormat/L").asText()).isEqualTo("DD.MM.YYYY");
		assertThat(danish.at("/relativeTime/past").asText()).isEqualTo("for %s siden");
		assertThat(danish.at("/relativeTime/future").asText()).isEqualTo("om %s");
		assertThat(danish.at("/months/2").asText()).isEqualTo("marts");
		assertThat(danish.at("/weekdays/1").asText()).isEqualTo("mandag");
	}

	@ParameterizedTest
	@ValueSource(strings = { "tasklist", "cockpit", "admin", "welcome" })
	void configMakesDanishTheLanguageAndDatesDayFirst(String app) throws IOException {
		String config = Files.readString(OVERRIDES.resolve(app + "/scripts/config.js"), StandardCharsets.UTF_8);

		assertThat(config).contains("availableLocales: ['da']", "fallbackLocale: 'da'", "vendor: 'Årshjul'",
				"normal: 'DD.MM.YYYY HH:mm'", "short: 'DD.MM.YYYY'");
		assertThat(config).startsWith("/*").contains("export default {");
	}

	@Test
	void tasklistLoadsItsScriptsAndKeepsCamundasShortcuts() throws IOException {
		Path tasklist = OVERRIDES.resolve("tasklist/scripts");
		String config = Files.readString(tasklist.resolve("config.js"), StandardCharsets.UTF_8);

		assertThat(config).contains("customScripts: ['scripts/aarshjul/task-steps', 'scripts/aarshjul-link']")
			.contains("claimTask:", "key: 'ctrl+alt+c'", "startProcess:", "key: 'ctrl+alt+p'");
		String steps = Files.readString(tasklist.resolve("aarshjul/task-steps.js"), StandardCharsets.UTF_8);
		Matcher imported = Pattern.compile("import '\\./([\\w-]+\\.js)';").matcher(steps);
		int count = 0;
		while (imported.find()) {
			assertThat(tasklist.resolve("aarshjul").resolve(imported.group(1))).exists();
			count++;
		}
		assertThat(count).isEqualTo(4);
	}

	private JsonNode webjarLocale(String app) throws IOException {
		URL english = getClass().getClassLoader().getResource(WEBJAR + app + "/locales/en.json");
		assertThat(english).as("Camunda's own English file of " + app).isNotNull();
		assertThat(english.getProtocol()).as("read from the webjar").isEqualTo("jar");
		try (InputStream in = english.openStream()) {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			return json.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
		}
	}

	private static Map<String, String> labels(JsonNode locale) {
		Map<String, String> labels = new LinkedHashMap<>();
		collect("", locale.get("labels"), labels);
		return labels;
	}

	private static void collect(String prefix, JsonNode node, Map<String, String> labels) {
		for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
			Map.Entry<String, JsonNode> field = fields.next();
			if (field.getValue().isObject()) {
				collect(prefix + field.getKey() + ".", field.getValue(), labels);
			}
			else {
				labels.put(prefix + field.getKey(), field.getValue().asText());
			}
		}
	}

	private static List<String> placeholders(String text) {
		List<String> names = new ArrayList<>();
		Matcher matcher = PLACEHOLDER.matcher(text);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		names.sort(null);
		return names;
	}

	private static List<String> fieldNames(JsonNode node) {
		List<String> names = new ArrayList<>();
		node.fieldNames().forEachRemaining(names::add);
		names.sort(null);
		return names;
	}
}
