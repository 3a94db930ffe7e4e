package dk.aarshjul.operations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Who may read the actuator ({@code /actuator}): health, liveness and readiness are open, without details; the
 * details and the metrics ({@code /actuator/prometheus}) need HTTP Basic of a Camunda user in the monitoring group
 * ({@code AARSHJUL_MONITORING_GROUP}, default {@code camunda-admin}). A wrong password gets 401, as on the REST API.
 */
class ActuatorAccess extends OncePerRequestFilter {

	static final String PROMETHEUS = "/actuator/prometheus";

	private final IdentityService identity;
	private final String monitoringGroup;

	ActuatorAccess(IdentityService identity, String monitoringGroup) {
		this.identity = identity;
		this.monitoringGroup = monitoringGroup;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		boolean metrics = request.getRequestURI().startsWith(request.getContextPath() + PROMETHEUS);
		if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
			if (metrics) {
				refuse(response, 401, "Det kræver, at du er logget ind.");
				return;
			}
			chain.doFilter(request, response);
			return;
		}
		String[] credentials = decode(header.substring(6).strip());
		if (credentials == null || !identity.checkPassword(credentials[0], credentials[1])) {
			refuse(response, 401, "Brugernavn eller adgangskode er forkert.");
			return;
		}
		Set<String> groups = identity.createGroupQuery().groupMember(credentials[0]).list().stream().map(Group::getId)
			.collect(Collectors.toSet());
		if (metrics && !groups.contains(monitoringGroup)) {
			refuse(response, 403, "Kun driften må læse målingerne.");
			return;
		}
		chain.doFilter(new Authenticated(request, credentials[0], groups), response);
	}

	private static String[] decode(String token) {
		try {
			String decoded = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return colon <= 0 ? null : new String[] { decoded.substring(0, colon), decoded.substring(colon + 1) };
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
		response.setStatus(status);
		if (status == 401) {
			response.setHeader("WWW-Authenticate", "Basic realm=\"aarshjul\"");
		}
		response.setContentType("application/json");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write("{\"message\":\"" + message + "\"}");
	}

	/** The caller as the actuator sees it: a principal, and its groups as roles (management.endpoint.health.roles). */
	private static final class Authenticated extends HttpServletRequestWrapper {

		private final Principal user;
		private final Set<String> groups;

		Authenticated(HttpServletRequest request, String userId, Set<String> groups) {
			super(request);
			this.user = () -> userId;
			this.groups = groups;
		}

		@Override
		public Principal getUserPrincipal() {
			return user;
		}

		@Override
		public String getRemoteUser() {
			return user.getName();
		}

		@Override
		public boolean isUserInRole(String role) {
			return groups.contains(role);
		}
	}
}
