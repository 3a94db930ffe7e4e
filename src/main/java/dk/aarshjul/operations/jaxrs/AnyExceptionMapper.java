package dk.aarshjul.operations.jaxrs;

import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;

import dk.aarshjul.system.DatabaseUnavailable;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Any other failure caused by a lost database connection (such as Spring's "Could not open JDBC Connection for
 * transaction", thrown before the engine runs a command) is the Danish 503; the rest is answered as Camunda does.
 */
@Provider
@Priority(Priorities.USER - 200)
public class AnyExceptionMapper implements ExceptionMapper<Throwable> {

	@Override
	public Response toResponse(Throwable exception) {
		return DatabaseUnavailable.causedBy(exception) ? DatabaseUnavailable.response()
				: ExceptionHandlerHelper.getInstance().getResponse(exception);
	}
}
