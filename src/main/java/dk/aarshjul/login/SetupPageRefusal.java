package dk.aarshjul.login;

import java.io.IOException;

import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Camunda Admin's setup page lets whoever comes first create an administrator while none exists. Here the
 * administrator comes from the environment ({@link AdminAccount}), so the page and its endpoint are refused always,
 * before any login, whether an administrator exists or not.
 */
@Configuration(proxyBeanMethods = false)
class SetupPageRefusal {

	static final String MESSAGE = "Opsætningen af den første administrator er slået fra. Administratoren oprettes af "
			+ "driften (AARSHJUL_ADMIN_USER og AARSHJUL_ADMIN_PASSWORD).";

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> setupPageRefusalFilter(CamundaBpmProperties camunda) {
		String root = camunda.getWebapp().getApplicationPath();
		OncePerRequestFilter filter = new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				// The container's decoded and normalised path: no ";parameters", "%2F" or "//" can hide the setup.
				String path = (request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo()))
					.toLowerCase(java.util.Locale.ROOT).replaceAll("/+", "/");
				String base = root.toLowerCase(java.util.Locale.ROOT);
				if (path.matches(java.util.regex.Pattern.quote(base) + "/app/admin/[^/]+/setup(/.*)?")
						|| path.startsWith(base + "/api/admin/setup")) {
					Refusal.send(request, response, HttpServletResponse.SC_FORBIDDEN, MESSAGE);
					return;
				}
				chain.doFilter(request, response);
			}
		};
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setName("admin-setup-refusal");
		registration.addUrlPatterns(root + "/app/admin/*", root + "/api/admin/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}
}
