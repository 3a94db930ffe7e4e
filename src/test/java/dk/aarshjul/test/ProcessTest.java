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
import org.springframework.test.context.ActiveProfiles;

/**
 * A process test: the whole application on H2 in memory with the real models from bpmn/ and forms/, the job
 * executor off, and process-test-coverage recording every test class. A class that leaves a flow node or
 * sequence flow of the processes it touches uncovered below {@link #COVERAGE_FLOOR} fails. All process tests
 * share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles("test")
@Import(ProcessTest.Coverage.class)
public @interface ProcessTest {

	double COVERAGE_FLOOR = 0.9;

	@TestConfiguration(proxyBeanMethods = false)
	@Import(ProcessEngineCoverageConfiguration.class)
	class Coverage {

		@Bean
		ProcessEngineCoverageProperties processEngineCoverageProperties() {
			return ProcessEngineCoverageProperties.builder().assertClassCoverageAtLeast(COVERAGE_FLOOR).build();
		}
	}
}
