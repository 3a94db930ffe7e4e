package dk.aarshjul.cycle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CycleRepository {

	private final JdbcClient jdbc;

	CycleRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Cycle> find(String municipalityId, int year) {
		return jdbc.sql("SELECT * FROM annual_cycle WHERE municipality_id = ? AND cycle_year = ?")
			.params(municipalityId, year)
			.query(CycleRepository::map)
			.optional();
	}

	List<Cycle> findAll(String municipalityId) {
		return jdbc.sql("SELECT * FROM annual_cycle WHERE municipality_id = ? ORDER BY cycle_year")
			.param(municipalityId)
			.query(CycleRepository::map)
			.list();
	}

	void insertForumMeeting(String municipalityId, ForumMeeting meeting, String processInstanceId) {
		jdbc.sql("""
				INSERT INTO forum_meeting (municipality_id, cycle_year, forum, committee_id, held_on, discussion, decisions,
				    recorded_by, recorded_at, process_instance_id)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(municipalityId, meeting.year(), meeting.forum().name(), meeting.committee(), meeting.heldOn(),
					meeting.discussion(), meeting.decisions(), meeting.recordedBy(), meeting.recordedAt(), processInstanceId)
			.update();
	}

	List<ForumMeeting> forumMeetings(String municipalityId, int year) {
		return jdbc.sql("SELECT * FROM forum_meeting WHERE municipality_id = ? AND cycle_year = ? ORDER BY held_on, id")
			.params(municipalityId, year)
			.query((rs, n) -> new ForumMeeting(rs.getInt("cycle_year"), ForumMeeting.Forum.valueOf(rs.getString("forum")),
					rs.getString("committee_id"), rs.getObject("held_on", LocalDate.class), rs.getString("discussion"),
					rs.getString("decisions"), rs.getString("recorded_by"), rs.getObject("recorded_at", OffsetDateTime.class)))
			.list();
	}

	void insert(String municipalityId, int year, String processInstanceId, String startedBy, OffsetDateTime startedAt) {
		jdbc.sql("""
				INSERT INTO annual_cycle (municipality_id, cycle_year, process_instance_id, status, started_by, started_at)
				VALUES (?, ?, ?, 'RUNNING', ?, ?)""")
			.params(municipalityId, year, processInstanceId, startedBy, startedAt)
			.update();
	}

	int markCompleted(String processInstanceId, OffsetDateTime completedAt) {
		return jdbc.sql("UPDATE annual_cycle SET status = 'COMPLETED', completed_at = ? WHERE process_instance_id = ?")
			.params(completedAt, processInstanceId)
			.update();
	}

	void saveEvaluationSummary(String processInstanceId, String summary) {
		jdbc.sql("UPDATE annual_cycle SET evaluation_summary = ? WHERE process_instance_id = ?")
			.params(summary, processInstanceId).update();
	}

	void registerCouncilPresentation(String processInstanceId, LocalDate presentedOn, String note) {
		jdbc.sql("UPDATE annual_cycle SET council_presented_on = ?, council_note = ? WHERE process_instance_id = ?")
			.params(presentedOn, note, processInstanceId).update();
	}

	private static Cycle map(ResultSet rs, int row) throws SQLException {
		return new Cycle(
				rs.getLong("id"),
				rs.getString("municipality_id"),
				rs.getInt("cycle_year"),
				rs.getString("process_instance_id"),
				Cycle.Status.valueOf(rs.getString("status")),
				rs.getString("started_by"),
				rs.getObject("started_at", OffsetDateTime.class),
				rs.getObject("completed_at", OffsetDateTime.class),
				rs.getString("evaluation_summary"),
				rs.getObject("council_presented_on", LocalDate.class));
	}
}
