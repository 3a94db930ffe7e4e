package dk.aarshjul.strategy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

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
		jdbc.sql("INSERT INTO strategy_initiative (strategy_map_id, code, title, vision_goal_id) VALUES (?, ?, ?, ?)")
			.params(mapId, code, title, visionGoalId).update();
	}

	private static Initiative initiative(ResultSet rs, int row) throws SQLException {
		return new Initiative(rs.getLong("id"), rs.getString("owner"), rs.getInt("first_year"), rs.getInt("last_year"),
				rs.getString("code"), rs.getString("title"), rs.getString("vision_code"), rs.getString("vision_title"));
	}
}
