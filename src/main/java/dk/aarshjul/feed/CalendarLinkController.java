package dk.aarshjul.feed;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dk.aarshjul.organisation.Organisation;
import dk.aarshjul.organisation.OrganisationService;
import dk.aarshjul.system.ApiAccess;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The caller's own personal calendar links: create one (revoking the earlier ones), list those in use, revoke
 * them all. The token is shown only in the answer that creates it, as part of the feeds' paths.
 */
@RestController
@RequestMapping("/api/calendar/links")
class CalendarLinkController {

	private final CalendarLinks links;
	private final OrganisationService organisation;
	private final ApiAccess access;

	CalendarLinkController(CalendarLinks links, OrganisationService organisation, ApiAccess access) {
		this.links = links;
		this.organisation = organisation;
		this.access = access;
	}

	/**
	 * The paths of the three feeds with the new token. The centre's is filled in for a centre chief and the unit's
	 * for a unit leader; for anyone else they are templates with {@code {centreId}} and {@code {unitId}}.
	 */
	record FeedPaths(String municipality, String centre, String unit) {
	}

	record LinkView(long id, OffsetDateTime created, OffsetDateTime lastUsed) {
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	FeedPaths create(HttpServletRequest request) {
		String person = access.userId();
		String base = request.getContextPath() + TokenFeedController.PATH.replace("{token}", links.create(person));
		Organisation org = organisation.current();
		String centre = org.centres().stream().filter(c -> person.equals(c.chief())).map(Organisation.Centre::id)
			.findFirst().orElse("{centreId}");
		String unit = org.units().filter(u -> person.equals(u.leader())).map(Organisation.Unit::id)
			.findFirst().orElse("{unitId}");
		return new FeedPaths(base + "/aarshjul.ics", base + "/centres/" + centre + ".ics", base + "/units/" + unit + ".ics");
	}

	@GetMapping
	List<LinkView> active() {
		return links.active(access.userId()).stream().map(l -> new LinkView(l.id(), l.createdAt(), l.lastUsedAt())).toList();
	}

	@DeleteMapping
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revoke() {
		links.revokeAll(access.userId());
	}
}
