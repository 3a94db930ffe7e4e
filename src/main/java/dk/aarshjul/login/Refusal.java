package dk.aarshjul.login;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.web.util.HtmlUtils;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** A refused request, answered in Danish: a page for a browser, JSON as Camunda's APIs answer for everything else. */
final class Refusal {

	private Refusal() {
	}

	static void send(HttpServletRequest request, HttpServletResponse response, int status, String message)
			throws IOException {
		response.resetBuffer();
		response.setStatus(status);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		String accept = request.getHeader("Accept");
		if (accept != null && accept.contains("text/html")) {
			response.setContentType("text/html;charset=UTF-8");
			response.getWriter().write("""
					<!DOCTYPE html>
					<html lang="da">
					<head><meta charset="utf-8"><title>Ingen adgang – Årshjul</title>
					<style>body { font-family: system-ui, sans-serif; margin: 4rem auto; max-width: 38rem; color: #333; \
					line-height: 1.5; }</style></head>
					<body><h1>Ingen adgang</h1><p>%s</p></body>
					</html>
					""".formatted(HtmlUtils.htmlEscape(message, StandardCharsets.UTF_8.name())));
		}
		else {
			response.setContentType("application/json;charset=UTF-8");
			response.getWriter().write("{\"type\":\"Forbidden\",\"message\":\"" + message.replace("\\", "\\\\")
				.replace("\"", "\\\"") + "\"}");
		}
		response.flushBuffer();
	}
}
