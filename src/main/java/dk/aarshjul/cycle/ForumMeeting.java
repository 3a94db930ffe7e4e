package dk.aarshjul.cycle;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A meeting of a forum in the yearly cycle, as registered by its secretary: when, what was discussed, what decided. */
public record ForumMeeting(int year, Forum forum, String committee, LocalDate heldOn, String discussion, String decisions,
		String recordedBy, OffsetDateTime recordedAt) {

	static final int MAX_TEXT = 10000;

	public enum Forum {
		/** A standing committee discusses the work on the vision goals and policies (Q2). */
		COMMITTEE,
		/** Byrådet does the same (Q2). */
		COUNCIL,
		/** Koncernledelsen follows up on benefit realisation and adjusts the portfolio (Q2). */
		CORPORATE_MANAGEMENT,
		/** Centerrådet does the same (Q3). */
		CENTRE_COUNCIL,
		/** Koncernledelsen's seminar coordinates the strategy maps and prioritises (Q4). */
		STRATEGY_SEMINAR
	}
}
