package dk.aarshjul.notify;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox's pending mails through the SMTP server ({@code spring.mail.*}). A mail that fails stays pending
 * and is tried again later, after a wait that doubles with each failure; when the server cannot be reached, the
 * run stops at the first failure and the rest wait for the next run. Nothing here ever fails a task.
 */
@Component
public class Mailer {

	private static final Logger log = LoggerFactory.getLogger(Mailer.class);

	/** How long a sender keeps a mail to itself while it sends it. */
	private static final Duration CLAIM = Duration.ofMinutes(10);

	private final JavaMailSender smtp;
	private final Outbox outbox;
	private final MailProperties properties;

	Mailer(ObjectProvider<JavaMailSender> smtp, @Value("${spring.mail.host:}") String host, Outbox outbox,
			MailProperties properties) {
		this.smtp = host.isBlank() ? null : smtp.getIfAvailable();
		this.outbox = outbox;
		this.properties = properties;
		if (this.smtp == null) {
			log.info("E-mail is off: no SMTP server is configured (spring.mail.host); no mails are written or sent");
		}
		else {
			log.info("E-mail is on: SMTP server {}, links to {}", host, properties.baseUrl());
		}
	}

	/** Whether mails are written at all: only with an SMTP server to send them. */
	public boolean enabled() {
		return smtp != null;
	}

	/** @return how many mails were sent */
	public int sendPending() {
		if (!enabled()) {
			return 0;
		}
		OffsetDateTime now = now();
		int sent = 0;
		for (Outbox.Pending mail : outbox.due(now, properties.batch())) {
			if (!outbox.claim(mail, now.plus(CLAIM))) {
				continue;
			}
			try {
				smtp.send(message(mail));
				outbox.sent(mail.id(), now());
				sent++;
			}
			catch (MailException e) {
				Duration wait = delayAfter(mail.attempts() + 1);
				outbox.failed(mail.id(), String.valueOf(e.getMessage()), now().plus(wait));
				log.warn("Mail {} to {} not sent (attempt {}), next attempt in {}: {}", mail.id(), mail.recipient(),
						mail.attempts() + 1, wait, e.getMessage());
				break;
			}
		}
		if (sent > 0) {
			log.info("E-mail: {} mails sent", sent);
		}
		return sent;
	}

	/** The wait after the given number of failed attempts: the retry delay, doubled per further failure. */
	Duration delayAfter(int failures) {
		Duration delay = properties.retryDelay();
		for (int i = 1; i < failures && delay.compareTo(properties.maxRetryDelay()) < 0; i++) {
			delay = delay.multipliedBy(2);
		}
		return delay.compareTo(properties.maxRetryDelay()) > 0 ? properties.maxRetryDelay() : delay;
	}

	private SimpleMailMessage message(Outbox.Pending mail) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(properties.from());
		message.setTo(mail.recipient());
		message.setSubject(mail.subject());
		message.setText(mail.body());
		return message;
	}

	static OffsetDateTime now() {
		return OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneOffset.UTC);
	}
}
