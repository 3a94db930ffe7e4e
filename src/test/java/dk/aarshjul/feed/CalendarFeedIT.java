package dk.aarshjul.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import dk.aarshjul.med.MedPlanService;
import dk.aarshjul.system.EngineClock;
import dk.aarshjul.test.PostgresApplicationIT;

/**
 * The feeds over real HTTP on PostgreSQL: under {@code /api} with the API's credentials, and by personal link
 * without any, as a calendar client subscribes.
 */
class CalendarFeedIT extends PostgresApplicationIT {

	private static final String LEADER = "leder-borupgaard-skole";
	private static final String CHIEF = "chef-skole";
	private static final String TOKEN_PATH = "/calendar/[A-Za-z0-9_-]{43}/";

	@Autowired
	TestRestTemplate rest;
	@Autowired
	MedPlanService medPlans;

	@Test
	void theApiFeedsNeedCredentialsAndAnyoneLoggedInMayReadThem() {
		int year = EngineClock.today().getYear();
		assertThat(rest.getForEntity("/api/calendar.ics", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		// Someone else: a wrong password makes the engine hold back that user's next logins for a while.
		assertThat(rest.withBasicAuth("leder-hellebaek-skole", "forkert").getForEntity("/api/calendar.ics", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(rest.postForEntity("/api/calendar/links", null, String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);

		ResponseEntity<String> feed = rest.withBasicAuth(LEADER, "demo").getForEntity("/api/calendar.ics", String.class);
		assertCalendar(feed);
		assertThat(ParsedFeed.parse(feed.getBody()).only("1. kvartal " + year).transparent()).isTrue();

		ResponseEntity<String> centre = rest.withBasicAuth(LEADER, "demo").getForEntity("/api/calendar/centres/kultur.ics", String.class);
		assertCalendar(centre);
		assertThat(centre.getHeaders().getContentDisposition().getFilename()).isEqualTo("aarshjul-kultur.ics");
		assertCalendar(rest.withBasicAuth(LEADER, "demo").getForEntity("/api/calendar/units/kulturvaerftet.ics", String.class));
		assertThat(rest.withBasicAuth(LEADER, "demo").getForEntity("/api/calendar/units/findes-ikke.ics", String.class).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(rest.withBasicAuth(LEADER, "demo").getForEntity("/api/calendar/centres/findes-ikke.ics", String.class).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void aPersonalLinkWorksWithoutCredentialsUntilItIsReplacedOrRevoked() {
		int year = EngineClock.today().getYear();
		medPlans.generate("helsingor", year);
		medPlans.publish("helsingor", year, "sekretariat");

		Map<String, String> first = createLink(LEADER);
		assertThat(first.get("municipality")).matches(TOKEN_PATH + "aarshjul\\.ics");
		assertThat(first.get("unit")).matches(TOKEN_PATH + "units/borupgaard-skole\\.ics");
		assertThat(first.get("centre")).matches(TOKEN_PATH + "centres/\\{centreId\\}\\.ics");
		assertThat(createLink(CHIEF)).satisfies(chief -> {
			assertThat(chief.get("centre")).matches(TOKEN_PATH + "centres/skole\\.ics");
			assertThat(chief.get("unit")).matches(TOKEN_PATH + "units/\\{unitId\\}\\.ics");
		});

		ResponseEntity<String> feed = rest.getForEntity(first.get("municipality"), String.class);
		assertCalendar(feed);
		assertThat(ParsedFeed.parse(feed.getBody()).where(s -> s.startsWith("H-MED, møde "))).hasSize(8);
		ResponseEntity<String> unit = rest.getForEntity(first.get("unit"), String.class);
		assertCalendar(unit);
		assertThat(ParsedFeed.parse(unit.getBody()).where("A-MED Borupgård Skole: foreslået uge"::equals)).hasSize(6);
		assertCalendar(rest.getForEntity(first.get("municipality").replace("aarshjul.ics", "centres/skole.ics"), String.class));
		assertThat(status(first.get("municipality").replace("aarshjul.ics", "units/findes-ikke.ics"))).isEqualTo(HttpStatus.NOT_FOUND);

		List<Map<String, Object>> active = links(LEADER);
		assertThat(active).singleElement().satisfies(link -> {
			assertThat(link).containsOnlyKeys("id", "created", "lastUsed");
			assertThat(link.get("lastUsed")).isNotNull();
		});

		Map<String, String> second = createLink(LEADER);
		assertThat(status(first.get("municipality"))).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(status(first.get("unit"))).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(status(second.get("municipality"))).isEqualTo(HttpStatus.OK);
		assertThat(links(LEADER)).hasSize(1);

		assertThat(rest.withBasicAuth(LEADER, "demo").exchange("/api/calendar/links", HttpMethod.DELETE, null, String.class)
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(status(second.get("municipality"))).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(links(LEADER)).isEmpty();
		assertThat(links(CHIEF)).hasSize(1);

		assertThat(status("/calendar/" + "A".repeat(43) + "/aarshjul.ics")).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(status("/calendar/ukendt/aarshjul.ics")).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(rest.getForEntity("/calendar/ukendt/aarshjul.ics", String.class).getBody())
			.isEqualTo(rest.getForEntity(first.get("municipality"), String.class).getBody());
	}

	private static void assertCalendar(ResponseEntity<String> response) {
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		MediaType type = response.getHeaders().getContentType();
		assertThat(type).isNotNull();
		assertThat(type.isCompatibleWith(MediaType.parseMediaType("text/calendar"))).isTrue();
		assertThat(type.getCharset()).isEqualTo(java.nio.charset.StandardCharsets.UTF_8);
		ParsedFeed parsed = ParsedFeed.parse(response.getBody());
		assertThat(parsed.calendar().validate().getEntries()).isEmpty();
		assertThat(parsed.where(s -> s.endsWith(". kvartal " + EngineClock.today().getYear()))).hasSize(4);
	}

	private Map<String, String> createLink(String user) {
		ResponseEntity<Map<String, String>> created = rest.withBasicAuth(user, "demo").exchange("/api/calendar/links",
				HttpMethod.POST, null, new ParameterizedTypeReference<>() {
				});
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		return created.getBody();
	}

	private List<Map<String, Object>> links(String user) {
		return rest.withBasicAuth(user, "demo").exchange("/api/calendar/links", HttpMethod.GET, null,
				new ParameterizedTypeReference<List<Map<String, Object>>>() {
				}).getBody();
	}

	private HttpStatus status(String path) {
		return HttpStatus.valueOf(rest.getForEntity(path, String.class).getStatusCode().value());
	}
}
