package dk.aarshjul.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import dk.aarshjul.AarshjulApplication;
import dk.aarshjul.cycle.AnnualCycleProcess;
import dk.aarshjul.test.TestPostgres;

/** Stops and starts the whole application on one PostgreSQL database, as an operator's restart would. */
class RestartIT {

	@Test
	void aRestartKeepsRunningCyclesAndDeploysNothingNew() {
		Map<String, Object> database = TestPostgres.properties(TestPostgres.newDatabase());
		String instanceId;
		String deploymentId;

		try (ConfigurableApplicationContext first = start(database)) {
			ProcessInstance cycle = first.getBean(RuntimeService.class).startProcessInstanceByKey(AnnualCycleProcess.KEY,
					Map.of(AnnualCycleProcess.Var.YEAR, Year.now().getValue() + 1));
			instanceId = cycle.getId();
			deploymentId = first.getBean(RepositoryService.class).createDeploymentQuery().singleResult().getId();
		}

		try (ConfigurableApplicationContext second = start(database)) {
			RuntimeService runtime = second.getBean(RuntimeService.class);
			RepositoryService repository = second.getBean(RepositoryService.class);

			assertThat(runtime.createProcessInstanceQuery().processInstanceId(instanceId).singleResult())
				.isNotNull()
				.satisfies(pi -> assertThat(pi.getBusinessKey()).isEqualTo(String.valueOf(Year.now().getValue() + 1)));
			assertThat(runtime.getActivityInstance(instanceId).getChildActivityInstances())
				.extracting(a -> a.getActivityId()).containsExactly(AnnualCycleProcess.TASK_PREPARE_YEAR);
			assertThat(repository.createDeploymentQuery().list()).extracting(d -> d.getId()).containsExactly(deploymentId);
			assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(AnnualCycleProcess.KEY).count())
				.isEqualTo(1);
		}
	}

	private static ConfigurableApplicationContext start(Map<String, Object> database) {
		return new SpringApplicationBuilder(AarshjulApplication.class)
			.profiles("postgres", "demo")
			.properties(database)
			.run("--server.port=0", "--camunda.bpm.job-execution.enabled=false");
	}
}
