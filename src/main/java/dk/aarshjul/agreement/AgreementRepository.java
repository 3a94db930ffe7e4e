package dk.aarshjul.agreement;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import dk.aarshjul.agreement.Agreement.Status;
import dk.aarshjul.scope.Party;
import dk.aarshjul.strategy.EvaluationResult;

@Repository
class AgreementRepository {

	private final JdbcClient jdbc;

	AgreementRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(String municipalityId, Party party, String partyId, String centreId, int year, String processInstanceId) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO agreement (municipality_id, party_kind, party_id, centre_id, agreement_year, status, process_instance_id)
				VALUES (?, ?, ?, ?, ?, 'DRAFT', ?)""")
			.params(municipalityId, party.name(), partyId, centreId, year, processInstanceId)
			.update(key, "id");
		return key.getKey().longValue();
	}

	/** The party's agreement for the year: its newest version, whatever its status. */
	Optional<Agreement> find(String municipalityId, Party party, String partyId, int year) {
		return one("""
				WHERE municipality_id = ? AND party_kind = ? AND party_id = ? AND agreement_year = ?
				ORDER BY version DESC FETCH FIRST 1 ROWS ONLY""", municipalityId, party.name(), partyId, year);
	}

	/** The version of the party's agreement for the year that is in force now, if one is. */
	Optional<Agreement> inForce(String municipalityId, Party party, String partyId, int year) {
		return one("WHERE municipality_id = ? AND party_kind = ? AND party_id = ? AND agreement_year = ? AND status = 'APPROVED'",
				municipalityId, party.name(), partyId, year);
	}

	Optional<Agreement> byId(long id) {
		return one("WHERE id = ?", id);
	}

	/** A new version of an agreement in force, to be drafted by the process that amends it. */
	long insertAmendment(Agreement inForce, String processInstanceId) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO agreement (municipality_id, party_kind, party_id, centre_id, agreement_year, version, amends, status,
				    process_instance_id)
				VALUES (?, ?, ?, ?, ?, (SELECT MAX(version) + 1 FROM agreement WHERE municipality_id = ? AND party_kind = ?
				    AND party_id = ? AND agreement_year = ?), ?, 'DRAFT', ?)""")
			.params(inForce.municipalityId(), inForce.party().name(), inForce.partyId(), inForce.centreId(), inForce.year(),
					inForce.municipalityId(), inForce.party().name(), inForce.partyId(), inForce.year(), inForce.id(),
					processInstanceId)
			.update(key, "id");
		return key.getKey().longValue();
	}

	/** An amendment that was never approved: the version before it stays in force. */
	void lapse(long agreementId) {
		jdbc.sql("UPDATE agreement SET status = 'LAPSED' WHERE id = ? AND status <> 'APPROVED'").param(agreementId).update();
	}

	Optional<Agreement> findByProcessInstance(String processInstanceId) {
		return one("WHERE process_instance_id = ?", processInstanceId);
	}

	List<Agreement> findByParty(String municipalityId, Party party, String partyId) {
		return withGoals(jdbc.sql("""
				SELECT * FROM agreement WHERE municipality_id = ? AND party_kind = ? AND party_id = ?
				ORDER BY agreement_year, version""")
			.params(municipalityId, party.name(), partyId).query(AgreementRepository::agreement).list());
	}

	List<Agreement> findByYear(String municipalityId, Party party, int year) {
		return withGoals(jdbc.sql("""
				SELECT * FROM agreement WHERE municipality_id = ? AND party_kind = ? AND agreement_year = ?
				ORDER BY party_id, version""")
			.params(municipalityId, party.name(), year).query(AgreementRepository::agreement).list());
	}

	void saveDraft(long agreementId, BigDecimal economicFrame, List<Goal> goals, String user, OffsetDateTime now) {
		jdbc.sql("DELETE FROM agreement_goal WHERE agreement_id = ?").param(agreementId).update();
		int order = 0;
		for (Goal goal : goals) {
			jdbc.sql("""
					INSERT INTO agreement_goal (agreement_id, sort_order, kind, title, indicator, target, resources, deadline,
					    evaluation_method, initiative_id, carried_over_from, amends_goal)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(agreementId, order++, goal.kind().name(), goal.title(), goal.indicator(), goal.target(),
						goal.resources(), goal.deadline(), goal.evaluationMethod(), goal.initiativeId(), goal.carriedOverFrom(),
						goal.amendsGoal())
				.update();
		}
		jdbc.sql("UPDATE agreement SET economic_frame = ?, status = 'SUBMITTED', drafted_by = ?, drafted_at = ? WHERE id = ?")
			.params(economicFrame, user, now, agreementId).update();
	}

	/** The decision on a version; an approved version replaces the one in force before it. */
	void decide(long agreementId, boolean approved, String comment, String user, OffsetDateTime now) {
		if (approved) {
			jdbc.sql("""
					UPDATE agreement SET status = 'SUPERSEDED', superseded_at = ? WHERE status = 'APPROVED' AND id <> ?
					AND (municipality_id, party_kind, party_id, agreement_year) IN
					    (SELECT municipality_id, party_kind, party_id, agreement_year FROM agreement WHERE id = ?)""")
				.params(now, agreementId, agreementId).update();
		}
		jdbc.sql("UPDATE agreement SET status = ?, return_comment = ?, decided_by = ?, approved_at = ? WHERE id = ?")
			.params(approved ? Status.APPROVED.name() : Status.RETURNED.name(), approved ? null : comment, user,
					approved ? now : null, agreementId)
			.update();
	}

	void saveEvaluation(long goalId, EvaluationResult result, String remark, String user, OffsetDateTime now) {
		int updated = jdbc.sql("""
				UPDATE goal_evaluation SET result = ?, remark = ?, evaluated_by = ?, evaluated_at = ?, confirmed_by = NULL,
				    confirmed_at = NULL, leader_result = NULL, leader_remark = NULL
				WHERE goal_id = ?""")
			.params(result.name(), remark, user, now, goalId).update();
		if (updated == 0) {
			jdbc.sql("INSERT INTO goal_evaluation (goal_id, result, remark, evaluated_by, evaluated_at) VALUES (?, ?, ?, ?, ?)")
				.params(goalId, result.name(), remark, user, now).update();
		}
	}

	Map<Long, Evaluation> evaluations(long agreementId) {
		return jdbc.sql("""
				SELECT e.goal_id, e.result, e.remark, e.evaluated_by, e.confirmed_by, e.confirmed_at, e.leader_result, e.leader_remark
				FROM goal_evaluation e JOIN agreement_goal g ON g.id = e.goal_id
				WHERE g.agreement_id = ?""")
			.param(agreementId)
			.query((rs, row) -> new Evaluation(rs.getLong(1), EvaluationResult.valueOf(rs.getString(2)), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class),
					rs.getString(7) == null ? null : EvaluationResult.valueOf(rs.getString(7)), rs.getString(8)))
			.list().stream().collect(Collectors.toMap(Evaluation::goalId, e -> e));
	}

	void confirmEvaluation(long goalId, String user, OffsetDateTime now) {
		jdbc.sql("UPDATE goal_evaluation SET confirmed_by = ?, confirmed_at = ? WHERE goal_id = ?")
			.params(user, now, goalId).update();
	}

	/** The chief's correction: the agreed result and remark, with the leader's own kept beside them. */
	void correctEvaluation(long goalId, EvaluationResult result, String remark, Evaluation leaders, String user,
			OffsetDateTime now) {
		jdbc.sql("""
				UPDATE goal_evaluation SET result = ?, remark = ?, leader_result = ?, leader_remark = ?, confirmed_by = ?,
				    confirmed_at = ?
				WHERE goal_id = ?""")
			.params(result.name(), remark, leaders.result().name(), leaders.remark(), user, now, goalId).update();
	}

	private Optional<Agreement> one(String where, Object... params) {
		return jdbc.sql("SELECT * FROM agreement " + where).params(params).query(AgreementRepository::agreement)
			.optional().map(a -> a.withGoals(goals(a.id())));
	}

	private List<Agreement> withGoals(List<Agreement> agreements) {
		return agreements.stream().map(a -> a.withGoals(goals(a.id()))).toList();
	}

	private List<Goal> goals(long agreementId) {
		return jdbc.sql("SELECT * FROM agreement_goal WHERE agreement_id = ? ORDER BY sort_order").param(agreementId)
			.query((rs, row) -> new Goal(rs.getLong("id"), GoalKind.valueOf(rs.getString("kind")), rs.getString("title"),
					rs.getString("indicator"), rs.getString("target"), rs.getString("resources"),
					rs.getObject("deadline", LocalDate.class), rs.getString("evaluation_method"),
					rs.getObject("initiative_id", Long.class), rs.getObject("carried_over_from", Long.class),
					rs.getObject("amends_goal", Long.class)))
			.list();
	}

	private static Agreement agreement(ResultSet rs, int row) throws SQLException {
		return new Agreement(rs.getLong("id"), rs.getString("municipality_id"),
				Party.valueOf(rs.getString("party_kind")), rs.getString("party_id"),
				rs.getString("centre_id"), rs.getInt("agreement_year"), rs.getInt("version"),
				rs.getObject("amends", Long.class), rs.getBigDecimal("economic_frame"),
				Status.valueOf(rs.getString("status")), rs.getString("return_comment"), rs.getString("drafted_by"),
				rs.getString("decided_by"), rs.getObject("approved_at", OffsetDateTime.class),
				rs.getObject("superseded_at", OffsetDateTime.class), rs.getString("process_instance_id"), List.of());
	}
}
