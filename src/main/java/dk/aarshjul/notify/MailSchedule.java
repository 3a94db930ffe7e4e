package dk.aarshjul.notify;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * When the mails go: the outbox is sent every {@code aarshjul.mail.send-interval}; every morning
 * ({@code aarshjul.mail.daily-at}, Danish time) the deadlines a few days ahead are reminded and the digests are
 * written. Off with {@code aarshjul.mail.scheduled=false} (the tests run each step themselves).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "aarshjul.mail.scheduled", havingValue = "true", matchIfMissing = true)
class MailSchedule {

	private final Mailer mailer;
	private final TaskMails taskMails;
	private final Digests digests;

	MailSchedule(Mailer mailer, TaskMails taskMails, Digests digests) {
		this.mailer = mailer;
		this.taskMails = taskMails;
		this.digests = digests;
	}

	@Scheduled(initialDelayString = "${aarshjul.mail.send-interval:PT1M}", fixedDelayString = "${aarshjul.mail.send-interval:PT1M}")
	void send() {
		mailer.sendPending();
	}

	@Scheduled(cron = "${aarshjul.mail.daily-at:0 0 7 * * *}", zone = "Europe/Copenhagen")
	void daily() {
		taskMails.remindDueSoon();
		digests.compose();
		mailer.sendPending();
	}
}
