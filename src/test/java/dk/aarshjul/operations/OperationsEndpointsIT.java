package dk.aarshjul.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import dk.aarshjul.cycle.AnnualCycleProcess;
import dk.aarshjul.test.PostgresApplicationIT;

/**
 * What operations read over HTTP: health, liveness and readiness for anyone without details, the details and the
 * metrics for the monitoring group only, and nothing else of the actuator. (Spring Boot's tests leave metrics
 * export off unless asked, hence the annotation.)
 */
@AutoConfigureObservability(tracing = false)
class OperationsEndpointsIT extends PostgresApplicationIT {

	@Autowired
	TestRestTemplate rest;
	@Autowired
	RuntimeService runtime;

	@Test
	void anonymousCallersGetTheStatusOnly() {
		ResponseEntity<String> health = rest.getForEntity("/actuator/health", String.class);
		assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(health.getBody()).isEqualTo("{\"status\":\"UP\",\"groups\":[\"liveness\",\"readiness\"]}");
		assertThat(rest.getForEntity("/actuator/health/liveness", String.class).getBody()).isEqualTo("{\"status\":\"UP\"}");
		assertThat(rest.getForEntity("/actuator/health/readiness", String.class).getBody()).isEqualTo("{\"status\":\"UP\"}");
	}

	@Test
	void theMonitoringGroupSeesTheDetailsOfReadiness() {
		ResponseEntity<String> readiness = rest.withBasicAuth("demo", "demo").getForEntity("/actuator/health/readiness", String.class);

		assertThat(readiness.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(readiness.getBody()).contains("\"db\":{\"status\":\"UP\"", "\"engine\":{\"status\":\"UP\"",
				"\"readinessState\":{\"status\":\"UP\"}", "\"jobExecutor\":\"off on this node\"");
		// A leader is no monitor: the status only.
		assertThat(rest.withBasicAuth("leder-borupgaard-skole", "demo").getForEntity("/actuator/health/readiness", String.class)
			.getBody()).isEqualTo("{\"status\":\"UP\"}");
	}

	@Test
	void metricsNeedTheMonitoringGroup() {
		assertThat(rest.getForEntity("/actuator/prometheus", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(rest.withBasicAuth("demo", "forkert").getForEntity("/actuator/prometheus", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		ResponseEntity<String> leader = rest.withBasicAuth("leder-kulturvaerftet", "demo").getForEntity("/actuator/prometheus", String.class);
		assertThat(leader.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(leader.getBody()).isEqualTo("{\"message\":\"Kun driften må læse målingerne.\"}");
	}

	@Test
	void metricsCountTasksByLevelJobsIncidentsAndMails() throws Exception {
		runtime.startProcessInstanceByKey(AnnualCycleProcess.KEY, Map.of(AnnualCycleProcess.Var.YEAR, Year.now().getValue() + 1));
		Thread.sleep(OperationsMetrics.MAX_AGE.toMillis() + 500);

		ResponseEntity<String> metrics = rest.withBasicAuth("demo", "demo").getForEntity("/actuator/prometheus", String.class);

		assertThat(metrics.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(metrics.getBody())
			.contains("aarshjul_tasks_open{level=\"sekretariat\"} 1.0")
			.contains("aarshjul_tasks_overdue{level=\"sekretariat\"} 0.0")
			.contains("aarshjul_tasks_open{level=\"enhedsledelse\"} 0.0")
			.contains("aarshjul_jobs_due ")
			.contains("aarshjul_jobs_failed 0.0")
			.contains("aarshjul_incidents 0.0")
			.contains("aarshjul_mails_sent ")
			.contains("aarshjul_mails_waiting ")
			.contains("aarshjul_jobs_execution_seconds_count")
			.contains("hikaricp_connections_active")
			.contains("jvm_memory_used_bytes");
	}

	@Test
	void nothingElseOfTheActuatorIsExposed() {
		for (String endpoint : new String[] { "env", "beans", "configprops", "heapdump", "loggers", "metrics" }) {
			assertThat(rest.withBasicAuth("demo", "demo").getForEntity("/actuator/" + endpoint, String.class).getStatusCode())
				.as(endpoint).isEqualTo(HttpStatus.NOT_FOUND);
		}
		assertThat(rest.getForEntity("/actuator/info", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
	}
}
