package dk.aarshjul.system;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Runs housekeeping that the system does on a user's behalf, inside an engine command, without checking the
 * user's own permissions: routing the next task after a leader completes one, or synchronising the organisation
 * when the secretariat asks for it. Outside an engine command it changes nothing; there {@link #asSystem} reads what
 * the system sees, for a caller that then shows each person only their part.
 */
public final class EngineAuthorization {

	private EngineAuthorization() {
	}

	public static <T> T privileged(Supplier<T> action) {
		CommandContext context = Context.getCommandContext();
		if (context == null || !context.isAuthorizationCheckEnabled()) {
			return action.get();
		}
		context.disableAuthorizationCheck();
		try {
			return action.get();
		}
		finally {
			context.enableAuthorizationCheck();
		}
	}

	public static void privileged(Runnable action) {
		privileged(() -> {
			action.run();
			return null;
		});
	}

	/**
	 * Runs engine queries outside a command as the system (the engine checks no permissions without a logged-in
	 * person), and gives the request its person back afterwards.
	 */
	public static <T> T asSystem(IdentityService identity, Supplier<T> action) {
		Authentication person = identity.getCurrentAuthentication();
		identity.clearAuthentication();
		try {
			return action.get();
		}
		finally {
			if (person != null) {
				identity.setAuthentication(person);
			}
		}
	}
}
