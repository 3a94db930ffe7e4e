package dk.aarshjul.system;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Answers every failed request to the engine's REST APIs as {@link Refusals} says: a bad user request is the caller's
 * mistake (400 with its own message, which Tasklist shows as it is, not Camunda's 500 with an English prefix), an
 * authorization refusal a Danish 403 without internal ids. One mapper for each type Camunda maps itself, each taking
 * precedence over Camunda's by its priority.
 */
public abstract class RefusedRequestMapper<E extends Throwable> implements ExceptionMapper<E> {

	/** Every mapper, for registering them with a JAX-RS application. */
	public static final Class<?>[] ALL = { RestFailures.class, EngineFailures.class, AnyFailure.class, MalformedJson.class,
			MistypedJson.class };

	@Context
	UriInfo uri;

	@Override
	public Response toResponse(E exception) {
		return Refusals.response(exception, path());
	}

	private String path() {
		try {
			return uri == null ? "" : uri.getPath();
		}
		catch (RuntimeException outsideARequest) {
			return "";
		}
	}

	@Provider
	@Priority(Priorities.USER - 100)
	public static class RestFailures extends RefusedRequestMapper<RestException> {
	}

	@Provider
	@Priority(Priorities.USER - 100)
	public static class EngineFailures extends RefusedRequestMapper<ProcessEngineException> {
	}

	@Provider
	@Priority(Priorities.USER - 100)
	public static class AnyFailure extends RefusedRequestMapper<Throwable> {
	}

	@Provider
	@Priority(Priorities.USER - 100)
	public static class MalformedJson extends RefusedRequestMapper<JsonParseException> {
	}

	@Provider
	@Priority(Priorities.USER - 100)
	public static class MistypedJson extends RefusedRequestMapper<JsonMappingException> {
	}
}
