package dk.aarshjul.operations.jaxrs;

import org.camunda.bpm.engine.rest.exception.RestException;

import dk.aarshjul.operations.DatabaseUnavailable;
import dk.aarshjul.system.RefusedRequestMapper;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A REST exception (Camunda wraps engine failures in one, e.g. when starting a process) caused by a lost database
 * connection is the Danish 503; any other is answered by {@link RefusedRequestMapper}, which it takes precedence over.
 */
@Provider
@Priority(Priorities.USER - 200)
public class RestExceptionMapper implements ExceptionMapper<RestException> {

	private final RefusedRequestMapper others = new RefusedRequestMapper();

	@Override
	public Response toResponse(RestException exception) {
		return DatabaseUnavailable.causedBy(exception) ? DatabaseUnavailableResponse.create() : others.toResponse(exception);
	}
}
