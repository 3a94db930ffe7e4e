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
 * The feeds for callers of our API (authenticated like the engine's REST API): any authenticated person may read
 * them, since the calendar holds nothing confidential. Calendar clients that cannot send a password use a
 * personal link instead ({@link CalendarLinkController}).
 */
@RestController
@RequestMapping("/api")
class CalendarFeedController {

	private final YearFeed feed;
	private final OrganisationService organisation;

	CalendarFeedController(YearFeed feed, OrganisationService organisation) {
		this.feed = feed;
		this.organisation = organisation;
	}

	@GetMapping("/calendar.ics")
	ResponseEntity<String> municipality() {
		return FeedResponses.calendar(feed, FeedScope.municipality(organisation.current()));
	}

	@GetMapping("/calendar/centres/{centreId}.ics")
	ResponseEntity<String> centre(@PathVariable String centreId) {
		return FeedResponses.calendar(feed, FeedScope.centre(organisation.current(), centreId));
	}

	@GetMapping("/calendar/units/{unitId}.ics")
	ResponseEntity<String> unit(@PathVariable String unitId) {
		return FeedResponses.calendar(feed, FeedScope.unit(organisation.current(), unitId));
	}

	@ExceptionHandler(NotFound.class)
	ResponseEntity<String> notFound(NotFound e) {
		return FeedResponses.notFound(e.getMessage());
	}
}
