package dk.aarshjul.notify;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code aarshjul.mail}: what the mails say and when they go. The SMTP server itself is Spring Boot's
 * {@code spring.mail.*}; without {@code spring.mail.host} no mail is written or sent.
 *
 * @param baseUrl where users reach the application; links to tasks start with it
 * @param from the sender address of every mail
 * @param remindDaysBefore how many days before a task's deadline its people are reminded (0: never)
 * @param retryDelay the wait after a first failed attempt; it doubles with each further failure
 * @param maxRetryDelay the longest wait between two attempts
 * @param batch how many mails one run of the sender sends at most
 */
@ConfigurationProperties("aarshjul.mail")
public record MailProperties(@DefaultValue("http://localhost:8080") String baseUrl,
		@DefaultValue("aarshjul@localhost") String from, @DefaultValue("3") int remindDaysBefore,
		@DefaultValue("PT1M") Duration retryDelay, @DefaultValue("PT6H") Duration maxRetryDelay,
		@DefaultValue("100") int batch) {

	public MailProperties {
		baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		if (remindDaysBefore < 0 || batch < 1 || retryDelay.isNegative() || retryDelay.isZero()) {
			throw new IllegalArgumentException("aarshjul.mail: remind-days-before must be 0 or more, batch at least 1 "
					+ "and retry-delay longer than zero");
		}
	}

	/** The task in Camunda Tasklist. */
	public String taskLink(String taskId) {
		return baseUrl + "/camunda/app/tasklist/default/#/?task=" + taskId;
	}
}
