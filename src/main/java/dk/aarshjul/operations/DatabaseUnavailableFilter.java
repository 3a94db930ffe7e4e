package dk.aarshjul.operations;

import dk.aarshjul.system.DatabaseUnavailable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The outermost filter of the REST APIs ({@code /engine-rest}, {@code /camunda/api}, {@code /api}) and of the
 * actuator (whose callers with credentials are checked against the database): a request that fails because the
 * database does not answer, in a filter (such as the login check) or in our own controllers, gets the Danish 503
 * instead of an English 500. The JAX-RS resources answer it themselves ({@code operations.jaxrs}).
 */
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | RuntimeException e) {
			if (!DatabaseUnavailable.causedBy(e) || response.isCommitted()) {
				throw e;
			}
			log.warn("{} {} answered 503: the database does not answer ({})", request.getMethod(), request.getRequestURI(),
					rootMessage(e));
			answer(response);
		}
	}

	static void answer(HttpServletResponse response) throws IOException {
		response.resetBuffer();
		response.setStatus(DatabaseUnavailable.STATUS);
		response.setHeader("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS);
		response.setContentType("application/json");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(DatabaseUnavailable.BODY);
	}

	static String rootMessage(Throwable e) {
		Throwable root = e;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}
}
