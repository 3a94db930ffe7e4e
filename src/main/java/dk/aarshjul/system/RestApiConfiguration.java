package dk.aarshjul.system;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;
import org.glassfish.jersey.servlet.ServletProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import jakarta.servlet.ServletRegistration;
import jakarta.ws.rs.ApplicationPath;

/**
 * The engine's REST API, both where clients call it ({@code /engine-rest}) and where Camunda's web applications
 * call it ({@code /camunda/api/engine}): closed to anonymous callers, guarded before the engine is asked
 * ({@link RequestGuard}), and answering refused requests in Danish ({@link RefusedRequestMapper}, {@link Refusals}).
 * Our own API ({@code /api}) is closed too, and also takes the web applications' session ({@link WebSessionLogin}).
 */
@Configuration(proxyBeanMethods = false)
class RestApiConfiguration {

	static final String REST_PATH = "/engine-rest";
	/** Our own read API for the red thread (agreements, strategy), authenticated the same way. */
	static final String API_PATH = "/api";

	/** The name under which Camunda's webapp starter registers the web applications' engine API servlet. */
	static final String WEBAPP_ENGINE_API = "Engine Api";

	/** What both engine APIs check before the engine is asked, and how they answer a refusal (in Danish). */
	static final List<Class<?>> PROVIDERS = Stream.concat(Stream.of(RequestGuard.class),
			Arrays.stream(RefusedRequestMapper.ALL)).toList();

	/**
	 * HTTP Basic against Camunda's identity, or the person single sign-on has signed in with a bearer token; without
	 * either every request gets 401.
	 */
	@Bean
	FilterRegistrationBean<ProcessEngineAuthenticationFilter> restApiAuthentication() {
		FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
				new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
		registration.setName("engine-rest-authentication");
		registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
				SignedInUserAuthenticationProvider.class.getName());
		registration.addUrlPatterns(REST_PATH + "/*");
		return registration;
	}

	/** Our API and pages: the web applications' session, or else as the REST API ({@link WebSessionLogin}). */
	@Bean
	FilterRegistrationBean<WebSessionLogin> apiAndPagesAuthentication() {
		FilterRegistrationBean<WebSessionLogin> registration = new FilterRegistrationBean<>(new WebSessionLogin());
		registration.setName("api-session-or-basic-authentication");
		registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
				SignedInUserAuthenticationProvider.class.getName());
		registration.addUrlPatterns(API_PATH + "/*", WebSessionLogin.PAGES, WebSessionLogin.PAGES + "/*");
		return registration;
	}

	@Bean
	CamundaJerseyResourceConfig restApiResources() {
		return new RestApiResources();
	}

	/**
	 * Adds the mapper to the web applications' engine API. The webapp starter keeps a registration that already
	 * exists, so this works whichever of the two initializers runs first.
	 */
	@Bean
	ServletContextInitializer webappEngineApiRefusals(CamundaBpmProperties camunda) {
		return servletContext -> {
			ServletRegistration engineApi = servletContext.getServletRegistration(WEBAPP_ENGINE_API);
			if (engineApi == null) {
				engineApi = servletContext.addServlet(WEBAPP_ENGINE_API, ServletContainer.class);
				engineApi.addMapping(camunda.getWebapp().getApplicationPath() + "/api/engine/*");
				engineApi.setInitParameter(ServletProperties.JAXRS_APPLICATION_CLASS, EngineRestApplication.class.getName());
			}
			engineApi.setInitParameter(ServerProperties.PROVIDER_CLASSNAMES, PROVIDERS.stream().map(Class::getName)
				.collect(Collectors.joining(",")));
		};
	}

	@ApplicationPath(REST_PATH)
	static class RestApiResources extends CamundaJerseyResourceConfig {

		@Override
		protected void registerAdditionalResources() {
			PROVIDERS.forEach(this::register);
		}
	}
}
