package dk.aarshjul.followup;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import dk.aarshjul.scope.Party;

@Repository
class FollowUpRepository {

	/** A follow-up as recorded: whose, when, and each item's status. */
	record Row(long id, String municipalityId, int year, int quarter, Party party, String partyId, String reportedBy) {
	}

	private final JdbcClient jdbc;

	FollowUpRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(String municipalityId, int year, int quarter, Party party, String partyId, String processInstanceId) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO follow_up (municipality_id, cycle_year, quarter, party_kind, party_id, process_instance_id)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(municipalityId, year, quarter, party.name(), partyId, processInstanceId).update(key, "id");
		return key.getKey().longValue();
	}

	boolean exists(String municipalityId, int year, int quarter, Party party, String partyId) {
		return jdbc.sql("""
				SELECT count(*) FROM follow_up
				WHERE municipality_id = ? AND cycle_year = ? AND quarter = ? AND party_kind = ? AND party_id = ?""")
			.params(municipalityId, year, quarter, party.name(), partyId).query(Integer.class).single() > 0;
	}

	Optional<Row> byProcessInstance(String processInstanceId) {
		return jdbc.sql("SELECT * FROM follow_up WHERE process_instance_id = ?").param(processInstanceId)
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getString("municipality_id"), rs.getInt("cycle_year"),
					rs.getInt("quarter"), Party.valueOf(rs.getString("party_kind")), rs.getString("party_id"),
					rs.getString("reported_by")))
			.optional();
	}

	void report(long followUpId, List<FollowUpService.Reported> statuses, String user, OffsetDateTime now) {
		int order = 0;
		for (FollowUpService.Reported status : statuses) {
			jdbc.sql("""
					INSERT INTO follow_up_status (follow_up_id, sort_order, goal_id, initiative_id, status, comment)
					VALUES (?, ?, ?, ?, ?, ?)""")
				.params(followUpId, order++, status.item().goalId(), status.item().initiativeId(), status.status().name(),
						status.comment())
				.update();
		}
		jdbc.sql("UPDATE follow_up SET reported_by = ?, reported_at = ? WHERE id = ?").params(user, now, followUpId).update();
	}

	/** Every reported status of the year, for the red thread and the forums' overview. */
	List<FollowUpService.Status> statusesOfYear(String municipalityId, int year) {
		return jdbc.sql("""
				SELECT f.quarter, f.party_kind, f.party_id, s.goal_id, s.initiative_id, COALESCE(g.title, i.title) AS title,
				    s.status, s.comment
				FROM follow_up f JOIN follow_up_status s ON s.follow_up_id = f.id
				LEFT JOIN agreement_goal g ON g.id = s.goal_id
				LEFT JOIN strategy_initiative i ON i.id = s.initiative_id
				WHERE f.municipality_id = ? AND f.cycle_year = ?
				ORDER BY f.quarter, f.party_kind, f.party_id, s.sort_order""")
			.params(municipalityId, year)
			.query((rs, n) -> new FollowUpService.Status(rs.getInt("quarter"), Party.valueOf(rs.getString("party_kind")),
					rs.getString("party_id"), (Long) rs.getObject("goal_id", Long.class),
					(Long) rs.getObject("initiative_id", Long.class), rs.getString("title"), FollowUpStatus.valueOf(rs.getString("status")),
					rs.getString("comment")))
			.list();
	}
}
