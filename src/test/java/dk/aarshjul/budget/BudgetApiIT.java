package dk.aarshjul.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import dk.aarshjul.cycle.AnnualCycleProcess;
import dk.aarshjul.test.PostgresApplicationIT;

/**
 * Økonomiudvalget's approval of the budget process submitted through the REST API as Tasklist submits it, on
 * PostgreSQL: another committee's secretary may not complete it, a submission without the decision gets a Danish
 * 400, and the approved milestone is delivered once to the built-in budget system.
 */
class BudgetApiIT extends PostgresApplicationIT {

	private static final int YEAR = Year.now().getValue();
	private static final String FINANCE_SECRETARY = "byraadssekretaer";
	private static final String OTHER_SECRETARY = "udvalg-sekr-1";

	@Autowired
	TestRestTemplate rest;
	@Autowired
	RuntimeService runtime;
	@Autowired
	TaskService tasks;
	@Autowired
	ManagementService management;
	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void tearDown() {
		ClockUtil.reset();
	}

	@Test
	void onlyTheFinanceCommitteeRegistersItsApprovalAndTheMilestoneIsDeliveredOnce() {
		ClockUtil.setCurrentTime(Date.from(LocalDate.of(YEAR, 3, 1).atTime(9, 0).atZone(ZoneId.of("Europe/Copenhagen")).toInstant()));
		ProcessInstance track = runtime.startProcessInstanceByKey(BudgetTrackProcess.KEY, String.valueOf(YEAR),
				Map.of(AnnualCycleProcess.Var.YEAR, YEAR, AnnualCycleProcess.Var.MUNICIPALITY, "helsingor"));
		management.executeJob(management.createJobQuery().processInstanceId(track.getId()).timers().singleResult().getId());
		String taskId = tasks.createTaskQuery().processInstanceId(track.getId()).singleResult().getId();

		assertThat(submit(OTHER_SECRETARY, taskId, Map.of("heldOn", text(YEAR + "-02-20"), "outcome", text("Godkendt."),
				"approved", text("ja"))).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		ResponseEntity<Map<String, Object>> withoutDecision = submit(FINANCE_SECRETARY, taskId,
				Map.of("heldOn", text(YEAR + "-02-20"), "outcome", text("Godkendt.")));
		assertThat(withoutDecision.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((String) withoutDecision.getBody().get("message"))
			.isEqualTo("Registreringen af »Økonomiudvalget godkender budgetprocessen« kan ikke gemmes: "
					+ "Angiv, om budgetprocessen er godkendt (ja eller nej).");

		assertThat(submit(FINANCE_SECRETARY, taskId, Map.of("heldOn", text(YEAR + "-02-20"), "outcome",
				text("Budgetprocessen og tidsplanen godkendt."), "approved", text("ja"))).getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);
		management.executeJob(management.createJobQuery().processInstanceId(track.getId())
			.activityId(BudgetTrackProcess.TASK_SYNC_BUDGET_PROCESS_APPROVAL).singleResult().getId());

		String key = "helsingor:" + YEAR + ":BUDGET_PROCESS_APPROVAL";
		assertThat(jdbc.sql("SELECT budget_system FROM budget_delivery WHERE idempotency_key = ?").param(key)
			.query(String.class).single()).isEqualTo("indbygget");
		assertThat(jdbc.sql("SELECT payload FROM budget_ledger WHERE idempotency_key = ?").param(key).query(String.class).single())
			.contains("\"registeredBy\":\"" + FINANCE_SECRETARY + "\"", "Godkendt. Budgetprocessen og tidsplanen godkendt.");
		assertThat(jdbc.sql("SELECT held_on FROM budget_milestone WHERE cycle_year = ?").param(YEAR).query(LocalDate.class).single())
			.isEqualTo(LocalDate.of(YEAR, 2, 20));
		assertThat(management.createJobQuery().processInstanceId(track.getId()).timers().singleResult().getDuedate())
			.as("the budget meeting is next").isNotNull();
	}

	private static Map<String, Object> text(String value) {
		return Map.of("value", value, "type", "String");
	}

	private ResponseEntity<Map<String, Object>> submit(String user, String taskId, Map<String, Object> variables) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return rest.withBasicAuth(user, "demo").exchange("/engine-rest/task/" + taskId + "/submit-form", HttpMethod.POST,
				new HttpEntity<>(Map.of("variables", variables), headers), new ParameterizedTypeReference<>() {
				});
	}
}
