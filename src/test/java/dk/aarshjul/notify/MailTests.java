package dk.aarshjul.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import dk.aarshjul.agreement.AgreementDrafts;
import dk.aarshjul.agreement.UnitAgreementProcess;
import dk.aarshjul.deadline.DeadlineProcess;
import dk.aarshjul.system.ApiAccess;
import dk.aarshjul.test.ApplicationTest;
import dk.aarshjul.test.ProcessTestSupport;
import dk.aarshjul.test.TestData;

import jakarta.mail.internet.MimeMessage;

/**
 * E-mail through a real SMTP server (GreenMail): Borupgård Skole's leader, Steen Lund, gets the draft of the unit's
 * agreement for 2027 (due 1 March), at once, in a digest, or not at all.
 */
@ApplicationTest
class MailTests {

	static final String UNIT = "borupgaard-skole";
	static final String LEADER = "leder-borupgaard-skole";
	static final String LEADER_MAIL = "steen.lund@example.dk";

	@Autowired
	RuntimeService runtime;
	@Autowired
	TaskService tasks;
	@Autowired
	ManagementService management;
	@Autowired
	IdentityService identity;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	JavaMailSenderImpl smtp;
	@Autowired
	Mailer mailer;
	@Autowired
	TaskMails taskMails;
	@Autowired
	Digests digests;
	@Autowired
	Outbox outbox;
	@Autowired
	MailPreferences preferences;
	@Autowired
	MailPreferenceController preferenceApi;
	@Autowired
	PlatformTransactionManager transactions;

	GreenMail greenMail;
	int configuredPort;

	@BeforeEach
	void setUp() {
		configuredPort = smtp.getPort();
		startSmtp();
		ProcessTestSupport.clock(2027, 1, 5);
	}

	@AfterEach
	void tearDown() {
		greenMail.stop();
		smtp.setPort(configuredPort);
		identity.clearAuthentication();
		TestData.reset(runtime, jdbc);
	}

