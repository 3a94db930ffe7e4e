package dk.aarshjul.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dk.aarshjul.profile.UnitProfileProcess.Var;
import dk.aarshjul.system.FourEyes;
import dk.aarshjul.system.SubmissionRefusedException;
import dk.aarshjul.test.ApplicationTest;
import dk.aarshjul.test.ProcessTestSupport;
import dk.aarshjul.test.TestData;

/**
 * "Enhedsprofil" (bpmn/unit-profile.bpmn) for Borupgård Skole, started as its leader would from Tasklist: approved at
 * once; sent back, written again and approved, replacing the profile before it; and the starts and decisions that are
 * refused.
 */
@ApplicationTest
class UnitProfileProcessTests {

	static final String UNIT = "borupgaard-skole";
	static final String LEADER = "leder-borupgaard-skole";
	static final String CHIEF = "chef-skole";

	@Autowired
	ProcessEngine engine;
	@Autowired
	RuntimeService runtime;
	@Autowired
	TaskService tasks;
	@Autowired
	IdentityService identity;
	@Autowired
	UnitProfileService profiles;
	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void setUp() {
		init(engine);
		ProcessTestSupport.clock(2027, 3, 1);
	}

	@AfterEach
	void tearDown() {
		identity.clearAuthentication();
		TestData.reset(runtime, jdbc);
	}

	@Test
	void theLeaderWritesTheProfileAndTheChiefApprovesItAtOnce() {
		ProcessInstance profile = request(LEADER, null);

		assertThat(profile).isWaitingAt(UnitProfileProcess.TASK_WRITE);
		assertThat(task(profile)).hasCandidateGroup("enhed-borupgaard-skole").hasName("Skriv enhedens profil – Borupgård Skole");
		assertThat(profiles.published("helsingor", UNIT)).isEmpty();

		completeAs(LEADER, profile, text("Vi er en folkeskole med 600 elever."));
		assertThat(profile).isWaitingAt(UnitProfileProcess.TASK_APPROVE);
		assertThat(task(profile)).hasCandidateGroup("center-skole");
		assertThat((String) runtime.getVariable(profile.getId(), Var.SUMMARY)).contains("**Om enheden**")
			.contains("Vi er en folkeskole med 600 elever.").contains("Skrevet af " + LEADER);
		completeAs(CHIEF, profile, Map.of(Var.DECISION, "approve"));

		assertThat(profile).isEnded().hasPassed(UnitProfileProcess.END_PUBLISHED);
		UnitProfile published = profiles.published("helsingor", UNIT).orElseThrow();
		assertThat(published.about()).isEqualTo("Vi er en folkeskole med 600 elever.");
		assertThat(published.writtenBy()).isEqualTo(LEADER);
		assertThat(published.decidedBy()).isEqualTo(CHIEF);
		assertThat(published.version()).isEqualTo(1);
	}

	@Test
	void aProfileSentBackIsWrittenAgainAndOnceApprovedReplacesTheOneBefore() {
		ProcessInstance first = request(LEADER, null);
		completeAs(LEADER, first, text("Første udgave."));
		completeAs(CHIEF, first, Map.of(Var.DECISION, "approve"));

		ProcessInstance second = request(LEADER, "Borupgård Skole");
		assertThat(runtime.getVariable(second.getId(), Var.ABOUT)).as("prefilled with the published profile")
			.isEqualTo("Første udgave.");
		completeAs(LEADER, second, text("Anden udgave."));
		completeAs(CHIEF, second, Map.of(Var.DECISION, "return", Var.RETURN_COMMENT, "Skriv åbningstiderne."));

		assertThat(second).isWaitingAt(UnitProfileProcess.TASK_WRITE);
		assertThat(runtime.getVariable(second.getId(), Var.RETURN_COMMENT)).isEqualTo("Skriv åbningstiderne.");
		assertThat(profiles.published("helsingor", UNIT).orElseThrow().about()).as("the published one stands meanwhile")
			.isEqualTo("Første udgave.");
		completeAs(LEADER, second, text("Anden udgave, med åbningstider."));
		assertThat(runtime.getVariable(second.getId(), Var.RETURN_COMMENT)).isNull();
		completeAs(CHIEF, second, Map.of(Var.DECISION, "approve"));

		assertThat(second).isEnded().hasPassed(UnitProfileProcess.END_PUBLISHED);
		assertThat(profiles.published("helsingor", UNIT).orElseThrow().about()).isEqualTo("Anden udgave, med åbningstider.");
		assertThat(jdbc.sql("SELECT status FROM unit_profile ORDER BY version").query(String.class).list())
			.containsExactly("SUPERSEDED", "APPROVED");
	}

