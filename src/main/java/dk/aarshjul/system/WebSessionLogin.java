package dk.aarshjul.system;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * One login for Tasklist and our pages: our API ({@code /api}) takes the session a person got by logging in to
 * Camunda's web applications, or else HTTP Basic as before; our pages ({@code /aarshjul}) send a visitor without that
 * session to the login page and back. For the request, the engine knows the person and their groups (so its
 * authorization checks apply), and forgets them afterwards.
 *
 * <p>A session is sent by the browser with any request, also one another site makes it send, so a request that
 * changes something must carry the session's CSRF token (Camunda's, header {@code X-XSRF-TOKEN}); our pages read it
 * from {@code GET /api/me}. A request made by our pages' scripts ({@code X-Requested-With}) without a login gets 401
 * without a Basic challenge, so the browser shows no password dialog.
 */
public class WebSessionLogin extends ProcessEngineAuthenticationFilter {

	/** Where our pages live. */
	public static final String PAGES = "/aarshjul";
	/** Our login page: it logs in to Tasklist (the same session) and returns to {@code ?next=}. */
	public static final String LOGIN_PAGE = PAGES + "/login.html";
	/** The session's CSRF token, for our pages' scripts. */
	public static final String CSRF_TOKEN_ATTRIBUTE = CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME;

	static final String ENGINE = "default";
	/** How long a session's groups are trusted before they are read again (Camunda's webapps' default). */
	static final long GROUPS_TRUSTED_MILLIS = 5 * 60 * 1000L;

	/** What the login page needs before anyone is logged in. */
	private static final Set<String> OPEN = Set.of(LOGIN_PAGE, PAGES + "/login.js", PAGES + "/aarshjul.css");
	private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS");

	@Override
	public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
		HttpServletRequest request = (HttpServletRequest) req;
		HttpServletResponse response = (HttpServletResponse) res;
		String path = request.getRequestURI().substring(request.getContextPath().length());
		UserAuthentication user = sessionUser(request);
		if (path.equals(PAGES) || path.startsWith(PAGES + "/")) {
			if (user == null && !OPEN.contains(path)) {
				String back = path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
				response.sendRedirect(request.getContextPath() + LOGIN_PAGE + "?next="
						+ URLEncoder.encode(back, StandardCharsets.UTF_8));
				return;
			}
			chain.doFilter(request, response);
			return;
		}
		if (user == null || request.getHeader("Authorization") != null) {
			if (request.getHeader("Authorization") == null && request.getHeader("X-Requested-With") != null) {
				refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "Du er ikke logget ind. Log ind igen.");
				return;
			}
			super.doFilter(request, response, chain);
			return;
		}
		if (!READING.contains(request.getMethod()) && !csrfTokenMatches(request)) {
			refuse(response, HttpServletResponse.SC_FORBIDDEN,
					"Forespørgslen mangler sessionens sikkerhedsnøgle (X-XSRF-TOKEN); genindlæs siden og prøv igen.");
			return;
		}
		ProcessEngine engine = getAddressedEngine(ENGINE);
		engine.getIdentityService().setAuthentication(user.getIdentityId(), user.getGroupIds(), user.getTenantIds());
		try {
			chain.doFilter(request, response);
		}
		finally {
			engine.getIdentityService().clearAuthentication();
		}
	}

	/** The person logged in to the web applications in this session, with groups no older than five minutes. */
	private static UserAuthentication sessionUser(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null) {
			return null;
		}
		Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
		AuthenticationUtil.updateCache(authentications, session, GROUPS_TRUSTED_MILLIS);
		AuthenticationUtil.updateSession(session, authentications);
		return authentications.getAuthenticationForProcessEngine(ENGINE) instanceof UserAuthentication user ? user : null;
	}

	private static boolean csrfTokenMatches(HttpServletRequest request) {
		Object expected = request.getSession().getAttribute(CSRF_TOKEN_ATTRIBUTE);
		String given = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
		return expected instanceof String token && given != null
				&& MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
	}

	private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
		response.setStatus(status);
		response.setContentType("application/json");
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write("{\"message\":\"" + message + "\"}");
	}
}
