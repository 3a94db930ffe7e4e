package dk.aarshjul.strategy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Vision goals, strategy maps and their initiatives. */
@Repository
public class StrategyRepository {

	private static final String INITIATIVE = """
			SELECT i.id, m.owner, m.first_year, m.last_year, i.code, i.title, v.code AS vision_code, v.title AS vision_title
			FROM strategy_initiative i
			JOIN strategy_map m ON m.id = i.strategy_map_id
			JOIN vision_goal v ON v.id = i.vision_goal_id
			""";

	/** A version of a strategy map; {@code approvedAt} is when the seminar approved it (null if it was not). */
	public record StrategyMap(long id, String owner, int firstYear, int lastYear, int version, String status,
			Integer writtenIn, String writtenBy, OffsetDateTime approvedAt) {
	}

	/** A vision goal of the municipality. */
	public record VisionGoal(long id, String code, String title) {
	}

	private final JdbcClient jdbc;

	StrategyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The initiatives of the owner's approved map in force in the year, in the map's order. */
	public List<Initiative> initiativesInForce(String municipalityId, String owner, int year) {
		return jdbc.sql(INITIATIVE + """
				WHERE m.municipality_id = ? AND m.owner = ? AND m.status = 'APPROVED' AND ? BETWEEN m.first_year AND m.last_year
				ORDER BY i.id""")
			.params(municipalityId, owner, year)
			.query(StrategyRepository::initiative)
			.list();
	}

	/** The initiatives of one version of a map, in its order. */
	public List<Initiative> initiativesOfMap(long mapId) {
		return jdbc.sql(INITIATIVE + " WHERE m.id = ? ORDER BY i.id").param(mapId).query(StrategyRepository::initiative).list();
	}

	/** The owner's approved map in force in the year. */
	public Optional<StrategyMap> mapInForce(String municipalityId, String owner, int year) {
		return jdbc.sql("""
				SELECT * FROM strategy_map
				WHERE municipality_id = ? AND owner = ? AND status = 'APPROVED' AND ? BETWEEN first_year AND last_year""")
			.params(municipalityId, owner, year).query(StrategyRepository::map).optional();
	}

	/** One version of a map, by its id. */
	public Optional<StrategyMap> map(long id) {
		return jdbc.sql("SELECT * FROM strategy_map WHERE id = ?").param(id).query(StrategyRepository::map).optional();
	}

	/** The maps written or reviewed in the year's fourth quarter, by owner. */
	public List<StrategyMap> mapsWrittenIn(String municipalityId, int year) {
		return jdbc.sql("SELECT * FROM strategy_map WHERE municipality_id = ? AND written_in = ? ORDER BY owner, version")
			.params(municipalityId, year).query(StrategyRepository::map).list();
	}

	public Optional<StrategyMap> mapOfProcess(String processInstanceId) {
		return jdbc.sql("SELECT * FROM strategy_map WHERE process_instance_id = ?").param(processInstanceId)
			.query(StrategyRepository::map).optional();
	}

	public List<VisionGoal> visionGoals(String municipalityId) {
		return jdbc.sql("SELECT id, code, title FROM vision_goal WHERE municipality_id = ? ORDER BY code").param(municipalityId)
			.query((rs, n) -> new VisionGoal(rs.getLong("id"), rs.getString("code"), rs.getString("title"))).list();
	}

	/** Approves a draft; the version it replaces for the same period is superseded. */
	void approve(StrategyMap draft, OffsetDateTime now) {
		jdbc.sql("""
				UPDATE strategy_map SET status = 'SUPERSEDED'
				WHERE municipality_id = (SELECT municipality_id FROM strategy_map WHERE id = ?)
				  AND owner = ? AND first_year = ? AND status = 'APPROVED'""")
			.params(draft.id(), draft.owner(), draft.firstYear()).update();
		jdbc.sql("UPDATE strategy_map SET status = 'APPROVED', approved_at = ? WHERE id = ?").params(now, draft.id()).update();
	}

	/** Sent back from the seminar: kept, readable, never in force. */
	void returnDraft(StrategyMap draft, String comment) {
		jdbc.sql("UPDATE strategy_map SET status = 'RETURNED', return_comment = ? WHERE id = ? AND status = 'DRAFT'")
			.params(comment, draft.id()).update();
	}

