package dk.aarshjul.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dk.aarshjul.test.ApplicationTest;

/**
 * "Opdater organisationen" (bpmn/organisation-sync.bpmn) against a copy of the example organisation that the
 * test edits as the secretariat would; in a database of its own, as it changes the organisation.
 */
@ApplicationTest
class OrganisationSyncProcessTests {

	static final String KEY = "organisation-sync";

	@TempDir
	static Path folder;

	@DynamicPropertySource
	static void ownCopyAndDatabase(DynamicPropertyRegistry registry) throws IOException {
		Path copy = folder.resolve("organisation.yaml");
		try (InputStream example = new ClassPathResource("organisation/example-organisation.yaml").getInputStream()) {
			Files.copy(example, copy);
		}
		registry.add("aarshjul.organisation.file", () -> copy.toUri().toString());
		registry.add("spring.datasource.url", () -> "jdbc:h2:mem:organisation-sync;DB_CLOSE_DELAY=-1");
	}

	@Autowired
	ProcessEngine engine;
	@Autowired
	RuntimeService runtime;
	@Autowired
	IdentityService identity;
	@Autowired
	OrganisationProperties properties;
	@Autowired
	OrganisationService organisation;

	String original;

	@BeforeEach
	void setUp() throws Exception {
		init(engine);
		original = properties.file().getContentAsString(StandardCharsets.UTF_8);
	}

	@AfterEach
	void restore() throws Exception {
		runtime.createProcessInstanceQuery().list()
			.forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "test cleanup", true, true));
		Files.writeString(properties.file().getFile().toPath(), original);
		organisation.reload();
	}

	@Test
	void theSecretariatReloadsTheFileAndReviewsWhatChanged() throws Exception {
		edit(original.replace("leader: leder-vej-og-park", "leader: leder-affald-og-genbrug"));

		ProcessInstance sync = runtime.startProcessInstanceByKey(KEY);

		assertThat(sync).isWaitingAt("Task_ReviewOrganisationChanges")
			.variables().containsEntry("syncReport", "0 users created, 0 updated, 0 removed; 0 groups created, 0 removed; "
					+ "4 memberships changed; 0 open tasks rerouted");
		assertThat(task(sync)).hasCandidateGroup(OrganisationGroups.SECRETARIAT);
		assertThat(identity.createUserQuery().memberOfGroup("enhed-vej-og-park").singleResult().getId())
			.isEqualTo("leder-affald-og-genbrug");
		// The unit's A-MED is its leader's unless the file names its members, so it changed too.
		assertThat(identity.createUserQuery().memberOfGroup("a-med-vej-og-park").singleResult().getId())
			.isEqualTo("leder-affald-og-genbrug");

		complete(task(sync));
		assertThat(sync).isEnded().hasPassed("EndEvent_OrganisationSynchronised");
	}

	@Test
	void aFileWithProblemsIsRefusedWithItsLinesAndChangesNothing() throws Exception {
		edit(original.replace("leader: leder-vej-og-park", "leader: ukendt-person"));

		assertThatThrownBy(() -> runtime.startProcessInstanceByKey(KEY))
			.isInstanceOf(OrganisationSyncTask.OrganisationRefusedException.class)
			.hasMessageStartingWith("Organisationsfilen kan ikke bruges, og intet er ændret.")
			.hasMessageContaining("'ukendt-person' is not a person declared under 'people'")
			.hasMessageMatching("(?s).*line \\d+: 'ukendt-person'.*");

		assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(KEY).count()).isZero();
		assertThat(identity.createUserQuery().memberOfGroup("enhed-vej-og-park").singleResult().getId())
			.isEqualTo("leder-vej-og-park");
	}

	private void edit(String content) throws Exception {
		Files.writeString(properties.file().getFile().toPath(), content);
	}
}
