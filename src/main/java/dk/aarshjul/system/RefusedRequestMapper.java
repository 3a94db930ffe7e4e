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
@Provider
@Priority(Priorities.USER - 100)
public class RefusedRequestMapper implements ExceptionMapper<RestException> {

	/** Every mapper, for registering them with a JAX-RS application. */
	public static final Class<?>[] ALL = { RefusedRequestMapper.class, EngineFailures.class, AnyFailure.class,
			MalformedJson.class, MistypedJson.class };

	@Context
	UriInfo uri;

	@Override
	public Response toResponse(RestException exception) {
		return Refusals.response(exception, path(uri));
	}

	static String path(UriInfo uri) {
		try {
			return uri == null ? "" : uri.getPath();
		}
		catch (RuntimeException outsideARequest) {
			return "";
		}
	}

	@Provider
	@Priority(Priorities.USER - 100)
	public static class EngineFailures implements ExceptionMapper<ProcessEngineException> {

		@Context
		UriInfo uri;

		@Override
		public Response toResponse(ProcessEngineException exception) {
			return Refusals.response(exception, path(uri));
		}
	}

	@Provider
	@Priority(Priorities.USER - 100)
	public static class AnyFailure implements ExceptionMapper<Throwable> {

		@Context
		UriInfo uri;

		@Override
		public Response toResponse(Throwable exception) {
			return Refusals.response(exception, path(uri));
		}
	}

	@Provider
	@Priority(Priorities.USER - 100)
	public static class MalformedJson implements ExceptionMapper<JsonParseException> {

		@Context
		UriInfo uri;

		@Override
		public Response toResponse(JsonParseException exception) {
			return Refusals.response(exception, path(uri));
		}
	}

	@Provider
	@Priority(Priorities.USER - 100)
	public static class MistypedJson implements ExceptionMapper<JsonMappingException> {

		@Context
		UriInfo uri;

		@Override
		public Response toResponse(JsonMappingException exception) {
			return Refusals.response(exception, path(uri));
		}
	}
}
