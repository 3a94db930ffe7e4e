package dk.aarshjul.system;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * What both REST APIs ({@code /engine-rest} and the web applications' {@code /camunda/api/engine}) answer when a
 * request fails: a status that says whose the problem is and a Danish sentence, never the engine's English text with
 * its internal ids. Our own refusals (any exception of ours in the chain) keep their Danish message; the engine's
 * own refusals are said in Danish by what they concern; only a real failure is a 500.
 */
public final class Refusals {

	private static final Logger log = LoggerFactory.getLogger(Refusals.class);

	private static final String OURS = "dk.aarshjul.";
	/** PostgreSQL's class of errors in the data sent: too long, a character it cannot store, out of range. */
	private static final String DATA_EXCEPTION = "22";
	private static final Pattern SUBJECT = Pattern.compile("^(?:engine/[^/]+/)?([a-z-]+)(?:/([^/]+))?");

	private Refusals() {
	}

	/** The answer to a failed request to the engine's REST API at {@code path} (relative to the API's root). */
	public static Response response(Throwable failure, String path) {
		if (DatabaseUnavailable.causedBy(failure)) {
			return DatabaseUnavailable.response();
		}
		Throwable ours = find(failure, t -> t.getClass().getName().startsWith(OURS)
				&& (t instanceof BadUserRequestException || t instanceof AuthorizationException));
		if (ours != null) {
			return answer(ours instanceof AuthorizationException ? 403 : 400, ours, ours.getMessage());
		}
		AuthorizationException refused = find(failure, AuthorizationException.class);
		if (refused != null) {
			return answer(403, refused, forbidden(subject(refused, path)));
		}
		if (find(failure, NotFoundException.class) != null || find(failure, NullValueException.class) != null
				|| status(failure) == 404) {
			return answer(404, failure, notFound(subject(null, path)));
		}
		if (find(failure, OptimisticLockingException.class) != null) {
			return answer(409, failure, "Det blev ændret af en anden i samme øjeblik. Hent det igen, og prøv igen.");
		}
		SQLException data = find(failure, SQLException.class);
		if (data != null && data.getSQLState() != null && data.getSQLState().startsWith(DATA_EXCEPTION)) {
			return answer(400, failure, "En af værdierne kan ikke gemmes: den er for lang eller indeholder tegn, "
					+ "som ikke kan gemmes.");
		}
		ProcessEngineException engine = find(failure, ProcessEngineException.class);
		if (engine != null && PASSWORD_REFUSED.equals(engine.getMessage())) {
			return answer(400, "PasswordPolicyException", PASSWORD_RULES.formatted(passwordMinLength()));
		}
		if (find(failure, JsonProcessingException.class) != null) {
			return answer(400, failure, "Forespørgslen kan ikke læses: den er ikke gyldig JSON, eller en værdi har "
					+ "en forkert type.");
		}
		int status = status(failure);
		if (find(failure, BadUserRequestException.class) != null || (status >= 400 && status < 500)) {
			return answer(status >= 400 && status < 500 ? status : 400, failure, switch (status) {
				case 405 -> "Det kan man ikke gøre her.";
				case 406, 415 -> "Forespørgslen skal sendes som JSON.";
				default -> "Forespørgslen kan ikke behandles: den indeholder ugyldige eller ukendte værdier.";
			});
		}
		log.error("Request to {} failed", path, failure);
		return answer(500, failure, "Der opstod en fejl på serveren. Prøv igen; bliver fejlen ved, så kontakt "
				+ "administratoren.");
	}

	/** Camunda's message when a password breaks the password policy (SaveUserCmd), answered with the rules in Danish. */
	static final String PASSWORD_REFUSED = "Password does not match policy";
	private static final String PASSWORD_RULES = "Adgangskoden er ikke godkendt: den skal have mindst %s tegn og må ikke "
			+ "indeholde dit brugernavn, dit navn eller din e-mailadresse. Adgangskoden er ikke ændret.";

	/** The policy's own length rule says how long; the engine holds the policy. */
	private static String passwordMinLength() {
		ProcessEngine processEngine = ProcessEngines.getDefaultProcessEngine();
		PasswordPolicy policy = processEngine == null ? null : processEngine.getIdentityService().getPasswordPolicy();
		if (policy != null) {
			for (PasswordPolicyRule rule : policy.getRules()) {
				if (rule.getParameters() != null && rule.getParameters().containsKey("minLength")) {
					return rule.getParameters().get("minLength");
				}
			}
		}
		return "12";
	}

	/** A refusal of our own, before the engine is asked: the status and a Danish sentence. */
	public static Response refuse(int status, String message) {
		return answer(status, "Refusal", message);
	}

	static String forbidden(String subject) {
		return switch (subject) {
			case "task" -> "Du har ikke adgang til denne opgave.";
			case "process-instance", "process-definition", "execution" -> "Du har ikke adgang til denne proces.";
			case "job", "job-definition", "incident", "external-task" -> "Du har ikke adgang til denne del af processerne.";
			case "filter" -> "Du har ikke adgang til dette filter.";
			case "user", "group", "authorization", "tenant" -> "Du har ikke adgang til brugere og rettigheder.";
			default -> "Du har ikke adgang til at gøre dette.";
		};
	}

	static String notFound(String subject) {
		return switch (subject) {
			case "task" -> "Opgaven findes ikke, eller du har ikke adgang til den.";
			case "process-instance", "execution" -> "Processen findes ikke, eller du har ikke adgang til den.";
			case "process-definition" -> "Processen findes ikke.";
			case "job" -> "Jobbet findes ikke, eller du har ikke adgang til det.";
			case "filter" -> "Filteret findes ikke.";
			default -> "Det, du spørger efter, findes ikke, eller du har ikke adgang til det.";
		};
	}

	/** What a request concerns: the engine's resource type when it names one, else the path's first part. */
	private static String subject(AuthorizationException refused, String path) {
		Matcher matcher = SUBJECT.matcher(path == null ? "" : path.startsWith("/") ? path.substring(1) : path);
		String fromPath = matcher.find() ? matcher.group(1) : "";
		if (refused != null && !refused.getMissingAuthorizations().isEmpty()) {
			String resource = refused.getMissingAuthorizations().get(0).getResourceType();
			if ("Task".equals(resource) || "HistoricTask".equals(resource)) {
				return "task";
			}
			if (("ProcessInstance".equals(resource) || "ProcessDefinition".equals(resource)) && !fromPath.equals("job")) {
				return "process-instance";
			}
		}
		return fromPath;
	}

	private static int status(Throwable failure) {
		RestException rest = find(failure, RestException.class);
		if (rest != null && rest.getStatus() != null) {
			return rest.getStatus().getStatusCode();
		}
		WebApplicationException web = find(failure, WebApplicationException.class);
		return web != null && web.getResponse() != null ? web.getResponse().getStatus() : 0;
	}

	private static Response answer(int status, Throwable failure, String message) {
		return answer(status, failure.getClass().getSimpleName(), message);
	}

	private static Response answer(int status, String type, String message) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", type);
		body.put("message", message);
		body.put("code", null);
		return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(body).build();
	}

	private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
		return type.cast(find(failure, type::isInstance));
	}

	private static Throwable find(Throwable failure, java.util.function.Predicate<Throwable> test) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (test.test(t)) {
				return t;
			}
		}
		return null;
	}
}
