package dk.aarshjul.notify;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Each person's {@link MailPreference}; a person who never chose gets mails at once. */
@Repository
public class MailPreferences {

	private final JdbcClient jdbc;
	private final Outbox outbox;

	MailPreferences(JdbcClient jdbc, Outbox outbox) {
		this.jdbc = jdbc;
		this.outbox = outbox;
	}

	public MailPreference of(String personId) {
		return jdbc.sql("SELECT preference FROM mail_preference WHERE person_id = ?").param(personId)
			.query(String.class).optional().map(MailPreference::valueOf).orElse(MailPreference.IMMEDIATE);
	}

	/** Records the choice; mails already written to the person and not sent yet follow it. */
	@Transactional
	public void set(String personId, MailPreference preference) {
		OffsetDateTime now = OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneOffset.UTC);
		int updated = jdbc.sql("UPDATE mail_preference SET preference = ?, changed_at = ? WHERE person_id = ?")
			.params(preference.name(), now, personId).update();
		if (updated == 0) {
			jdbc.sql("INSERT INTO mail_preference (person_id, preference, changed_at) VALUES (?, ?, ?)")
				.params(personId, preference.name(), now).update();
		}
		outbox.follow(personId, preference, now);
	}
}
