package dk.aarshjul.system;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The engine's REST API at {@code /engine-rest}: closed to anonymous callers, and answering a start that the
 * process refuses (a {@link BadUserRequestException} from a start listener) with 400 and its message, where
 * Camunda would answer 500.
 */
@Configuration(proxyBeanMethods = false)
class RestApiConfiguration {

	static final String REST_PATH = "/engine-rest";

	/** HTTP Basic against Camunda's identity; without valid credentials every request gets 401. */
	@Bean
	FilterRegistrationBean<ProcessEngineAuthenticationFilter> restApiAuthentication() {
		FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
				new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
		registration.setName("engine-rest-authentication");
		registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
				HttpBasicAuthenticationProvider.class.getName());
		registration.addUrlPatterns(REST_PATH + "/*");
		return registration;
	}

	@Bean
	CamundaJerseyResourceConfig restApiResources() {
		return new RestApiResources();
	}

	@ApplicationPath(REST_PATH)
	static class RestApiResources extends CamundaJerseyResourceConfig {

		@Override
		protected void registerCamundaRestResources() {
			registerClasses(CamundaRestResources.getResourceClasses());
			CamundaRestResources.getConfigurationClasses().stream()
				.filter(type -> type != RestExceptionHandler.class)
				.forEach(this::register);
			register(RefusedRequestAwareRestExceptionHandler.class);
			register(JacksonFeature.class);
		}
	}

	/**
	 * Camunda's REST layer wraps every engine exception from starting a process in a 500. A bad user request is
	 * the caller's mistake, so it is answered as the engine's other endpoints answer it: 400 with its message.
	 */
	@Provider
	static class RefusedRequestAwareRestExceptionHandler implements ExceptionMapper<RestException> {

		@Override
		public Response toResponse(RestException exception) {
			ExceptionHandlerHelper helper = ExceptionHandlerHelper.getInstance();
			if (exception.getStatus() == null || exception.getStatus().getStatusCode() >= 500) {
				for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
					if (cause instanceof BadUserRequestException refused) {
						return helper.getResponse(refused);
					}
				}
			}
			return helper.getResponse(exception);
		}
	}
}
