package dk.aarshjul.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dk.aarshjul.strategy.EvaluationResult;
import dk.aarshjul.strategy.SlotEvaluation;

/**
 * Every free text in the forms carries the limit of its kind from {@link TextLimits}, and the server refuses a
 * longer one in Danish.
 */
class TextLimitsTests {

	/** Each editable text field of the forms, by key, and the kind of text it is. */
	private static final Map<String, Integer> LIMITS = Map.ofEntries(
			Map.entry("title", TextLimits.LINE), Map.entry("indicator", TextLimits.LINE),
			Map.entry("target", TextLimits.LINE), Map.entry("adjustedTitle", TextLimits.LINE),
			Map.entry("agreementParty", TextLimits.LINE),
			Map.entry("resources", TextLimits.COMMENT), Map.entry("evaluationMethod", TextLimits.COMMENT),
			Map.entry("remark", TextLimits.COMMENT), Map.entry("comment", TextLimits.COMMENT),
			Map.entry("returnComment", TextLimits.COMMENT), Map.entry("mapReturnComment", TextLimits.COMMENT),
			Map.entry("councilNote", TextLimits.COMMENT),
			Map.entry("followUpNote", TextLimits.COMMENT), Map.entry("premisesDescription", TextLimits.COMMENT),
			Map.entry("premisesAnswer", TextLimits.COMMENT),
			Map.entry("acknowledgementComment", TextLimits.COMMENT), Map.entry("agreedAction", TextLimits.COMMENT),
			Map.entry("medRemarks", TextLimits.COMMENT), Map.entry("medStatementText", TextLimits.TEXT),
			Map.entry("evaluationSummary", TextLimits.TEXT), Map.entry("centreEvaluation", TextLimits.TEXT),
			Map.entry("wayForward", TextLimits.TEXT), Map.entry("discussion", TextLimits.TEXT),
			Map.entry("decisions", TextLimits.TEXT), Map.entry("outcome", TextLimits.TEXT),
			Map.entry("profileUnit", TextLimits.LINE), Map.entry("profileAbout", TextLimits.COMMENT),
			Map.entry("profileOffer", TextLimits.COMMENT), Map.entry("profileEmphasis", TextLimits.COMMENT),
			Map.entry("profileContact", TextLimits.COMMENT), Map.entry("profileReturnComment", TextLimits.COMMENT));

	/** The MED plan's weeks are lists of week numbers, read as such, not free text. */
	private static final String MED_WEEKS = "medWeeks_";

	@Test
	void everyFreeTextInTheFormsCarriesTheLimitOfItsKind() throws IOException {
		List<String> fields = new ArrayList<>();
		try (Stream<Path> forms = Files.list(Path.of("forms"))) {
			for (Path form : forms.filter(f -> f.toString().endsWith(".form")).sorted().toList()) {
				textFields(new ObjectMapper().readTree(form.toFile()), form.getFileName().toString(), fields);
			}
		}
		assertThat(fields).isNotEmpty().allSatisfy(field -> {
			String[] parts = field.split(" ");
			assertThat(LIMITS).as(field + ": a kind of text").containsKey(parts[1]);
			assertThat(parts[2]).as(field).isEqualTo(String.valueOf(LIMITS.get(parts[1])));
		});
		assertThat(fields).extracting(f -> f.split(" ")[1]).containsAll(LIMITS.keySet());
	}

	private static void textFields(JsonNode node, String form, List<String> fields) {
		for (JsonNode component : node.path("components")) {
			String type = component.path("type").asText();
			String key = component.path("key").asText();
			boolean editable = !component.path("readonly").asBoolean() && !component.path("disabled").asBoolean();
			// Dates and amounts are typed in text fields and read by their pattern, not as free text.
			boolean readByPattern = component.path("validate").has("pattern");
			if ((type.equals("textfield") || type.equals("textarea")) && editable && !key.startsWith(MED_WEEKS)
					&& !readByPattern) {
				fields.add(form + " " + key + " " + component.path("validate").path("maxLength").asText("none"));
			}
			textFields(component, form, fields);
		}
	}

	@Test
	void aRemarkLongerThanACommentIsRefusedInDanish() {
		List<String> problems = new ArrayList<>();
		SlotEvaluation.read(List.of("Trivsel"), title -> title, Map.of("lastYearGoal1",
				Map.of("result", EvaluationResult.PARTLY.name(), "remark", "x".repeat(TextLimits.COMMENT + 1))),
				"lastYearGoal", "målet ikke er opfyldt", problems);
		assertThat(problems).containsExactly("»Trivsel«: kommentaren er for lang (højst 2.000 tegn).");

		problems.clear();
		SlotEvaluation.read(List.of("Trivsel"), title -> title, Map.of("lastYearGoal1",
				Map.of("result", EvaluationResult.PARTLY.name(), "remark", "x".repeat(TextLimits.COMMENT))),
				"lastYearGoal", "målet ikke er opfyldt", problems);
		assertThat(problems).isEmpty();
	}

	@Test
	void theLimitIsSaidTheDanishWay() {
		assertThat(TextLimits.atMost(TextLimits.TEXT)).isEqualTo("højst 10.000 tegn");
		assertThat(TextLimits.atMost(TextLimits.LINE)).isEqualTo("højst 500 tegn");
	}
}
