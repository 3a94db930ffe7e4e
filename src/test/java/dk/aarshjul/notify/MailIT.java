package dk.aarshjul.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import dk.aarshjul.agreement.UnitAgreementProcess;
import dk.aarshjul.test.PostgresApplicationIT;
import dk.aarshjul.test.ProcessTestSupport;

import jakarta.mail.internet.MimeMessage;

/**
 * E-mail on PostgreSQL with a real SMTP server (GreenMail): the preference over HTTP as a leader sets it, and the
 * outbox's mails, at once and in a digest, sent once.
 */
@TestPropertySource(properties = { "spring.mail.host=localhost", "aarshjul.mail.scheduled=false" })
class MailIT extends PostgresApplicationIT {

	static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

	@DynamicPropertySource
	static void smtp(DynamicPropertyRegistry registry) {
		if (!SMTP.isRunning()) {
			SMTP.start();
		}
		registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
	}

	@AfterAll
	static void stopSmtp() {
		SMTP.stop();
	}

	@Autowired
	TestRestTemplate rest;
	@Autowired
	RuntimeService runtime;
	@Autowired
	TaskService tasks;
	@Autowired
	ManagementService management;
	@Autowired
	Mailer mailer;
	@Autowired
	Digests digests;

	@AfterEach
	void tearDown() {
		ClockUtil.reset();
	}

	@Test
	void aLeaderChoosesTheirOwnMailsOverHttp() {
		String path = "/api/me/mail-preference";
		assertThat(rest.getForEntity(path, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		TestRestTemplate leader = rest.withBasicAuth("leder-espergaerde-skole", "demo");
		assertThat(leader.getForEntity(path, String.class).getBody()).contains("\"preference\":\"IMMEDIATE\"");

		ResponseEntity<String> refused = leader.exchange(path, HttpMethod.PUT, json("{\"preference\":\"weekly\"}"), String.class);
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(refused.getBody()).contains("Vælg").contains("DAILY");

		ResponseEntity<String> chosen = leader.exchange(path, HttpMethod.PUT, json("{\"preference\":\"OFF\"}"), String.class);
		assertThat(chosen.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(leader.getForEntity(path, String.class).getBody()).contains("\"preference\":\"OFF\"");
		assertThat(rest.withBasicAuth("leder-hellebaek-skole", "demo").getForEntity(path, String.class).getBody())
			.as("another leader's own").contains("\"preference\":\"IMMEDIATE\"");
	}

	@Test
	void newTasksAreMailedOnceAtOnceOrInTheDigest() throws Exception {
		ProcessTestSupport.clock(2027, 1, 5);
		TestRestTemplate daily = rest.withBasicAuth("leder-tibberupskolen", "demo");
		assertThat(daily.exchange("/api/me/mail-preference", HttpMethod.PUT, json("{\"preference\":\"DAILY\"}"), String.class)
			.getStatusCode()).isEqualTo(HttpStatus.OK);
		int before = SMTP.getReceivedMessages().length;

		String task = startDraft("hellebaek-skole");
		startDraft("tibberupskolen");
		assertThat(mailer.sendPending()).isEqualTo(1);
		assertThat(mailer.sendPending()).isZero();
		assertThat(digests.compose()).isEqualTo(1);
		assertThat(mailer.sendPending()).isEqualTo(1);

		MimeMessage[] received = SMTP.getReceivedMessages();
		assertThat(received).hasSize(before + 2);
		assertThat(received[before].getAllRecipients()[0]).hasToString("jette.steffensen@example.dk");
		assertThat(received[before].getSubject()).startsWith("Ny opgave: Udarbejd decentral aftale – Hellebæk Skole");
		assertThat((String) received[before].getContent()).contains("#/?task=" + task).contains("Frist: 01.03.2027");
		assertThat(received[before + 1].getAllRecipients()[0]).hasToString("christian.iversen@example.dk");
		assertThat(received[before + 1].getSubject()).isEqualTo("Årshjulet: dagens oversigt (1 besked)");
	}

	private String startDraft(String unit) {
		ProcessInstance process = runtime.startProcessInstanceByKey(UnitAgreementProcess.KEY,
				Map.of("municipality", "helsingor", "year", 2027, "unit", unit));
		ProcessTestSupport.executeJobs(management);
		return tasks.createTaskQuery().processInstanceId(process.getId()).taskDefinitionKey(UnitAgreementProcess.TASK_DRAFT)
			.singleResult().getId();
	}

	private static HttpEntity<String> json(String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return new HttpEntity<>(body, headers);
	}
}
