package dk.aarshjul.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dk.aarshjul.test.ApplicationTest;
import dk.aarshjul.test.TestData;

/** Personal calendar links: what is kept of a token, and when a token stops working. */
@ApplicationTest
class CalendarLinksTests {

	private static final String PERSON = "kalender-proeve";

	@Autowired
	CalendarLinks links;
	@Autowired
	IdentityService identity;
	@Autowired
	RuntimeService runtime;
	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void tearDown() {
		if (identity.createUserQuery().userId(PERSON).count() > 0) {
			identity.deleteUser(PERSON);
		}
		TestData.reset(runtime, jdbc);
	}

	@Test
	void aTokenIsRandomAndOnlyItsHashIsKept() {
		createUser();
		String token = links.create(PERSON);

		assertThat(Base64.getUrlDecoder().decode(token)).hasSize(CalendarLinks.TOKEN_BYTES);
		assertThat(jdbc.sql("SELECT token_hash FROM calendar_link").query(String.class).single())
			.isEqualTo(CalendarLinks.hash(token)).hasSize(64).doesNotContain(token);
		assertThat(links.owner(token)).contains(PERSON);
		assertThat(links.active(PERSON)).singleElement().satisfies(link -> assertThat(link.lastUsedAt()).isNotNull());
	}

	@Test
	void aNewLinkRevokesTheOldOneAndRevokingStopsAll() {
		createUser();
		String first = links.create(PERSON);
		String second = links.create(PERSON);

		assertThat(first).isNotEqualTo(second);
		assertThat(links.owner(first)).isEmpty();
		assertThat(links.owner(second)).contains(PERSON);
		assertThat(links.active(PERSON)).hasSize(1);

		links.revokeAll(PERSON);
		assertThat(links.owner(second)).isEmpty();
		assertThat(links.active(PERSON)).isEmpty();
	}

	@Test
	void theLinkOfAPersonWhoIsNoLongerAUserStopsWorking() {
		createUser();
		String token = links.create(PERSON);
		identity.deleteUser(PERSON);

		assertThat(links.owner(token)).isEmpty();
	}

	@Test
	void unknownAndMalformedTokensBelongToNobody() {
		assertThat(links.owner("A".repeat(43))).isEmpty();
		assertThat(links.owner("kort")).isEmpty();
		assertThat(links.owner("../../etc")).isEmpty();
		assertThat(links.owner(null)).isEmpty();
	}

	private void createUser() {
		User user = identity.newUser(PERSON);
		user.setFirstName("Kalender");
		user.setLastName("Prøve");
		user.setPassword("x-" + System.nanoTime());
		identity.saveUser(user);
	}
}
