package dk.aarshjul.agreement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class PremisesChangeRepository {

	/** A reported change of an agreement's premises, and the answer to it. */
	record Row(long id, long agreementId, String reason, String description, String reportedBy,
			OffsetDateTime reportedAt, String outcome, String answer, String answeredBy, Long amendmentId) {
	}

	private final JdbcClient jdbc;

	PremisesChangeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(String municipalityId, long agreementId, String reason, String description, String user,
			OffsetDateTime now, String processInstanceId) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO premises_change (municipality_id, agreement_id, reason, description, reported_by, reported_at,
				    process_instance_id)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(municipalityId, agreementId, reason, description, user, now, processInstanceId)
			.update(key, "id");
		return key.getKey().longValue();
	}

	/** Whether a change reported for the agreement is still being handled: unanswered, or its amendment undecided. */
	boolean openFor(long agreementId) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM premises_change c LEFT JOIN agreement a ON a.id = c.amendment_id
				WHERE c.agreement_id = ? AND (c.outcome IS NULL OR a.status IN ('DRAFT', 'SUBMITTED', 'RETURNED'))""")
			.param(agreementId).query(Integer.class).single() > 0;
	}

	Optional<Row> byProcessInstance(String processInstanceId) {
		return jdbc.sql("SELECT * FROM premises_change WHERE process_instance_id = ?").param(processInstanceId)
			.query(PremisesChangeRepository::row).optional();
	}

	/** The changes reported for any version of the party's agreement for the year, oldest first. */
	List<Row> ofAgreement(long agreementId) {
		return jdbc.sql("""
				SELECT c.* FROM premises_change c JOIN agreement a ON a.id = c.agreement_id
				JOIN agreement same ON same.municipality_id = a.municipality_id AND same.party_kind = a.party_kind
				    AND same.party_id = a.party_id AND same.agreement_year = a.agreement_year
				WHERE same.id = ? ORDER BY c.reported_at, c.id""")
			.param(agreementId).query(PremisesChangeRepository::row).list();
	}

	void answer(long id, String outcome, String answer, String user, OffsetDateTime now) {
		jdbc.sql("UPDATE premises_change SET outcome = ?, answer = ?, answered_by = ?, answered_at = ? WHERE id = ?")
			.params(outcome, answer, user, now, id).update();
	}

	void amendedBy(long id, long amendmentId) {
		jdbc.sql("UPDATE premises_change SET amendment_id = ? WHERE id = ?").params(amendmentId, id).update();
	}

	private static Row row(ResultSet rs, int row) throws SQLException {
		return new Row(rs.getLong("id"), rs.getLong("agreement_id"), rs.getString("reason"), rs.getString("description"),
				rs.getString("reported_by"), rs.getObject("reported_at", OffsetDateTime.class), rs.getString("outcome"),
				rs.getString("answer"), rs.getString("answered_by"), rs.getObject("amendment_id", Long.class));
	}
}
