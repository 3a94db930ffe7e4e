package dk.aarshjul.feed;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code calendar_link}: links by the SHA-256 of their token; a revoked link keeps its row. */
@Repository
class CalendarLinkRepository {

	private final JdbcClient jdbc;

	CalendarLinkRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(String personId, String tokenHash, OffsetDateTime createdAt) {
		jdbc.sql("INSERT INTO calendar_link (person_id, token_hash, created_at) VALUES (?, ?, ?)")
			.params(personId, tokenHash, createdAt)
			.update();
	}

	int revokeAll(String personId, OffsetDateTime revokedAt) {
		return jdbc.sql("UPDATE calendar_link SET revoked_at = ? WHERE person_id = ? AND revoked_at IS NULL")
			.params(revokedAt, personId)
			.update();
	}

	List<CalendarLink> active(String personId) {
		return jdbc.sql("SELECT * FROM calendar_link WHERE person_id = ? AND revoked_at IS NULL ORDER BY created_at, id")
			.param(personId)
			.query(CalendarLinkRepository::map)
			.list();
	}

	Optional<CalendarLink> activeByHash(String tokenHash) {
		return jdbc.sql("SELECT * FROM calendar_link WHERE token_hash = ? AND revoked_at IS NULL")
			.param(tokenHash)
			.query(CalendarLinkRepository::map)
			.optional();
	}

	void markUsed(long id, OffsetDateTime usedAt) {
		jdbc.sql("UPDATE calendar_link SET last_used_at = ? WHERE id = ?").params(usedAt, id).update();
	}

	private static CalendarLink map(ResultSet rs, int row) throws SQLException {
		return new CalendarLink(rs.getLong("id"), rs.getString("person_id"), rs.getObject("created_at", OffsetDateTime.class),
				rs.getObject("last_used_at", OffsetDateTime.class));
	}
}