	@Test
	void aLeadersNewTaskArrivesAsOneMailWithTheLinkAndTheUnitsName() throws Exception {
		Task draft = startDraft();

		assertThat(mailer.sendPending()).isEqualTo(1);
		assertThat(mailer.sendPending()).as("sent once").isZero();

		MimeMessage mail = single();
		assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly(LEADER_MAIL);
		assertThat(mail.getSubject()).isEqualTo("Ny opgave: Udarbejd decentral aftale – Borupgård Skole (" + centreName() + ")");
		String body = (String) mail.getContent();
		assertThat(body).startsWith("Kære Steen Lund")
			.contains("Opgave: Udarbejd decentral aftale")
			.contains("Gælder: Borupgård Skole")
			.contains("Frist: 01.03.2027")
			.contains("http://localhost:8080/camunda/app/tasklist/default/#/?task=" + draft.getId());
		assertThat(jdbc.sql("SELECT kind, task_id, attempts FROM mail_outbox WHERE sent_at IS NOT NULL")
			.query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getInt(3)).list())
			.containsExactly("NEW_TASK " + draft.getId() + " 1");
	}

	@Test
	void aRolledBackCompletionSendsNothing() {
		Task draft = startDraft();
		assertThat(mailer.sendPending()).isEqualTo(1);

		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			tasks.complete(draft.getId(), AgreementDrafts.valid(runtime, draft.getProcessInstanceId(), 2027));
			assertThat(outboxSize()).as("the next task's mails, inside the transaction").isGreaterThan(1);
			status.setRollbackOnly();
		});

		assertThat(tasks.createTaskQuery().taskId(draft.getId()).count()).as("still open").isEqualTo(1);
		assertThat(outboxSize()).isEqualTo(1);
		assertThat(mailer.sendPending()).isZero();
		assertThat(greenMail.getReceivedMessages()).hasSize(1);
	}

	@Test
	void whileTheSmtpServerIsDownMailsWaitAndThenGoExactlyOnce() throws Exception {
		startDraft();
		greenMail.stop();

		assertThat(mailer.sendPending()).isZero();
		assertThat(mailer.sendPending()).as("not tried again at once").isZero();
		assertThat(jdbc.sql("SELECT attempts FROM mail_outbox").query(Integer.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("SELECT last_error FROM mail_outbox").query(String.class).single()).isNotBlank();

		later(61);
		assertThat(mailer.sendPending()).as("still down").isZero();
		later(61);
		assertThat(mailer.sendPending()).as("the wait has doubled").isZero();
		assertThat(jdbc.sql("SELECT attempts FROM mail_outbox").query(Integer.class).single()).isEqualTo(2);

		startSmtp();
		later(120);
		assertThat(mailer.sendPending()).isEqualTo(1);
		later(3600);
		assertThat(mailer.sendPending()).isZero();
		assertThat(single().getSubject()).startsWith("Ny opgave: Udarbejd decentral aftale");
		assertThat(jdbc.sql("SELECT last_error FROM mail_outbox").query(String.class).optional()).isEmpty();
	}

	@Test
	void someoneWhoChoseNoMailsGetsNone() {
		preferences.set(LEADER, MailPreference.OFF);
		startDraft();

		assertThat(outboxSize()).isZero();
		ProcessTestSupport.clock(2027, 2, 27);
		assertThat(taskMails.remindDueSoon()).isEqualTo(1);
		assertThat(digests.compose()).isZero();
		assertThat(mailer.sendPending()).isZero();
		assertThat(greenMail.getReceivedMessages()).isEmpty();
	}

	@Test
	void turningMailsOffWithdrawsWhatWasNotSentYetAndADigestHoldsTheRest() {
		greenMail.stop();
		startDraft();
		assertThat(mailer.sendPending()).as("the SMTP server is down").isZero();

		preferences.set(LEADER, MailPreference.DAILY);
		startSmtp();
		later(3600);
		assertThat(mailer.sendPending()).as("held for the digest").isZero();

		preferences.set(LEADER, MailPreference.OFF);
		assertThat(digests.compose()).isZero();
		later(3600);
		assertThat(mailer.sendPending()).isZero();
		assertThat(greenMail.getReceivedMessages()).isEmpty();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE withdrawn_at IS NOT NULL AND sent_at IS NULL")
			.query(Integer.class).single()).as("kept, marked as withdrawn").isEqualTo(1);
	}

	@Test
	void theDailyDigestBundlesThePersonsMails() throws Exception {
		preferences.set(LEADER, MailPreference.DAILY);
		Task draft = startDraft();
		assertThat(mailer.sendPending()).as("held for the digest").isZero();

		ProcessTestSupport.clock(2027, 2, 27);
		assertThat(taskMails.remindDueSoon()).isEqualTo(1);
		assertThat(taskMails.remindDueSoon()).as("reminded once").isZero();
		assertThat(mailer.sendPending()).isZero();

		assertThat(digests.compose()).isEqualTo(1);
		assertThat(digests.compose()).as("each mail in one digest").isZero();
		assertThat(mailer.sendPending()).isEqualTo(1);

		MimeMessage digest = single();
		assertThat(digest.getAllRecipients()).extracting(Object::toString).containsExactly(LEADER_MAIL);
		assertThat(digest.getSubject()).isEqualTo("Årshjulet: dagens oversigt (2 beskeder)");
		assertThat((String) digest.getContent())
			.contains("1. Ny opgave: Udarbejd decentral aftale")
			.contains("2. Fristen nærmer sig: Udarbejd decentral aftale – Borupgård Skole (" + centreName() + "), frist 01.03.2027")
			.contains("#/?task=" + draft.getId());
	}

	@Test
	void anOverdueTaskRemindsItsLeaderAndThenTellsTheLevelAbove() throws Exception {
		Task draft = startDraft();
		mailer.sendPending();

		morning(2027, 3, 2);
		assertThat(mailer.sendPending()).isEqualTo(1);
		MimeMessage reminder = greenMail.getReceivedMessages()[1];
		assertThat(reminder.getAllRecipients()).extracting(Object::toString).containsExactly(LEADER_MAIL);
		assertThat(reminder.getSubject()).isEqualTo("Påmindelse: Udarbejd decentral aftale – Borupgård Skole ("
				+ centreName() + ") er forsinket");
		assertThat((String) reminder.getContent()).contains("Frist: 01.03.2027");

		morning(2027, 3, 9);
		assertThat(mailer.sendPending()).isEqualTo(1);
		MimeMessage escalation = greenMail.getReceivedMessages()[2];
		assertThat(escalation.getAllRecipients()).extracting(Object::toString).containsExactly("bente.olesen@example.dk");
		assertThat(escalation.getSubject()).isEqualTo("Forsinket opgave: Udarbejd decentral aftale – Borupgård Skole ("
				+ centreName() + ")");
		Task followUp = tasks.createTaskQuery().processDefinitionKey(DeadlineProcess.FOLLOW_UP_KEY).singleResult();
		assertThat((String) escalation.getContent()).contains("Oprindelig frist: 01.03.2027")
			.contains("Ansvarlig: Ledelse: Borupgård Skole (Steen Lund)")
			.contains("#/?task=" + followUp.getId())
			.doesNotContain(draft.getId());
	}

	@Test
	void eachPersonChoosesTheirOwnMailsThroughTheApi() {
		assertThatThrownBy(() -> preferenceApi.get()).isInstanceOf(ApiAccess.Forbidden.class);

		identity.setAuthentication(LEADER, List.of("enhed-" + UNIT));
		assertThat(preferenceApi.get().preference()).isEqualTo("IMMEDIATE");
		assertThat(preferenceApi.put(new MailPreferenceController.PreferenceChange("daily")).preference()).isEqualTo("DAILY");
		assertThat(preferences.of(LEADER)).isEqualTo(MailPreference.DAILY);
		assertThat(preferences.of("chef-skole")).as("only the caller's own").isEqualTo(MailPreference.IMMEDIATE);
		assertThatThrownBy(() -> preferenceApi.put(new MailPreferenceController.PreferenceChange("weekly")))
			.hasMessageContaining("IMMEDIATE").hasMessageContaining("DAILY").hasMessageContaining("OFF");
		assertThat(preferences.of(LEADER)).isEqualTo(MailPreference.DAILY);
	}

	@Test
	void aBusyDayIsSplitIntoSeveralDigests() {
		preferences.set(LEADER, MailPreference.DAILY);
		for (int i = 0; i <= Digests.MAX_ITEMS; i++) {
			outbox.add(new Outbox.Mail(LEADER_MAIL, LEADER, "Besked " + i, "Tekst " + i, MailKind.NEW_TASK, null, true),
					Mailer.now());
		}
		assertThat(digests.compose()).isEqualTo(2);
		assertThat(mailer.sendPending()).isEqualTo(2);
		assertThat(greenMail.getReceivedMessages()).extracting(MimeMessage::getSubject).containsExactly(
				"Årshjulet: dagens oversigt (" + Digests.MAX_ITEMS + " beskeder)", "Årshjulet: dagens oversigt (1 besked)");
	}

	@Test
	void withoutAnSmtpHostMailIsOffAndNothingIsWritten() {
		Mailer off = new Mailer(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), "", outbox,
				new MailProperties("http://localhost:8080/", "aarshjul@localhost", 3, Duration.ofMinutes(1),
						Duration.ofHours(6), 100));
		assertThat(off.enabled()).isFalse();
		assertThat(off.sendPending()).isZero();
		assertThat(mailer.delayAfter(1)).isEqualTo(Duration.ofMinutes(1));
		assertThat(mailer.delayAfter(3)).isEqualTo(Duration.ofMinutes(4));
		assertThat(mailer.delayAfter(20)).isEqualTo(Duration.ofHours(6));
	}

	private Task startDraft() {
		ProcessInstance process = runtime.startProcessInstanceByKey(UnitAgreementProcess.KEY,
				Map.of("municipality", "helsingor", "year", 2027, "unit", UNIT));
		ProcessTestSupport.executeJobs(management);
		return tasks.createTaskQuery().processInstanceId(process.getId())
			.taskDefinitionKey(UnitAgreementProcess.TASK_DRAFT).singleResult();
	}

	private void startSmtp() {
		greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		greenMail.start();
		smtp.setPort(greenMail.getSmtp().getPort());
	}

	private MimeMessage single() {
		MimeMessage[] received = greenMail.getReceivedMessages();
		assertThat(received).hasSize(1);
		return received[0];
	}

	private long outboxSize() {
		return jdbc.sql("SELECT COUNT(*) FROM mail_outbox").query(Long.class).single();
	}

	private static String centreName() {
		return "Center for Skole";
	}

	private void later(int seconds) {
		ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + seconds * 1000L));
	}

	/** The morning's timer of the deadline watch fires, and its job runs. */
	private void morning(int year, int month, int day) {
		ProcessTestSupport.clock(year, month, day);
		Job timer = management.createJobQuery().processDefinitionKey(DeadlineProcess.WATCH_KEY).timers().singleResult();
		management.executeJob(timer.getId());
		ProcessTestSupport.executeJobs(management);
	}
}
