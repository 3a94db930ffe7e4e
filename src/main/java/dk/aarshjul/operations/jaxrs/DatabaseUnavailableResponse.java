package dk.aarshjul.operations.jaxrs;

import dk.aarshjul.operations.DatabaseUnavailable;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The Danish 503 as a JAX-RS response. */
final class DatabaseUnavailableResponse {

	private DatabaseUnavailableResponse() {
	}

	static Response create() {
		return Response.status(DatabaseUnavailable.STATUS)
			.header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS)
			.type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
			.entity(DatabaseUnavailable.BODY)
			.build();
	}
}