	@Test
	void onlyTheUnitsLeaderStartsItAndOnlyOneAtATime() {
		assertThatThrownBy(() -> request("amed-tr-borupgaard", null)).isInstanceOf(AuthorizationException.class);
		assertThatThrownBy(() -> request(LEADER, "Hellebæk Skole")).isInstanceOfSatisfying(SubmissionRefusedException.class,
				e -> assertThat(e.problems()).containsExactly("»Hellebæk Skole« er ikke en enhed, du leder."));
		request(LEADER, null);
		assertThatThrownBy(() -> request(LEADER, null)).isInstanceOfSatisfying(SubmissionRefusedException.class,
				e -> assertThat(e.problems()).containsExactly(
						"Der er allerede en profil for Borupgård Skole under udarbejdelse; gør den færdig i Tasklist."));
		assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(UnitProfileProcess.KEY).count()).isEqualTo(1);
	}

	@Test
	void aProfileMissingItsTextOrDecidedByItsAuthorIsRefused() {
		ProcessInstance profile = request(LEADER, null);
		assertThatThrownBy(() -> completeAs(LEADER, profile, Map.of(Var.ABOUT, "Kun dette."))).rootCause()
			.isInstanceOfSatisfying(SubmissionRefusedException.class,
					e -> assertThat(e.problems()).containsExactly("Skriv »Vores tilbud«.", "Skriv »Kontakt«."));
		Map<String, Object> tooLong = new HashMap<>(text("x".repeat(2001)));
		assertThatThrownBy(() -> completeAs(LEADER, profile, tooLong)).rootCause().isInstanceOfSatisfying(SubmissionRefusedException.class,
				e -> assertThat(e.problems()).containsExactly("»Om enheden« er for lang (højst 2.000 tegn)."));
		completeAs(LEADER, profile, text("Vi er en skole."));
		// The chief's decision is checked on the server, also when it comes through the REST API.
		assertThatThrownBy(() -> profiles.decide(profile.getId(), "approve", null, LEADER)).isInstanceOf(FourEyes.Refused.class)
			.hasMessage("Beslutningen kan ikke gemmes: Du har selv udarbejdet profilen; derfor skal en anden i centrets "
					+ "ledelse træffe beslutningen (fire øjne).");
		assertThatThrownBy(() -> completeAs(CHIEF, profile, Map.of(Var.DECISION, "return"))).rootCause()
			.isInstanceOfSatisfying(SubmissionRefusedException.class,
					e -> assertThat(e.problems()).containsExactly("Skriv, hvad der skal rettes, når profilen sendes tilbage."));
		assertThat(profile).isWaitingAt(UnitProfileProcess.TASK_APPROVE);
	}

	private ProcessInstance request(String user, String unit) {
		as(user);
		try {
			Map<String, Object> form = new HashMap<>();
			form.put(Var.UNIT_GIVEN, unit);
			return runtime.startProcessInstanceByKey(UnitProfileProcess.KEY, form);
		}
		finally {
			identity.clearAuthentication();
		}
	}

	private static Map<String, Object> text(String about) {
		return Map.of(Var.ABOUT, about, Var.OFFER, "Undervisning i 0.–9. klasse og SFO.", Var.EMPHASIS,
				"Læsning og trivsel.", Var.CONTACT, "Borupvej 1, 3000 Helsingør, tlf. 49 28 00 00.");
	}

	private void completeAs(String user, ProcessInstance process, Map<String, Object> variables) {
		String id = task(process).getId();
		as(user);
		try {
			tasks.complete(id, variables);
		}
		finally {
			identity.clearAuthentication();
		}
	}

	private void as(String user) {
		ProcessTestSupport.logIn(identity, user);
	}
}
