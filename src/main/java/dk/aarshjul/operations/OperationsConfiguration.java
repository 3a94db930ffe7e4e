package dk.aarshjul.operations;

import java.time.Duration;

import org.camunda.bpm.engine.IdentityService;
import org.glassfish.jersey.server.ServerProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

import dk.aarshjul.operations.jaxrs.AnyExceptionMapper;
import dk.aarshjul.operations.jaxrs.EngineExceptionMapper;
import dk.aarshjul.operations.jaxrs.RestExceptionMapper;
import jakarta.servlet.ServletRegistration;

/**
 * Wires the operations concerns in: a connection pool that fails fast when the database is gone, the Danish 503 on
 * every REST API (the engine APIs through {@link dk.aarshjul.system.Refusals}, the web applications' own APIs through
 * the mappers of {@code operations.jaxrs}), and the actuator's access.
 */
@Configuration(proxyBeanMethods = false)
class OperationsConfiguration {

	/** The JAX-RS applications of Camunda's web applications, as the webapp starter names their servlets. */
	private static final String[] WEBAPP_APIS = { "Cockpit Api", "Admin Api", "Tasklist Api", "Welcome Api" };
	private static final String MAPPERS = String.join(",", EngineExceptionMapper.class.getName(),
			RestExceptionMapper.class.getName(), AnyExceptionMapper.class.getName());

	@Bean
	static BeanPostProcessor failFastDataSource(
			@Value("${aarshjul.database.unreachable-after:3s}") Duration unreachableAfter) {
		return FailFastDataSource.wrapping(unreachableAfter);
	}

	@Bean
	FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter() {
		FilterRegistrationBean<DatabaseUnavailableFilter> registration = new FilterRegistrationBean<>(new DatabaseUnavailableFilter());
		registration.setName("database-unavailable");
		registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*", "/api/*", "/actuator/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/**
	 * The actuator has its own access ({@link ActuatorAccess}); Spring Security's chains (login) leave it alone, so that
	 * the actuator sees the caller {@link ActuatorAccess} found, not an anonymous one of theirs.
	 */
	@Bean
	WebSecurityCustomizer actuatorOutsideSpringSecurity() {
		return web -> web.ignoring().requestMatchers(PathPatternRequestMatcher.withDefaults().matcher("/actuator/**"));
	}

	@Bean
	FilterRegistrationBean<ActuatorAccess> actuatorAccess(IdentityService identity,
			@Value("${aarshjul.monitoring-group:camunda-admin}") String monitoringGroup) {
		FilterRegistrationBean<ActuatorAccess> registration = new FilterRegistrationBean<>(new ActuatorAccess(identity, monitoringGroup));
		registration.setName("actuator-access");
		registration.addUrlPatterns("/actuator/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	/** The web applications' own APIs ({@code /camunda/api/cockpit}, {@code .../tasklist} …), once the starter has added them. */
	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	ServletContextInitializer databaseUnavailableOnWebappApis() {
		return servletContext -> {
			for (String name : WEBAPP_APIS) {
				ServletRegistration api = servletContext.getServletRegistration(name);
				if (api != null) {
					api.setInitParameter(ServerProperties.PROVIDER_CLASSNAMES, MAPPERS);
				}
			}
		};
	}
}
