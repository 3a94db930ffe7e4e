package dk.aarshjul.followup;

import java.sql.ResultSet;
import java.sql.SQLException;
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
	record Row(long id, String municipalityId, int year, int quarter, Party party, String partyId, String reportedBy,
			String acknowledgedBy, Long agreementId) {
	}

	private final JdbcClient jdbc;

	FollowUpRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @param agreementId the version of the party's agreement followed up on, or null (a map's initiatives) */
	long insert(String municipalityId, int year, int quarter, Party party, String partyId, Long agreementId,
			String processInstanceId) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO follow_up (municipality_id, cycle_year, quarter, party_kind, party_id, agreement_id,
				    process_instance_id)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(municipalityId, year, quarter, party.name(), partyId, agreementId, processInstanceId).update(key, "id");
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
			.query(FollowUpRepository::row).optional();
	}

	Optional<Row> byId(long id) {
		return jdbc.sql("SELECT * FROM follow_up WHERE id = ?").param(id).query(FollowUpRepository::row).optional();
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getLong("id"), rs.getString("municipality_id"), rs.getInt("cycle_year"), rs.getInt("quarter"),
				Party.valueOf(rs.getString("party_kind")), rs.getString("party_id"), rs.getString("reported_by"),
				rs.getString("acknowledged_by"), rs.getObject("agreement_id", Long.class));
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
		return jdbc.sql(STATUSES + """
				WHERE f.municipality_id = ? AND f.cycle_year = ?
				ORDER BY f.quarter, f.party_kind, f.party_id, s.sort_order""")
			.params(municipalityId, year).query(FollowUpRepository::status).list();
	}

	/** The statuses of one follow-up, in the order reported. */
	List<FollowUpService.Status> statuses(long followUpId) {
		return jdbc.sql(STATUSES + " WHERE f.id = ? ORDER BY s.sort_order").param(followUpId)
			.query(FollowUpRepository::status).list();
	}

	/** The statuses a party reported in a quarter of the year (none if it has not reported). */
	List<FollowUpService.Status> statuses(String municipalityId, int year, int quarter, Party party, String partyId) {
		return jdbc.sql(STATUSES + """
				WHERE f.municipality_id = ? AND f.cycle_year = ? AND f.quarter = ? AND f.party_kind = ? AND f.party_id = ?
				ORDER BY s.sort_order""")
			.params(municipalityId, year, quarter, party.name(), partyId).query(FollowUpRepository::status).list();
	}

	private static final String STATUSES = """
			SELECT f.quarter, f.party_kind, f.party_id, s.goal_id, s.initiative_id, COALESCE(g.title, i.title) AS title,
			    s.status, s.comment
			FROM follow_up f JOIN follow_up_status s ON s.follow_up_id = f.id
			LEFT JOIN agreement_goal g ON g.id = s.goal_id
			LEFT JOIN strategy_initiative i ON i.id = s.initiative_id
			""";

	private static FollowUpService.Status status(ResultSet rs, int row) throws SQLException {
		return new FollowUpService.Status(rs.getInt("quarter"), Party.valueOf(rs.getString("party_kind")),
				rs.getString("party_id"), rs.getObject("goal_id", Long.class), rs.getObject("initiative_id", Long.class),
				rs.getString("title"), FollowUpStatus.valueOf(rs.getString("status")), rs.getString("comment"));
	}

	void acknowledge(long followUpId, String user, OffsetDateTime now, String comment) {
		jdbc.sql("UPDATE follow_up SET acknowledged_by = ?, acknowledged_at = ?, acknowledgement = ? WHERE id = ?")
			.params(user, now, comment, followUpId).update();
	}

	/** Every acknowledged follow-up of the year. */
	List<FollowUpService.Acknowledgement> acknowledgementsOfYear(String municipalityId, int year) {
		return jdbc.sql("""
				SELECT quarter, party_kind, party_id, reported_by, acknowledged_by, acknowledged_at, acknowledgement
				FROM follow_up
				WHERE municipality_id = ? AND cycle_year = ? AND acknowledged_at IS NOT NULL
				ORDER BY quarter, party_kind, party_id""")
			.params(municipalityId, year)
			.query((rs, n) -> new FollowUpService.Acknowledgement(rs.getInt("quarter"),
					Party.valueOf(rs.getString("party_kind")), rs.getString("party_id"), rs.getString("reported_by"),
					rs.getString("acknowledged_by"), rs.getObject("acknowledged_at", OffsetDateTime.class),
					rs.getString("acknowledgement")))
			.list();
	}

	long openDialogue(long followUpId, int quarter, Long goalId, Long initiativeId, DialogueReason reason) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO goal_dialogue (follow_up_id, quarter, goal_id, initiative_id, reason)
				VALUES (?, ?, ?, ?, ?)""")
			.params(followUpId, quarter, goalId, initiativeId, reason.name()).update(key, "id");
		return key.getKey().longValue();
	}

	/** The dialogues of a follow-up whose action is not recorded yet, in the order of the report. */
	List<Long> openDialogues(long followUpId) {
		return jdbc.sql("SELECT id FROM goal_dialogue WHERE follow_up_id = ? AND agreed_action IS NULL ORDER BY id")
			.param(followUpId).query(Long.class).list();
	}

	/** A dialogue's task, recorded when the task is created: its completion finds the dialogue by it. */
	void attachTask(long dialogueId, String taskId) {
		jdbc.sql("UPDATE goal_dialogue SET task_id = ? WHERE id = ?").params(taskId, dialogueId).update();
	}

	void recordDialogue(long dialogueId, String agreedAction, String user, OffsetDateTime now) {
		jdbc.sql("UPDATE goal_dialogue SET agreed_action = ?, recorded_by = ?, recorded_at = ? WHERE id = ?")
			.params(agreedAction, user, now, dialogueId).update();
	}

	Optional<FollowUpService.Dialogue> dialogue(long dialogueId) {
		return jdbc.sql(DIALOGUES + " WHERE d.id = ?").param(dialogueId).query(FollowUpRepository::dialogue).optional();
	}

	Optional<FollowUpService.Dialogue> dialogueOfTask(String taskId) {
		return jdbc.sql(DIALOGUES + " WHERE d.task_id = ?").param(taskId).query(FollowUpRepository::dialogue).optional();
	}

	List<FollowUpService.Dialogue> dialoguesOfGoal(long goalId) {
		return jdbc.sql(DIALOGUES + " WHERE d.goal_id = ? ORDER BY d.quarter, d.id").param(goalId)
			.query(FollowUpRepository::dialogue).list();
	}

	List<FollowUpService.Dialogue> dialoguesOfInitiative(long initiativeId) {
		return jdbc.sql(DIALOGUES + " WHERE d.initiative_id = ? ORDER BY d.quarter, d.id").param(initiativeId)
			.query(FollowUpRepository::dialogue).list();
	}

	List<FollowUpService.Dialogue> dialoguesOfYear(String municipalityId, int year) {
		return jdbc.sql(DIALOGUES + """
				WHERE f.municipality_id = ? AND f.cycle_year = ?
				ORDER BY d.quarter, f.party_kind, f.party_id, d.id""")
			.params(municipalityId, year).query(FollowUpRepository::dialogue).list();
	}

	private static final String DIALOGUES = """
			SELECT d.id, d.quarter, f.id AS follow_up_id, f.party_kind, f.party_id, d.goal_id, d.initiative_id,
			    COALESCE(g.title, i.title) AS title, d.reason, d.agreed_action, d.recorded_by, d.recorded_at
			FROM goal_dialogue d JOIN follow_up f ON f.id = d.follow_up_id
			LEFT JOIN agreement_goal g ON g.id = d.goal_id
			LEFT JOIN strategy_initiative i ON i.id = d.initiative_id
			""";

	private static FollowUpService.Dialogue dialogue(ResultSet rs, int row) throws SQLException {
		return new FollowUpService.Dialogue(rs.getLong("id"), rs.getLong("follow_up_id"), rs.getInt("quarter"),
				Party.valueOf(rs.getString("party_kind")), rs.getString("party_id"), rs.getObject("goal_id", Long.class),
				rs.getObject("initiative_id", Long.class), rs.getString("title"), DialogueReason.valueOf(rs.getString("reason")),
				rs.getString("agreed_action"), rs.getString("recorded_by"), rs.getObject("recorded_at", OffsetDateTime.class));
	}
}
