package dk.aarshjul.test;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A logged-in session of Camunda's web applications, as the browser holds it: a session cookie and the CSRF
 * token that Camunda renews when the session changes at login.
 */
public final class WebappSession {

	private final String root;
	private final CookieManager cookies = new CookieManager();
	private final HttpClient http;

	private WebappSession(String root) {
		this.root = root;
		this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
	}

	public static WebappSession login(String root, String user, String password) throws IOException, InterruptedException {
		WebappSession session = new WebappSession(root);
		int status = session.submitLogin(user, password, "tasklist");
		if (status != 200) {
			throw new IllegalStateException("Login of " + user + " failed: " + status);
		}
		session.get("/camunda/api/engine/engine/");
		return session;
	}

	/** The answer to logging in to one of the web applications (tasklist, cockpit, admin): 200, or 403 without access. */
	public static int loginStatus(String root, String user, String password, String app)
			throws IOException, InterruptedException {
		return new WebappSession(root).submitLogin(user, password, app);
	}

	private int submitLogin(String user, String password, String app) throws IOException, InterruptedException {
		get("/camunda/app/" + app + "/");
		String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8);
		return send(HttpRequest.newBuilder(URI.create(root + "/camunda/api/admin/auth/user/default/login/" + app))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))).statusCode();
	}

	public HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(URI.create(root + path)).GET());
	}

	public HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(URI.create(root + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	/** A POST that carries the session's cookie but not its CSRF token, as a request another site makes a browser send. */
	public HttpResponse<String> postWithoutCsrfToken(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(root + path)).POST(HttpRequest.BodyPublishers.noBody()).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		String token = cookies.getCookieStore().getCookies().stream()
			.filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst().orElse("");
		return http.send(request.header("X-XSRF-TOKEN", token).build(), HttpResponse.BodyHandlers.ofString());
	}
}
