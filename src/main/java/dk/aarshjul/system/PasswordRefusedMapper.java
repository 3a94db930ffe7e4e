package dk.aarshjul.system;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A password the password policy refuses is the caller's mistake: Camunda answers it with 500 and an English
 * sentence; here it is 400 with the rules in Danish. Every other engine exception is answered as Camunda would.
 */
@Provider
@Priority(Priorities.USER - 100)
public class PasswordRefusedMapper implements ExceptionMapper<ProcessEngineException> {

	/** Camunda's message when a password breaks the policy (SaveUserCmd). */
	static final String CAMUNDA_MESSAGE = "Password does not match policy";
	static final String MESSAGE = "Adgangskoden er ikke godkendt: den skal have mindst %s tegn og må ikke indeholde "
			+ "dit brugernavn, dit navn eller din e-mailadresse. Adgangskoden er ikke ændret.";

	@Override
	public Response toResponse(ProcessEngineException exception) {
		if (CAMUNDA_MESSAGE.equals(exception.getMessage())) {
			return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
				.entity(Map.of("type", "PasswordPolicyException", "message", MESSAGE.formatted(minLength()))).build();
		}
		return ExceptionHandlerHelper.getInstance().getResponse(exception);
	}

	/** The policy's own length rule says how long; the engine holds the policy. */
	private static String minLength() {
		ProcessEngine engine = ProcessEngines.getDefaultProcessEngine();
		PasswordPolicy policy = engine == null ? null : engine.getIdentityService().getPasswordPolicy();
		if (policy != null) {
			for (PasswordPolicyRule rule : policy.getRules()) {
				if (rule.getParameters() != null && rule.getParameters().containsKey("minLength")) {
					return rule.getParameters().get("minLength");
				}
			}
		}
		return "12";
	}
}
