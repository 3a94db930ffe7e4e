package dk.aarshjul.system;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who calls the engine: the person single sign-on has signed in (a bearer token, or a login through the provider),
 * or else the user whose password comes with the request (HTTP Basic against Camunda's users). Only a sign-in that
 * names a person of the organisation counts ({@link #PERSON}); anything else gets 401 as before. Camunda creates it
 * by its class name, so it is public with a public constructor.
 */
public class SignedInUserAuthenticationProvider extends HttpBasicAuthenticationProvider {

	/** The authority a single sign-on carries when it was matched to a person (the name is then their user id). */
	public static final String PERSON = "AARSHJUL_PERSON";

	@Override
	public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
		Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
		if (signedIn != null && signedIn.isAuthenticated()
				&& signedIn.getAuthorities().stream().anyMatch(a -> PERSON.equals(a.getAuthority()))) {
			return AuthenticationResult.successful(signedIn.getName());
		}
		return super.extractAuthenticatedUser(request, engine);
	}
}
