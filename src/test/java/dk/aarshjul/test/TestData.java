package dk.aarshjul.test;

import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Puts the shared test application back as it started: no process instances, no governance records, the seeded
 * strategy maps in force, and the engine's real clock.
 */
public final class TestData {

	private static final List<String> RECORDS = List.of("task_reminder", "annual_cycle", "goal_evaluation",
			"goal_dialogue", "follow_up_status", "follow_up", "premises_change", "agreement_goal", "agreement",
			"initiative_evaluation", "centre_evaluation",
			"forum_meeting", "initiative_review", "calendar_override", "budget_milestone", "budget_delivery", "budget_ledger",
			"med_meeting", "med_plan", "calendar_link", "med_statement", "mail_outbox", "mail_preference", "unit_profile");

	private TestData() {
	}

	public static void reset(RuntimeService runtime, JdbcClient jdbc) {
		// Deleting a root instance deletes the instances it called.
		runtime.createProcessInstanceQuery().rootProcessInstances().list()
			.forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "test cleanup", true, true));
		// An amended agreement and its goals refer to the version they amend.
		jdbc.sql("UPDATE agreement_goal SET amends_goal = NULL").update();
		jdbc.sql("UPDATE agreement SET amends = NULL").update();
		RECORDS.forEach(table -> jdbc.sql("DELETE FROM " + table).update());
		// Maps written by tests are later versions; each may derive from the one before, so the newest go first.
		for (Integer version : jdbc.sql("SELECT DISTINCT version FROM strategy_map WHERE version > 1 ORDER BY version DESC")
			.query(Integer.class).list()) {
			jdbc.sql("DELETE FROM strategy_initiative WHERE strategy_map_id IN (SELECT id FROM strategy_map WHERE version = ?)")
				.param(version).update();
			jdbc.sql("DELETE FROM strategy_map WHERE version = ?").param(version).update();
		}
		jdbc.sql("UPDATE strategy_map SET status = 'APPROVED'").update();
		ClockUtil.reset();
	}
}
