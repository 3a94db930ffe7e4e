package dk.aarshjul.strategy;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.aarshjul.system.FormValues;
import dk.aarshjul.system.SubmissionRefusedException;
import dk.aarshjul.system.EngineClock;
import dk.aarshjul.system.TextLimits;

/**
 * The centre's evaluation of last year at the LUS between its director and its centre chief: a result for each
 * initiative of the centre's strategy map in force last year, a written evaluation, and the way forward.
 */
@Service
public class CentreEvaluationService {

	private final StrategyRepository strategy;
	private final JdbcClient jdbc;

	CentreEvaluationService(StrategyRepository strategy, JdbcClient jdbc) {
		this.strategy = strategy;
		this.jdbc = jdbc;
	}

	/** Last year's initiatives of the centre's map, in the map's order: slot i evaluates initiative i. */
	public List<Initiative> initiativesToEvaluate(String municipalityId, String centreId, int year) {
		return strategy.initiativesInForce(municipalityId, centreId, year - 1);
	}

	/** Saves the evaluation, or refuses it with every problem; nothing is saved partially. */
	@Transactional
	public void evaluate(String processInstanceId, String municipalityId, String centreId, int year,
			Map<String, Object> submitted, Object evaluation, Object wayForward, String user) {
		List<Initiative> initiatives = initiativesToEvaluate(municipalityId, centreId, year);
		List<String> problems = new ArrayList<>();
		List<SlotEvaluation<Initiative>> results = SlotEvaluation.read(initiatives, Initiative::label, submitted,
				CentreEvaluationProcess.Var.INITIATIVE, "initiativet ikke er gennemført", problems);
		String text = required(evaluation, "Skriv centrets evaluering af " + (year - 1) + ".", problems);
		String forward = required(wayForward, "Skriv, hvad direktør og centerchef er enige om for vejen frem.", problems);
		if (!problems.isEmpty()) {
			throw new SubmissionRefusedException("Centrets evaluering", problems);
		}
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO centre_evaluation (municipality_id, centre_id, evaluated_year, evaluation, way_forward,
				    evaluated_by, evaluated_at, process_instance_id)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(municipalityId, centreId, year - 1, text, forward, user,
					EngineClock.now(), processInstanceId)
			.update(key, "id");
		for (SlotEvaluation<Initiative> result : results) {
			jdbc.sql("INSERT INTO initiative_evaluation (centre_evaluation_id, initiative_id, result, remark) VALUES (?, ?, ?, ?)")
				.params(key.getKey().longValue(), result.item().id(), result.result().name(), result.remark()).update();
		}
	}

	/** A centre's evaluation of a year, with each initiative's result in the map's order. */
	public record CentreEvaluation(String centreId, int evaluatedYear, String evaluation, String wayForward,
			String evaluatedBy, OffsetDateTime evaluatedAt, List<InitiativeResult> initiatives) {
	}

	public record InitiativeResult(Initiative initiative, EvaluationResult result, String remark) {
	}

	/** Every centre's evaluation of the year, by centre id. */
	public List<CentreEvaluation> evaluationsOf(String municipalityId, int evaluatedYear) {
		return jdbc.sql("""
				SELECT id, centre_id, evaluation, way_forward, evaluated_by, evaluated_at FROM centre_evaluation
				WHERE municipality_id = ? AND evaluated_year = ? ORDER BY centre_id""")
			.params(municipalityId, evaluatedYear)
			.query((rs, n) -> new CentreEvaluation(rs.getString("centre_id"), evaluatedYear, rs.getString("evaluation"),
					rs.getString("way_forward"), rs.getString("evaluated_by"),
					rs.getObject("evaluated_at", OffsetDateTime.class), initiativeResults(rs.getLong("id"))))
			.list();
	}

	private List<InitiativeResult> initiativeResults(long centreEvaluationId) {
		return jdbc.sql("""
				SELECT initiative_id, result, remark FROM initiative_evaluation WHERE centre_evaluation_id = ?
				ORDER BY initiative_id""")
			.param(centreEvaluationId)
			.query((rs, n) -> new InitiativeResult(strategy.initiative(rs.getLong(1)).orElseThrow(),
					EvaluationResult.valueOf(rs.getString(2)), rs.getString(3)))
			.list();
	}

	/** The centres that have evaluated the year. */
	public Set<String> evaluatedCentres(String municipalityId, int evaluatedYear) {
		return new HashSet<>(jdbc.sql("SELECT centre_id FROM centre_evaluation WHERE municipality_id = ? AND evaluated_year = ?")
			.params(municipalityId, evaluatedYear).query(String.class).list());
	}

	private static String required(Object value, String ask, List<String> problems) {
		String text = FormValues.text(value);
		if (text == null) {
			problems.add(ask);
		}
		else if (TextLimits.tooLong(text, TextLimits.TEXT)) {
			problems.add("Teksten er for lang (" + TextLimits.atMost(TextLimits.TEXT) + ").");
		}
		return text;
	}
}
