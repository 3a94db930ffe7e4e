package dk.aarshjul.operations.jaxrs;

import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;

import dk.aarshjul.system.DatabaseUnavailable;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A REST exception (Camunda wraps engine failures in one, e.g. when starting a process) caused by a lost database
 * connection is the Danish 503; any other is answered as Camunda does.
 */
@Provider
@Priority(Priorities.USER - 200)
public class RestExceptionMapper implements ExceptionMapper<RestException> {

	@Override
	public Response toResponse(RestException exception) {
		return DatabaseUnavailable.causedBy(exception) ? DatabaseUnavailable.response() : ExceptionHandlerHelper.getInstance().getResponse(exception);
	}
}
