package dk.aarshjul.audit;

import java.time.Instant;

/**
 * One line of the audit trail: at {@code at}, {@code actor} (a login; null when the system acted) did what
 * {@code text} says in Danish, naming the person. {@code source} tells where it was read: {@link Source#RECORD} from
 * our own tables, kept as long as the records; {@link Source#ENGINE} from the engine's history, kept for the
 * process's history time-to-live.
 */
record AuditEntry(Instant at, String actor, String text, Source source, Kind kind, String processInstanceId) {

	enum Kind {
		/** Started, drafted, decided, reported: a step the records may also hold. */
		STEP,
		/** A task handed to someone: only the engine knows it. */
		HANDOVER
	}

	enum Source {
		RECORD, ENGINE
	}
}
