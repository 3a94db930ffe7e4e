package dk.aarshjul.test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on H2 in memory with the real models from bpmn/ and forms/ and the job executor off;
 * all such tests share one application context. Process-test-coverage records every test class; the floor of
 * {@link #COVERAGE_FLOOR} of each process's flow nodes and sequence flows, over the whole suite, is enforced by
 * {@code ProcessCoverageIT} after the tests have run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles("test")
@Import(ApplicationTest.Coverage.class)
public @interface ApplicationTest {

	double COVERAGE_FLOOR = 0.9;

	@TestConfiguration(proxyBeanMethods = false)
	@Import(ProcessEngineCoverageConfiguration.class)
	class Coverage {

		/** Primary: the library also declares a default, and with two it would silently ignore these settings. */
		@Bean
		@Primary
		ProcessEngineCoverageProperties processEngineCoverageProperties() {
			return ProcessEngineCoverageProperties.builder()
				.excludeProcessDefinitionKeys(RoutingProbe.processKeys())
				.build();
		}
	}
}
