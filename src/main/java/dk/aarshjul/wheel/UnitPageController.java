package dk.aarshjul.wheel;

import java.util.Comparator;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dk.aarshjul.agreement.Agreement;
import dk.aarshjul.agreement.AgreementService;
import dk.aarshjul.organisation.Organisation;
import dk.aarshjul.organisation.OrganisationService;
import dk.aarshjul.organisation.ReadScope;
import dk.aarshjul.profile.UnitProfileService;
import dk.aarshjul.scope.Party;
import dk.aarshjul.system.ApiAccess;
import dk.aarshjul.system.ApiAccess.Forbidden;
import dk.aarshjul.system.ApiAccess.NotFound;
import dk.aarshjul.system.EngineClock;
import dk.aarshjul.thread.RedThreadController;
import dk.aarshjul.vision.DocumentViews;

/**
 * A unit's page ({@code GET /api/units/{unit}/page?year=}), read by those who may read the unit's records: its
 * agreement in force and every version of every year, the red thread from the vision goals to its goals, its open
 * tasks with deadlines, its A-MED weeks and its published profile.
 */
@RestController
class UnitPageController {

	private final AgreementService agreements;
	private final RedThreadController thread;
	private final UnitProfileService profiles;
	private final YearWheel wheel;
	private final OrganisationService organisation;
	private final DocumentViews views;
	private final ApiAccess access;

	UnitPageController(AgreementService agreements, RedThreadController thread, UnitProfileService profiles,
			YearWheel wheel, OrganisationService organisation, DocumentViews views, ApiAccess access) {
		this.agreements = agreements;
		this.thread = thread;
		this.profiles = profiles;
		this.wheel = wheel;
		this.organisation = organisation;
		this.views = views;
		this.access = access;
	}

	/**
	 * @param agreementInForce the version of the year's agreement in force, else null
	 * @param agreements every version of every year, the newest year first, each year's versions in order
	 */
	record UnitPage(String id, String name, String type, String centreId, String centreName, String leader, int year,
			DocumentViews.AgreementView agreementInForce, List<DocumentViews.AgreementView> agreements,
			List<RedThreadController.VisionGoalThread> thread, List<YearWheel.TaskView> tasks, boolean medPublished,
			List<YearWheel.MedWeek> med, DocumentViews.ProfileView profile) {
	}

	@GetMapping("/api/units/{unitId}/page")
	UnitPage page(@PathVariable String unitId, @RequestParam(required = false) Integer year) {
		access.userId();
		Organisation org = organisation.current();
		Organisation.Unit unit = org.unit(unitId).orElseThrow(() -> new NotFound("Enheden '" + unitId + "' findes ikke."));
		Organisation.Centre centre = org.centreOfUnit(unitId).orElseThrow();
		ReadScope reader = ReadScope.of(access.groups(), org);
		if (!reader.unit(unitId)) {
			throw new Forbidden("Du kan kun se siden for de enheder, du leder eller har ansvar for.");
		}
		int shown = year == null ? EngineClock.today().getYear() : year;
		List<Agreement> all = agreements.agreementsOf(org.municipalityId(), Party.UNIT, unitId);
		DocumentViews.AgreementView inForce = all.stream()
			.filter(a -> a.year() == shown && a.status() == Agreement.Status.APPROVED).findFirst().map(views::agreement)
			.orElse(null);
		List<DocumentViews.AgreementView> versions = all.stream()
			.sorted(Comparator.comparingInt(Agreement::year).reversed().thenComparingInt(Agreement::version))
			.map(views::agreement).toList();
		YearWheel.Wheel year0 = wheel.wheel(shown, null, unitId, reader, org);
		String leader = org.peopleById().containsKey(unit.leader()) ? org.peopleById().get(unit.leader()).name() : unit.leader();
		return new UnitPage(unit.id(), unit.name(), unit.type(), centre.id(), centre.name(), leader, shown, inForce,
				versions, thread.threadOfUnit(shown, unitId, centre.id()), year0.tasks(), year0.medPublished(), year0.med(),
				profiles.published(org.municipalityId(), unitId).map(views::profile).orElse(null));
	}
}
