package dk.aarshjul.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.MissingAuthorization;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.ws.rs.core.Response;

/**
 * The fields a form submits, read from the real forms: a task takes these and nothing else ({@link RequestGuard});
 * and how the engine's refusals are said.
 */
class FormFieldsTests {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Test
	void aDraftAgreementSubmitsItsFrameAndItsNumberedGoalSlots() throws IOException {
		assertThat(fields("draft-agreement")).containsExactlyInAnyOrder("economicFrame", "developmentGoal1",
				"developmentGoal2", "developmentGoal3", "otherGoal1", "otherGoal2", "otherGoal3");
	}

	@Test
	void anApprovalSubmitsItsDecisionAndCommentOnly() throws IOException {
		assertThat(fields("approve-agreement")).containsExactlyInAnyOrder("approvalDecision", "returnComment");
		assertThat(fields("compile-evaluation-summary")).containsExactly("evaluationSummary");
		assertThat(fields("organisation-sync-report")).isEmpty();
	}

	@Test
	void aGroupWithAPathSubmitsOneObjectAndADisabledFieldNothing() throws IOException {
		assertThat(FormFields.of(JSON.readTree("""
				{"components": [
				  {"type": "text", "text": "Overskrift"},
				  {"type": "textfield", "key": "plain"},
				  {"type": "textfield", "key": "nested.part"},
				  {"type": "textfield", "key": "shown", "disabled": true},
				  {"type": "group", "components": [{"type": "number", "key": "inGroupWithoutPath"}]},
				  {"type": "group", "path": "slot1", "components": [{"type": "textfield", "key": "title"}]},
				  {"type": "dynamiclist", "path": "items", "components": [{"type": "textfield", "key": "name"}]},
				  {"type": "button", "key": "submit"}
				]}"""))).containsExactlyInAnyOrder("plain", "nested", "inGroupWithoutPath", "slot1", "items");
	}

	@Test
	void anEngineRefusalIsADanishSentenceWithoutInternalIds() {
		AuthorizationException refused = new AuthorizationException("leder-x", List.of(new MissingAuthorization("TASK_WORK",
				"Task", "4711-abc")));
		Response response = Refusals.response(refused, "engine/default/task/4711-abc/claim");
		assertThat(response.getStatus()).isEqualTo(403);
		assertThat(response.getEntity().toString()).contains("Du har ikke adgang til denne opgave.")
			.doesNotContain("4711-abc").doesNotContain("leder-x");
		assertThat(Refusals.response(new IllegalStateException("boom"), "task").getStatus()).isEqualTo(500);
	}

	private static java.util.Set<String> fields(String form) throws IOException {
		return FormFields.of(JSON.readTree(Path.of("forms", form + ".form").toFile()));
	}
}
