package dk.aarshjul.med;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class MedStatementRepository {

	private final JdbcClient jdbc;

	MedStatementRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(String municipalityId, int year, MedStatementPoint.Subject subject, long subjectId, MedCouncil council,
			String councilOf, MedStatementOutcome outcome, String text, String user, OffsetDateTime now,
			String processInstanceId) {
		jdbc.sql("""
				INSERT INTO med_statement (municipality_id, cycle_year, subject_kind, subject_id, council, council_of, outcome,
				    statement, given_by, given_at, process_instance_id)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(municipalityId, year, subject.name(), subjectId, council.name(), councilOf, outcome.name(), text, user,
					now, processInstanceId)
			.update();
	}

	/** How many times the process has shown a draft to the council already. */
	int countOf(String processInstanceId, MedCouncil council) {
		return jdbc.sql("SELECT COUNT(*) FROM med_statement WHERE process_instance_id = ? AND council = ?")
			.params(processInstanceId, council.name()).query(Integer.class).single();
	}

	List<MedStatement> ofSubject(MedStatementPoint.Subject subject, long subjectId) {
		return jdbc.sql("SELECT * FROM med_statement WHERE subject_kind = ? AND subject_id = ? ORDER BY id")
			.params(subject.name(), subjectId).query(MedStatementRepository::statement).list();
	}

	List<MedStatement> ofProcess(String processInstanceId) {
		return jdbc.sql("SELECT * FROM med_statement WHERE process_instance_id = ? ORDER BY id")
			.param(processInstanceId).query(MedStatementRepository::statement).list();
	}

	private static MedStatement statement(ResultSet rs, int row) throws SQLException {
		return new MedStatement(rs.getLong("id"), rs.getString("municipality_id"), rs.getInt("cycle_year"),
				MedStatementPoint.Subject.valueOf(rs.getString("subject_kind")), rs.getLong("subject_id"),
				MedCouncil.valueOf(rs.getString("council")), rs.getString("council_of"),
				MedStatementOutcome.valueOf(rs.getString("outcome")), rs.getString("statement"), rs.getString("given_by"),
				rs.getObject("given_at", OffsetDateTime.class), rs.getString("process_instance_id"));
	}
}
