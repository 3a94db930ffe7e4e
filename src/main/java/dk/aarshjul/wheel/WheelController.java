package dk.aarshjul.wheel;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import dk.aarshjul.organisation.Organisation;
import dk.aarshjul.organisation.OrganisationService;
import dk.aarshjul.organisation.ReadScope;
import dk.aarshjul.system.ApiAccess;
import dk.aarshjul.system.EngineClock;
import dk.aarshjul.system.WebSessionLogin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The wheel's data ({@code /api/wheel/{year}}: the municipality, {@code ?centre=} or {@code ?unit=}), who is logged
 * in ({@code /api/me}), and the pages' front door ({@code /aarshjul/}).
 */
@Controller
class WheelController {

	private final YearWheel wheel;
	private final OrganisationService organisation;
	private final ApiAccess access;

	WheelController(YearWheel wheel, OrganisationService organisation, ApiAccess access) {
		this.wheel = wheel;
		this.organisation = organisation;
		this.access = access;
	}

	/**
	 * @param home where the person's wheel opens: their unit, their centre, or the municipality
	 * @param csrfToken the session's token, which our pages send with a request that changes something
	 */
	record Me(String userId, String name, YearWheel.Place home, int year, String todayText, String csrfToken) {
	}

	@GetMapping({ WebSessionLogin.PAGES, WebSessionLogin.PAGES + "/" })
	String frontDoor() {
		return "forward:" + WebSessionLogin.PAGES + "/index.html";
	}

	@GetMapping("/api/me")
	@ResponseBody
	Me me(HttpServletRequest request) {
		String user = access.userId();
		Organisation org = organisation.current();
		String name = org.peopleById().containsKey(user) ? org.peopleById().get(user).name() : user;
		HttpSession session = request.getSession(false);
		Object token = session == null ? null : session.getAttribute(WebSessionLogin.CSRF_TOKEN_ATTRIBUTE);
		return new Me(user, name, YearWheel.home(ReadScope.of(access.groups(), org), org),
				EngineClock.today().getYear(), EngineClock.DANISH_DATE.format(EngineClock.today()),
				token instanceof String t ? t : null);
	}

	@GetMapping("/api/wheel/{year}")
	@ResponseBody
	YearWheel.Wheel wheel(@PathVariable int year, @RequestParam(required = false) String centre,
			@RequestParam(required = false) String unit) {
		access.userId();
		Organisation org = organisation.current();
		return wheel.wheel(year, blankToNull(centre), blankToNull(unit), ReadScope.of(access.groups(), org), org);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}
}
