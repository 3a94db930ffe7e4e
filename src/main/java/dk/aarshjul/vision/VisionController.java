package dk.aarshjul.vision;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import dk.aarshjul.agreement.Agreement;
import dk.aarshjul.agreement.AgreementService;
import dk.aarshjul.organisation.Organisation;
import dk.aarshjul.organisation.OrganisationService;
import dk.aarshjul.organisation.ReadScope;
import dk.aarshjul.profile.UnitProfileService;
import dk.aarshjul.scope.Party;
import dk.aarshjul.strategy.Initiative;
import dk.aarshjul.strategy.StrategyRepository;
import dk.aarshjul.strategy.StrategyRepository.StrategyMap;
import dk.aarshjul.system.ApiAccess;
import dk.aarshjul.system.ApiAccess.NotFound;

/**
 * "Vision og styring" for a year ({@code GET /api/vision/{year}}): what is published, for everyone logged in. Only
 * records that {@link ReadScope#published} allows to all are shown, and of those only the version in force.
 */
@RestController
class VisionController {

	/** The years a page can be asked for. */
	static final int FIRST_YEAR = 2000;
	static final int LAST_YEAR = 2100;

	private final StrategyRepository strategy;
	private final AgreementService agreements;
	private final UnitProfileService profiles;
	private final OrganisationService organisation;
	private final DocumentViews views;
	private final ApiAccess access;

	VisionController(StrategyRepository strategy, AgreementService agreements, UnitProfileService profiles,
			OrganisationService organisation, DocumentViews views, ApiAccess access) {
		this.strategy = strategy;
		this.agreements = agreements;
		this.profiles = profiles;
		this.organisation = organisation;
		this.views = views;
		this.access = access;
	}

	record VisionGoalView(String code, String title) {
	}

	record UnitView(String id, String name, String type, DocumentViews.AgreementView agreement,
			DocumentViews.ProfileView profile) {
	}

	record CentreView(String id, String name, DocumentViews.MapView map, DocumentViews.AgreementView agreement,
			List<UnitView> units) {
	}

	record Vision(int year, String municipality, List<VisionGoalView> visionGoals, DocumentViews.MapView corporateMap,
			List<CentreView> centres, String evaluationsPdf) {
	}

	@GetMapping("/api/vision/{year}")
	Vision vision(@PathVariable int year) {
		access.userId();
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw new NotFound("Der er ingen styringsdokumenter for " + year + ".");
		}
		Organisation org = organisation.current();
		String municipality = org.municipalityId();
		List<CentreView> centres = new ArrayList<>();
		for (Organisation.Centre centre : org.centres()) {
			List<UnitView> units = new ArrayList<>();
			for (Organisation.Unit unit : centre.units()) {
				units.add(new UnitView(unit.id(), unit.name(), unit.type(),
						published(agreements.approved(municipality, Party.UNIT, unit.id(), year)),
						profiles.published(municipality, unit.id()).map(views::profile).orElse(null)));
			}
			centres.add(new CentreView(centre.id(), centre.name(), publishedMap(strategy.mapInForce(municipality, centre.id(), year)),
					published(agreements.approved(municipality, Party.CENTRE, centre.id(), year)), units));
		}
		return new Vision(year, org.municipalityName(),
				strategy.visionGoals(municipality).stream().map(v -> new VisionGoalView(v.code(), v.title())).toList(),
				publishedMap(strategy.mapInForce(municipality, Initiative.CORPORATE, year)), centres,
				DocumentViews.EVALUATIONS_PDF.formatted(year));
	}

	private DocumentViews.AgreementView published(Optional<Agreement> agreement) {
		return agreement.filter(a -> ReadScope.published(a.status().name())).map(views::agreement).orElse(null);
	}

	private DocumentViews.MapView publishedMap(Optional<StrategyMap> map) {
		return map.filter(m -> ReadScope.published(m.status())).map(views::map).orElse(null);
	}
}
