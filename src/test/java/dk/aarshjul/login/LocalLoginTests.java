package dk.aarshjul.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Date;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import dk.aarshjul.test.WebappSession;

/**
 * Local logins without the demo profile, over HTTP as a browser and a REST client use them: no known password works,
 * Admin's setup is refused to everyone, the password policy refuses a short password, and a login locked after ten
 * wrong passwords opens again by itself, with both logged.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class LocalLoginTests {

	private static final String LEADER = "leder-borupgaard-skole";
	private static final String ADMIN_PASSWORD = "Tre-lange-ord-i-test";

	@LocalServerPort
	int port;
	@Autowired
	IdentityService identity;

	private final HttpClient http = HttpClient.newHttpClient();

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void withoutTheDemoNoKnownPasswordLogsIn() throws Exception {
		for (String user : new String[] { "demo", "sekretariat", LEADER, "chef-skole" }) {
			assertThat(WebappSession.loginStatus(root(), user, "demo", "tasklist")).as(user).isEqualTo(401);
			assertThat(basic("GET", "/engine-rest/task", user, "demo", null).statusCode()).as(user).isEqualTo(401);
		}
		assertThat(identity.createUserQuery().userId("demo").count()).isZero();
		// The administrator comes from the settings and may open Admin.
		assertThat(WebappSession.loginStatus(root(), "admin", ADMIN_PASSWORD, "admin")).isEqualTo(200);
		assertThat(identity.createUserQuery().userId("admin").memberOfGroup(Groups.CAMUNDA_ADMIN).count()).isEqualTo(1);
	}

	@Test
	void adminsSetupPageAndEndpointAreRefusedEvenWithoutAnAdministrator() throws Exception {
		identity.deleteMembership("admin", Groups.CAMUNDA_ADMIN);
		try {
			assertThat(identity.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count()).isZero();

			HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(root() + "/camunda/app/admin/default/setup/"))
				.header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
			assertThat(page.statusCode()).isEqualTo(403);
			assertThat(page.body()).contains("Opsætningen af den første administrator er slået fra");

			String intruder = """
					{"profile": {"id": "indtrænger", "firstName": "I", "lastName": "T", "email": "i@t.invalid"},
					 "credentials": {"password": "Et-langt-kodeord-1234"}}""";
			for (String path : new String[] { "/camunda/api/admin/setup/default/user/create",
					"/camunda/api/admin//setup/default/user/create", "/camunda/api/admin/SETUP/default/user/create" }) {
				HttpResponse<String> create = http.send(HttpRequest.newBuilder(URI.create(root() + path))
					.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(intruder)).build(),
						HttpResponse.BodyHandlers.ofString());
				assertThat(create.statusCode()).as(path).isIn(403, 404);
			}
			HttpResponse<String> create = http.send(HttpRequest.newBuilder(URI.create(root()
					+ "/camunda/api/admin/setup/default/user/create")).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(intruder)).build(), HttpResponse.BodyHandlers.ofString());
			assertThat(create.statusCode()).isEqualTo(403);
			assertThat(create.body()).contains("slået fra");
			assertThat(identity.createUserQuery().userId("indtrænger").count()).isZero();
			assertThat(identity.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count()).isZero();
		}
		finally {
			identity.createMembership("admin", Groups.CAMUNDA_ADMIN);
		}
	}

	@Test
	void thePasswordPolicyRefusesALeadersPasswordOfOneCharacter() throws Exception {
		// Another leader than the one the demo passwords were tried for above: each wrong password delays the next login.
		String leader = "leder-kulturvaerftet";
		String good = "Solsikker i Snekkersten";
		setPassword(leader, good);

		String one = "{\"password\": \"1\", \"authenticatedUserPassword\": \"" + good + "\"}";
		HttpResponse<String> refused = basic("PUT", "/engine-rest/user/" + leader + "/credentials", leader, good, one);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("Adgangskoden er ikke godkendt: den skal have mindst 12 tegn");
		// Unchanged (trying "1" here would count as a wrong password and delay the next login).
		assertThat(identity.checkPassword(leader, good)).isTrue();

		// Long, but built from the login itself.
		assertThatThrownBy(() -> setPassword(leader, "leder-kulturvaerftet-2027")).isInstanceOf(ProcessEngineException.class);
		assertThat(identity.checkPasswordAgainstPolicy("kort").isValid()).isFalse();

		String better = "{\"password\": \"Havørnen over Øresund\", \"authenticatedUserPassword\": \"" + good + "\"}";
		assertThat(basic("PUT", "/engine-rest/user/" + leader + "/credentials", leader, good, better).statusCode())
			.isEqualTo(204);
		assertThat(identity.checkPassword(leader, "Havørnen over Øresund")).isTrue();

		HttpResponse<String> policy = basic("GET", "/engine-rest/identity/password-policy", leader, "Havørnen over Øresund", null);
		assertThat(policy.statusCode()).isEqualTo(200);
		assertThat(policy.body()).contains("PASSWORD_POLICY_LENGTH", "\"minLength\":\"12\"", "PASSWORD_POLICY_USER_DATA");
	}

	@Test
	void aLockOutAfterTenWrongPasswordsIsTemporaryAndLogged(CapturedOutput output) throws Exception {
		String user = "chef-kultur";
		String right = "Kronborg i vinterlys";
		String wrong = "Forkert-gæt-nummer";
		setPassword(user, right);

		Date now = new Date();
		for (int attempt = 1; attempt <= 10; attempt++) {
			ClockUtil.setCurrentTime(now);
			assertThat(identity.checkPassword(user, wrong + attempt)).isFalse();
			// Past the growing delay, so that the next wrong password counts.
			now = new Date(now.getTime() + Duration.ofSeconds(61).toMillis());
		}
		ClockUtil.setCurrentTime(now);
		assertThat(identity.checkPassword(user, right)).as("locked").isFalse();
		assertThat(output.getOut()).containsPattern("WARN .*Login of user chef-kultur locked after 10 wrong passwords");
		assertThat(output.getOut()).doesNotContain(wrong);

		ClockUtil.setCurrentTime(new Date(now.getTime() + Duration.ofMinutes(13).toMillis()));
		assertThat(identity.checkPassword(user, right)).as("still locked after 13 minutes").isFalse();

		ClockUtil.setCurrentTime(new Date(now.getTime() + Duration.ofMinutes(15).toMillis()));
		assertThat(identity.checkPassword(user, right)).as("open again after 15 minutes").isTrue();
		assertThat(output.getOut()).containsPattern("WARN .*Login of user chef-kultur unlocked");
		// And through the REST API, as the person uses it.
		ClockUtil.reset();
		assertThat(basic("GET", "/engine-rest/task/count", user, right, null).statusCode()).isEqualTo(200);
	}

	private void setPassword(String userId, String password) {
		User user = identity.createUserQuery().userId(userId).singleResult();
		user.setPassword(password);
		identity.saveUser(user);
	}

	private HttpResponse<String> basic(String method, String path, String user, String password, String json)
			throws Exception {
		String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root() + path))
			.header("Authorization", "Basic " + credentials)
			.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private String root() {
		return "http://localhost:" + port;
	}
}
