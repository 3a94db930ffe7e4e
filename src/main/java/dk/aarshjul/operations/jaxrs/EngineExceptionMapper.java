package dk.aarshjul.operations.jaxrs;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;

import dk.aarshjul.system.DatabaseUnavailable;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** An engine exception caused by a lost database connection is the Danish 503; any other is answered as Camunda does. */
@Provider
@Priority(Priorities.USER - 200)
public class EngineExceptionMapper implements ExceptionMapper<ProcessEngineException> {

	@Override
	public Response toResponse(ProcessEngineException exception) {
		return DatabaseUnavailable.causedBy(exception) ? DatabaseUnavailable.response()
				: ExceptionHandlerHelper.getInstance().getResponse(exception);
	}
}
