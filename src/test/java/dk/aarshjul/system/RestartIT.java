package dk.aarshjul.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import dk.aarshjul.AarshjulApplication;
import dk.aarshjul.cycle.AnnualCycleProcess;
import dk.aarshjul.test.TestPostgres;

/**
 * Stops and starts the whole application on one PostgreSQL database, as an operator's restart or an upgrade
 * with changed models would.
 */
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

	@Test
	void aChangedSetOfModelsIsDeployedAgainAsAWholeWithNewVersions() {
		Map<String, Object> database = TestPostgres.properties(TestPostgres.newDatabase());
		try (ConfigurableApplicationContext first = start(database)) {
			assertThat(first.getBean(RepositoryService.class).createDeploymentQuery().count()).isEqualTo(1);
		}

		try (ConfigurableApplicationContext changed = start(database,
				"--camunda.bpm.deployment-resource-pattern=classpath*:bpmn/**/*.bpmn,classpath*:forms/**/*.form,"
						+ "classpath*:changed-models/*.bpmn")) {
			RepositoryService repository = changed.getBean(RepositoryService.class);

			assertThat(repository.createDeploymentQuery().count()).isEqualTo(2);
			var latest = repository.createProcessDefinitionQuery().processDefinitionKey(AnnualCycleProcess.KEY)
				.latestVersion().singleResult();
			assertThat(latest.getVersion()).isEqualTo(2);
			// The forms travel with the new version, so its formRef (binding "deployment") still resolves.
			assertThat(repository.getDeploymentResourceNames(latest.getDeploymentId()))
				.anySatisfy(name -> assertThat(name).endsWith("annual-cycle-start.form"))
				.anySatisfy(name -> assertThat(name).endsWith("prepare-year.form"));
		}
	}

	private static ConfigurableApplicationContext start(Map<String, Object> database, String... args) {
		String[] all = Stream.concat(
				Stream.of("--server.port=0", "--camunda.bpm.job-execution.enabled=false"),
				Stream.of(args)).toArray(String[]::new);
		return new SpringApplicationBuilder(AarshjulApplication.class)
			.profiles("postgres", "demo")
			.properties(database)
			.run(all);
	}
}