	Optional<StrategyMap> latestDraftOf(String processInstanceId) {
		return jdbc.sql("SELECT * FROM strategy_map WHERE process_instance_id = ? AND status = 'DRAFT' ORDER BY version DESC")
			.param(processInstanceId).query(StrategyRepository::map).stream().findFirst();
	}

	long insertDraft(String municipalityId, String owner, int firstYear, int lastYear, int writtenIn, String writtenBy,
			String processInstanceId) {
		int version = jdbc.sql("SELECT COALESCE(MAX(version), 0) + 1 FROM strategy_map WHERE municipality_id = ? AND owner = ? AND first_year = ?")
			.params(municipalityId, owner, firstYear).query(Integer.class).single();
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO strategy_map (municipality_id, owner, first_year, last_year, status, version, written_in, written_by,
				    process_instance_id)
				VALUES (?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?)""")
			.params(municipalityId, owner, firstYear, lastYear, version, writtenIn, writtenBy, processInstanceId)
			.update(key, "id");
		return key.getKey().longValue();
	}

	void insertReview(long mapId, long initiativeId, String decision, String remark) {
		jdbc.sql("INSERT INTO initiative_review (strategy_map_id, initiative_id, decision, remark) VALUES (?, ?, ?, ?)")
			.params(mapId, initiativeId, decision, remark).update();
	}

	/** How the initiatives of the map a draft replaces were reviewed: initiative id to decision. */
	public Map<Long, String> reviewDecisions(long draftMapId) {
		return jdbc.sql("SELECT initiative_id, decision FROM initiative_review WHERE strategy_map_id = ?").param(draftMapId)
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list().stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	public Optional<Initiative> initiative(long id) {
		return jdbc.sql(INITIATIVE + " WHERE i.id = ?").param(id).query(StrategyRepository::initiative).optional();
	}

	public int visionGoalCount(String municipalityId) {
		return jdbc.sql("SELECT count(*) FROM vision_goal WHERE municipality_id = ?").param(municipalityId)
			.query(Integer.class).single();
	}

	long insertVisionGoal(String municipalityId, String code, String title) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO vision_goal (municipality_id, code, title) VALUES (?, ?, ?)")
			.params(municipalityId, code, title).update(key, "id");
		return key.getKey().longValue();
	}

	long insertMap(String municipalityId, String owner, int firstYear, int lastYear, String status) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO strategy_map (municipality_id, owner, first_year, last_year, status) VALUES (?, ?, ?, ?, ?)")
			.params(municipalityId, owner, firstYear, lastYear, status).update(key, "id");
		return key.getKey().longValue();
	}

	void insertInitiative(long mapId, String code, String title, long visionGoalId) {
		insertInitiative(mapId, code, title, visionGoalId, null);
	}

	void insertInitiative(long mapId, String code, String title, long visionGoalId, Long derivedFrom) {
		jdbc.sql("INSERT INTO strategy_initiative (strategy_map_id, code, title, vision_goal_id, derived_from) VALUES (?, ?, ?, ?, ?)")
			.params(mapId, code, title, visionGoalId, derivedFrom).update();
	}

	long visionGoalOf(long initiativeId) {
		return jdbc.sql("SELECT vision_goal_id FROM strategy_initiative WHERE id = ?").param(initiativeId).query(Long.class).single();
	}

	private static StrategyMap map(ResultSet rs, int row) throws SQLException {
		return new StrategyMap(rs.getLong("id"), rs.getString("owner"), rs.getInt("first_year"), rs.getInt("last_year"),
				rs.getInt("version"), rs.getString("status"), (Integer) rs.getObject("written_in", Integer.class),
				rs.getString("written_by"), rs.getObject("approved_at", OffsetDateTime.class));
	}

	private static Initiative initiative(ResultSet rs, int row) throws SQLException {
		return new Initiative(rs.getLong("id"), rs.getString("owner"), rs.getInt("first_year"), rs.getInt("last_year"),
				rs.getString("code"), rs.getString("title"), rs.getString("vision_code"), rs.getString("vision_title"));
	}
}
