package dk.aarshjul.notify;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The mails to send and those sent ({@code mail_outbox}). */
@Repository
class Outbox {

	/** A mail to write. {@code held}: kept for the person's daily digest instead of being sent on its own. */
	record Mail(String recipient, String personId, String subject, String body, MailKind kind, String taskId,
			boolean held) {
	}

	record Pending(long id, String recipient, String subject, String body, int attempts, OffsetDateTime nextAttemptAt) {
	}

	record Held(long id, String recipient, String personId, String subject, String body) {
	}

	private final JdbcClient jdbc;

	Outbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long add(Mail mail, OffsetDateTime now) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO mail_outbox (recipient, person_id, subject, body, kind, task_id, held, created, next_attempt_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(mail.recipient(), mail.personId(), mail.subject(), mail.body(), mail.kind().name(), mail.taskId(),
					mail.held(), now, now)
			.update(key, "id");
		return key.getKey().longValue();
	}

	/** Whether a mail of this kind about the task has been written (to anyone). */
	boolean has(String taskId, MailKind kind) {
		return jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE task_id = ? AND kind = ?").params(taskId, kind.name())
			.query(Long.class).single() > 0;
	}

	/** Mails not sent yet whose next attempt is due, oldest first. */
	List<Pending> due(OffsetDateTime now, int limit) {
		return jdbc.sql("""
				SELECT id, recipient, subject, body, attempts, next_attempt_at FROM mail_outbox
				WHERE sent_at IS NULL AND withdrawn_at IS NULL AND held = FALSE AND next_attempt_at <= ? ORDER BY id
				FETCH FIRST ? ROWS ONLY""")
			.params(now, limit)
			.query((rs, n) -> new Pending(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
					rs.getObject(6, OffsetDateTime.class)))
			.list();
	}

	/**
	 * Takes a pending mail for one sender: its next attempt moves to {@code until}, so that another sender (a second
	 * instance of the application) leaves it alone meanwhile. False when someone else took it first.
	 */
	boolean claim(Pending mail, OffsetDateTime until) {
		return jdbc.sql("UPDATE mail_outbox SET next_attempt_at = ? WHERE id = ? AND sent_at IS NULL AND next_attempt_at = ?")
			.params(until, mail.id(), mail.nextAttemptAt()).update() == 1;
	}

	void sent(long id, OffsetDateTime now) {
		jdbc.sql("UPDATE mail_outbox SET sent_at = ?, attempts = attempts + 1, last_error = NULL WHERE id = ?")
			.params(now, id).update();
	}

	void failed(long id, String error, OffsetDateTime nextAttempt) {
		jdbc.sql("UPDATE mail_outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ? WHERE id = ?")
			.params(error.length() > 2000 ? error.substring(0, 2000) : error, nextAttempt, id).update();
	}

	/** Mails held for digests and not yet sent in one, by person and age. */
	List<Held> held() {
		return jdbc.sql("""
				SELECT id, recipient, person_id, subject, body FROM mail_outbox
				WHERE held = TRUE AND sent_at IS NULL AND withdrawn_at IS NULL ORDER BY person_id, id""")
			.query((rs, n) -> new Held(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
			.list();
	}

	/** The held mails are now part of the digest, and no longer pending on their own. */
	void digested(List<Long> ids, long digestId, OffsetDateTime now) {
		for (Long id : ids) {
			jdbc.sql("UPDATE mail_outbox SET digest_id = ?, sent_at = ? WHERE id = ?").params(digestId, now, id).update();
		}
	}

	/**
	 * A person's mails not sent yet follow their new choice: withdrawn when mails are turned off, held for the digest
	 * when a daily digest is chosen, and sent at once again when mails are wanted at once.
	 */
	void follow(String personId, MailPreference preference, OffsetDateTime now) {
		switch (preference) {
			case OFF -> jdbc.sql("""
					UPDATE mail_outbox SET withdrawn_at = ?
					WHERE person_id = ? AND sent_at IS NULL AND withdrawn_at IS NULL""").params(now, personId).update();
			case DAILY -> jdbc.sql("""
					UPDATE mail_outbox SET held = TRUE
					WHERE person_id = ? AND sent_at IS NULL AND withdrawn_at IS NULL AND kind <> 'DIGEST'""").param(personId).update();
			case IMMEDIATE -> jdbc.sql("""
					UPDATE mail_outbox SET held = FALSE, next_attempt_at = ?
					WHERE person_id = ? AND held = TRUE AND sent_at IS NULL AND withdrawn_at IS NULL""").params(now, personId).update();
		}
	}
}
