package dk.aarshjul.system;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Camunda's REST layer wraps every engine exception from starting a process in a 500 with an English prefix. A
 * bad user request (such as a refused yearly cycle) is the caller's mistake, so it is answered as the engine's
 * other endpoints answer it: 400 with its own message, which Tasklist shows as it is. It takes precedence over
 * Camunda's mapper for {@link RestException} by its priority; everything else is answered as Camunda would.
 */
@Provider
@Priority(Priorities.USER - 100)
public class RefusedRequestMapper implements ExceptionMapper<RestException> {

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
