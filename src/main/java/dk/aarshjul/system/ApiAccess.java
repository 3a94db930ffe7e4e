package dk.aarshjul.system;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Who calls our read API ({@code /api}, authenticated like the engine's REST API), and its refusals: 403, 404 and
 * 409 (the record exists, but not in a state that can be read this way) with a Danish message.
 */
@RestControllerAdvice(basePackages = "dk.aarshjul")
public class ApiAccess {

	private final IdentityService identity;

	ApiAccess(IdentityService identity) {
		this.identity = identity;
	}

	/** The caller's groups. */
	public List<String> groups() {
		Authentication user = identity.getCurrentAuthentication();
		return user == null || user.getGroupIds() == null ? List.of() : user.getGroupIds();
	}

	/** The caller's user id; a request without one (the API's filter lets none through) is refused. */
	public String userId() {
		Authentication user = identity.getCurrentAuthentication();
		if (user == null || user.getUserId() == null) {
			throw new Forbidden("Det kræver, at du er logget ind.");
		}
		return user.getUserId();
	}

	public record Problem(String message) {
	}

	@ExceptionHandler(Forbidden.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	Problem forbidden(Forbidden e) {
		return new Problem(e.getMessage());
	}

	@ExceptionHandler(NotFound.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	Problem notFound(NotFound e) {
		return new Problem(e.getMessage());
	}

	@ExceptionHandler(Conflict.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	Problem conflict(Conflict e) {
		return new Problem(e.getMessage());
	}

	public static class Forbidden extends RuntimeException {
		public Forbidden(String message) {
			super(message);
		}
	}

	public static class NotFound extends RuntimeException {
		public NotFound(String message) {
			super(message);
		}
	}

	/** The record exists, but is not in a state that can be given out this way, such as an agreement not yet approved. */
	public static class Conflict extends RuntimeException {
		public Conflict(String message) {
			super(message);
		}
	}
}
