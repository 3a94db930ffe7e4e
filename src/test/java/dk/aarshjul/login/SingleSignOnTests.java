package dk.aarshjul.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dk.aarshjul.organisation.Level;
import dk.aarshjul.organisation.Route;
import dk.aarshjul.test.RoutingProbe;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

/**
 * Single sign-on against a real OpenID Connect provider started by the test (mock-oauth2-server, in-process): a
 * leader logs in to Tasklist through the provider's login flow, as a browser follows its redirects with its cookies,
 * and sees only their unit's task; a bearer token from the same provider works on the REST API, an invalid one gets
 * 401, and someone the organisation file does not know gets a Danish 403. No administrator password is configured:
 * with single sign-on none is needed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "aarshjul.login.admin.password=", "aarshjul.login.oidc.client-id=aarshjul",
				"aarshjul.login.oidc.client-secret=hemmelig",
				// Its own database: its administrator has no password, which the other tests' administrator needs.
				"spring.datasource.url=jdbc:h2:mem:aarshjul-single-sign-on;DB_CLOSE_DELAY=-1" })
@ActiveProfiles("test")
class SingleSignOnTests {

	private static final String ISSUER_ID = "kommunen";
	private static final String LEADER = "leder-borupgaard-skole";
	private static final MockOAuth2Server PROVIDER = new MockOAuth2Server();
	private static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;
	@Autowired
	ProcessEngine engine;

	private Task borupgaard;
	private Task hellebaek;

	@DynamicPropertySource
	static void provider(DynamicPropertyRegistry registry) {
		PROVIDER.start();
		registry.add("aarshjul.login.oidc.issuer", () -> PROVIDER.issuerUrl(ISSUER_ID).toString());
	}

	@AfterAll
	static void stopProvider() {
		PROVIDER.shutdown();
	}

	@BeforeEach
	void aTaskForEachOfTwoUnits() {
		engine.getRuntimeService().createProcessInstanceQuery().list()
			.forEach(pi -> engine.getRuntimeService().deleteProcessInstance(pi.getId(), "next test", true, true));
		RoutingProbe.deploy(engine);
		borupgaard = RoutingProbe.start(engine, Level.UNIT, Map.of(Route.UNIT, "borupgaard-skole"));
		hellebaek = RoutingProbe.start(engine, Level.UNIT, Map.of(Route.UNIT, "hellebaek-skole"));
	}

	@Test
	void aLeaderLogsInToTasklistThroughTheProviderAndSeesOnlyTheirUnitsTask() throws Exception {
		HttpClient browser = browser();
		PROVIDER.enqueueCallback(signIn("Z-1001", Map.of("preferred_username", LEADER)));

		HttpResponse<String> tasklist = get(browser, "/camunda/app/tasklist/default/", "text/html");
		assertThat(tasklist.statusCode()).isEqualTo(200);
		assertThat(tasklist.uri().getPath()).isEqualTo("/camunda/app/tasklist/default/");
		assertThat(tasklist.body()).contains("tasklist");

		JsonNode user = JSON.readTree(get(browser, "/camunda/api/admin/auth/user/default", "application/json").body());
		assertThat(user.path("userId").asText()).isEqualTo(LEADER);
		assertThat(user.path("authorizedApps").toString()).contains("tasklist").doesNotContain("cockpit", "admin");

		HttpResponse<String> tasks = get(browser, "/camunda/api/engine/engine/default/task", "application/json");
		assertThat(tasks.statusCode()).isEqualTo(200);
		assertThat(ids(tasks.body())).containsExactly(borupgaard.getId()).doesNotContain(hellebaek.getId());

		// Logging out ends the session, also the provider's sign-in held here.
		HttpResponse<String> logout = browser.send(HttpRequest.newBuilder(URI.create(root()
				+ "/camunda/api/admin/auth/user/default/logout")).POST(HttpRequest.BodyPublishers.noBody()).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(logout.statusCode()).isEqualTo(200);
		assertThat(get(browser, "/camunda/api/engine/engine/default/task", "application/json").statusCode()).isEqualTo(401);
	}

	@Test
	void theProvidersEmailAddressFindsThePersonToo() throws Exception {
		HttpClient browser = browser();
		PROVIDER.enqueueCallback(signIn("Z-1002", Map.of("preferred_username", "Steen.Lund@example.dk")));
		assertThat(get(browser, "/camunda/app/tasklist/default/", "text/html").statusCode()).isEqualTo(200);
		JsonNode user = JSON.readTree(get(browser, "/camunda/api/admin/auth/user/default", "application/json").body());
		assertThat(user.path("userId").asText()).isEqualTo(LEADER);
	}

	@Test
	void someoneTheOrganisationDoesNotKnowIsRefusedInDanish() throws Exception {
		HttpClient browser = browser();
		PROVIDER.enqueueCallback(signIn("Z-9999", Map.of("preferred_username", "vikar-udefra")));

		HttpResponse<String> tasklist = get(browser, "/camunda/app/tasklist/default/", "text/html");
		assertThat(tasklist.statusCode()).isEqualTo(403);
		assertThat(tasklist.body()).contains("vikar-udefra", "findes ikke i organisationen i Årshjul");
		assertThat(get(browser, "/camunda/api/engine/engine/default/task", "application/json").statusCode()).isEqualTo(403);

		HttpResponse<String> rest = bearer("/engine-rest/task", token(Map.of("preferred_username", "vikar-udefra")));
		assertThat(rest.statusCode()).isEqualTo(403);
		assertThat(rest.body()).contains("findes ikke i organisationen i Årshjul");
	}

	@Test
	void aBearerTokenFromTheProviderWorksOnTheRestApiAndAnInvalidOneGets401() throws Exception {
		HttpResponse<String> tasks = bearer("/engine-rest/task", token(Map.of("preferred_username", LEADER)));
		assertThat(tasks.statusCode()).isEqualTo(200);
		assertThat(ids(tasks.body())).containsExactly(borupgaard.getId());

		HttpResponse<String> chief = bearer("/engine-rest/task", token(Map.of("preferred_username", "chef-skole")));
		assertThat(ids(chief.body())).contains(borupgaard.getId(), hellebaek.getId());

		String valid = token(Map.of("preferred_username", LEADER));
		String tampered = valid.substring(0, valid.lastIndexOf('.') + 1) + "AAAA" + valid.substring(valid.lastIndexOf('.') + 5);
		assertThat(bearer("/engine-rest/task", tampered).statusCode()).isEqualTo(401);
		assertThat(bearer("/engine-rest/task", "ikke-et-token").statusCode()).isEqualTo(401);
		String otherIssuer = PROVIDER.issueToken("en-anden-udbyder", "aarshjul",
				signIn("Z-1001", Map.of("preferred_username", LEADER))).serialize();
		assertThat(bearer("/engine-rest/task", otherIssuer).statusCode()).isEqualTo(401);
		assertThat(bearer("/engine-rest/task", null).statusCode()).isEqualTo(401);

		// Our own API takes the same tokens.
		assertThat(bearer("/api/me/mail-preference", valid).statusCode()).isEqualTo(200);
	}

	private static DefaultOAuth2TokenCallback signIn(String subject, Map<String, Object> claims) {
		return new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", List.of("aarshjul"), claims, 3600);
	}

	private static String token(Map<String, Object> claims) {
		return PROVIDER.issueToken(ISSUER_ID, "aarshjul", signIn("Z-1", claims)).serialize();
	}

	private HttpResponse<String> bearer(String path, String token) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root() + path)).header("Accept", "application/json");
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return HttpClient.newHttpClient().send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A browser: follows redirects, between the application and the provider, and keeps its cookies. */
	private static HttpClient browser() {
		return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).cookieHandler(new CookieManager()).build();
	}

	private HttpResponse<String> get(HttpClient browser, String path, String accept) throws Exception {
		return browser.send(HttpRequest.newBuilder(URI.create(root() + path)).header("Accept", accept).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static List<String> ids(String json) throws Exception {
		return JSON.readTree(json).findValuesAsText("id");
	}

	private String root() {
		return "http://localhost:" + port;
	}
}
