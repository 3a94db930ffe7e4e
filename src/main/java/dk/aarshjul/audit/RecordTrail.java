package dk.aarshjul.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dk.aarshjul.audit.AuditEntry.Kind;
import dk.aarshjul.audit.AuditEntry.Source;

/**
 * The audit trail as our own tables keep it: who drafted, amended and approved each version of an agreement, who
 * reported and answered changed premises, who gave the works council's statement, who evaluated and confirmed last
 * year's goals, who reported and acknowledged a follow-up, and who recorded an agreed action. These records outlive
 * the engine's history (see README, "Audit and retention").
 */
@Repository
class RecordTrail {

	private final JdbcClient jdbc;

	RecordTrail(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The names of everyone the organisation file has declared, also those who have left. */
	Map<String, String> personNames(String municipalityId) {
		Map<String, String> names = new HashMap<>();
		jdbc.sql("SELECT person_id, name FROM organisation_person WHERE municipality_id = ?").param(municipalityId)
			.query((rs, n) -> names.put(rs.getString(1), rs.getString(2))).list();
		return names;
	}

	List<AuditEntry> entries(String municipalityId, AuditQuery query, Subjects subjects) {
		List<AuditEntry> entries = new ArrayList<>();
		Filter agreement = filter(municipalityId, query, "a.agreement_year", "a.party_id");
		jdbc.sql("""
				SELECT a.party_kind, a.party_id, a.agreement_year, a.version, a.drafted_by, a.drafted_at, a.decided_by,
				       a.approved_at, a.process_instance_id
				FROM agreement a WHERE""" + agreement.where)
			.params(agreement.params).query((rs, n) -> {
				String subject = subjects.agreement(rs.getString(1), rs.getString(2), rs.getInt(3));
				int version = rs.getInt(4);
				String process = rs.getString(9);
				add(entries, rs, 5, 6, version == 1 ? "udarbejdede " + subject : "ændrede " + subject + " (version " + version + ")",
						process);
				add(entries, rs, 7, 8, version == 1 ? "godkendte " + subject : "godkendte version " + version + " af " + subject,
						process);
				return null;
			}).list();
		jdbc.sql("""
				SELECT a.party_kind, a.party_id, a.agreement_year, p.description, p.reported_by, p.reported_at,
				       p.answered_by, p.answered_at, p.outcome, p.answer, p.process_instance_id
				FROM premises_change p JOIN agreement a ON a.id = p.agreement_id WHERE""" + agreement.where)
			.params(agreement.params).query((rs, n) -> {
				String subject = subjects.agreement(rs.getString(1), rs.getString(2), rs.getInt(3));
				String process = rs.getString(11);
				add(entries, rs, 5, 6, "meldte ændrede forudsætninger for " + subject + ": »" + rs.getString(4) + "«", process);
				String outcome = "AMEND".equals(rs.getString(9)) ? "besluttede, at " + subject + " skal ændres"
						: "svarede, at " + subject + " står ved magt";
				add(entries, rs, 7, 8, outcome + (rs.getString(10) == null ? "" : ": »" + rs.getString(10) + "«"), process);
				return null;
			}).list();
		jdbc.sql("""
				SELECT a.party_kind, a.party_id, a.agreement_year, m.council, m.outcome, m.given_by, m.given_at,
				       m.process_instance_id
				FROM med_statement m JOIN agreement a ON a.id = m.subject_id
				WHERE m.subject_kind IN ('UNIT_AGREEMENT', 'CENTRE_AGREEMENT') AND""" + agreement.where)
			.params(agreement.params).query((rs, n) -> {
				String subject = subjects.agreement(rs.getString(1), rs.getString(2), rs.getInt(3));
				String council = rs.getString(4).replace('_', '-') + "'s";
				String text = switch (rs.getString(5)) {
					case "NO_REMARKS" -> "meddelte, at " + council.substring(0, council.length() - 2) + " ingen bemærkninger har til " + subject;
					case "MISSING" -> council + " udtalelse om " + subject + " blev registreret som manglende";
					default -> "afgav " + council + " udtalelse om " + subject;
				};
				add(entries, rs, 6, 7, text, rs.getString(8));
				return null;
			}).list();
		Filter evaluated = filter(municipalityId, query, "a.agreement_year + 1", "a.party_id");
		jdbc.sql("""
				SELECT a.party_kind, a.party_id, a.agreement_year, g.title, e.evaluated_by, e.evaluated_at, e.confirmed_by,
				       e.confirmed_at, e.result
				FROM goal_evaluation e JOIN agreement_goal g ON g.id = e.goal_id JOIN agreement a ON a.id = g.agreement_id
				WHERE""" + evaluated.where)
			.params(evaluated.params).query((rs, n) -> {
				String goal = "målet »" + rs.getString(4) + "« i " + subjects.agreement(rs.getString(1), rs.getString(2), rs.getInt(3));
				add(entries, rs, 5, 6, "evaluerede " + goal + " (" + result(rs.getString(9)) + ")", null);
				add(entries, rs, 7, 8, "bekræftede evalueringen af " + goal, null);
				return null;
			}).list();
		Filter followUp = filter(municipalityId, query, "f.cycle_year", "f.party_id");
		jdbc.sql("""
				SELECT f.party_kind, f.party_id, f.cycle_year, f.quarter, f.reported_by, f.reported_at, f.acknowledged_by,
				       f.acknowledged_at, f.process_instance_id
				FROM follow_up f WHERE""" + followUp.where)
			.params(followUp.params).query((rs, n) -> {
				String subject = "opfølgningen i " + rs.getInt(4) + ". kvartal " + rs.getInt(3) + " for "
						+ subjects.party(rs.getString(1), rs.getString(2));
				add(entries, rs, 5, 6, "afgav " + subject, rs.getString(9));
				add(entries, rs, 7, 8, "kvitterede for " + subject, rs.getString(9));
				return null;
			}).list();
		jdbc.sql("""
				SELECT f.party_kind, f.party_id, f.cycle_year, d.quarter, d.recorded_by, d.recorded_at, g.title, i.title
				FROM goal_dialogue d JOIN follow_up f ON f.id = d.follow_up_id
				LEFT JOIN agreement_goal g ON g.id = d.goal_id LEFT JOIN strategy_initiative i ON i.id = d.initiative_id
				WHERE""" + followUp.where)
			.params(followUp.params).query((rs, n) -> {
				String about = rs.getString(7) != null ? "målet »" + rs.getString(7) + "«" : "initiativet »" + rs.getString(8) + "«";
				add(entries, rs, 5, 6, "noterede den aftalte handling for " + about + " (" + rs.getInt(4) + ". kvartal "
						+ rs.getInt(3) + ", " + subjects.party(rs.getString(1), rs.getString(2)) + ")", null);
				return null;
			}).list();
		return entries.stream().filter(e -> subjects.keep(e, query)).toList();
	}

	private static String result(String result) {
		return switch (result) {
			case "ACHIEVED" -> "nået";
			case "PARTLY" -> "delvist nået";
			default -> "ikke nået";
		};
	}

	/** An entry for the person in column {@code who} at the moment in column {@code when}, if the record has both. */
	private static void add(List<AuditEntry> entries, ResultSet rs, int who, int when, String text, String process)
			throws SQLException {
		OffsetDateTime at = rs.getObject(when, OffsetDateTime.class);
		if (at == null) {
			return;
		}
		entries.add(new AuditEntry(at.toInstant(), rs.getString(who), text, Source.RECORD, Kind.STEP, process));
	}

	private record Filter(String where, Object[] params) {
	}

	private static Filter filter(String municipalityId, AuditQuery query, String yearColumn, String partyColumn) {
		String alias = partyColumn.substring(0, partyColumn.indexOf('.'));
		StringBuilder where = new StringBuilder(" " + alias + ".municipality_id = ?");
		List<Object> params = new ArrayList<>(List.of(municipalityId));
		if (query.year() != null) {
			where.append(" AND ").append(yearColumn).append(" = ?");
			params.add(query.year());
		}
		if (query.partyId() != null) {
			where.append(" AND ").append(partyColumn).append(" = ?");
			params.add(query.partyId());
		}
		return new Filter(where.toString(), params.toArray());
	}

}
