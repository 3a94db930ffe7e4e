package dk.aarshjul.feed;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dk.aarshjul.organisation.OrganisationService;
import dk.aarshjul.system.ApiAccess.NotFound;

/**
 * The feeds by personal link, for calendar clients that cannot send a password: outside {@code /api}, so without
 * credentials; the token in the path is the credential. A token that is unknown, revoked or whose person has
 * left gets the same 404.
 */
@RestController
@RequestMapping(TokenFeedController.PATH)
class TokenFeedController {

	static final String PATH = "/calendar/{token}";

	private static final String NO_SUCH_LINK = "Kalenderlinket findes ikke eller er ikke længere gyldigt.";

	private final CalendarLinks links;
	private final YearFeed feed;
	private final OrganisationService organisation;

	TokenFeedController(CalendarLinks links, YearFeed feed, OrganisationService organisation) {
		this.links = links;
		this.feed = feed;
		this.organisation = organisation;
	}

	@GetMapping("/aarshjul.ics")
	ResponseEntity<String> municipality(@PathVariable String token) {
		requireLink(token);
		return FeedResponses.calendar(feed, FeedScope.municipality(organisation.current()));
	}

	@GetMapping("/centres/{centreId}.ics")
	ResponseEntity<String> centre(@PathVariable String token, @PathVariable String centreId) {
		requireLink(token);
		return FeedResponses.calendar(feed, FeedScope.centre(organisation.current(), centreId));
	}

	@GetMapping("/units/{unitId}.ics")
	ResponseEntity<String> unit(@PathVariable String token, @PathVariable String unitId) {
		requireLink(token);
		return FeedResponses.calendar(feed, FeedScope.unit(organisation.current(), unitId));
	}

	private void requireLink(String token) {
		if (links.owner(token).isEmpty()) {
			throw new NotFound(NO_SUCH_LINK);
		}
	}

	@ExceptionHandler(NotFound.class)
	ResponseEntity<String> notFound(NotFound e) {
		return FeedResponses.notFound(e.getMessage());
	}
}
