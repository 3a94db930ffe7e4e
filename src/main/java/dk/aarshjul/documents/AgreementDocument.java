package dk.aarshjul.documents;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import dk.aarshjul.agreement.Agreement;
import dk.aarshjul.agreement.AgreementService;
import dk.aarshjul.agreement.Goal;
import dk.aarshjul.agreement.GoalKind;
import dk.aarshjul.organisation.Organisation;
import dk.aarshjul.organisation.OrganisationService;
import dk.aarshjul.scope.Party;
import dk.aarshjul.strategy.Initiative;
import dk.aarshjul.strategy.StrategyMapService;
import dk.aarshjul.strategy.StrategyRepository;

/**
 * A unit's "Decentral aftale" or a centre's "Centeraftale" as a PDF, one version of it, in the order of the
 * municipality's template (the governance model, section 4.4 and bilag 2): the parties, the year, the economic frame,
 * the development goals with the strategy-map initiative and vision goal each supports, the goals for other important
 * areas, every goal's SMART fields, the follow-up, and who approved it and when.
 */
@Component
class AgreementDocument {

	private final AgreementService agreements;
	private final StrategyRepository strategy;
	private final StrategyMapService maps;
	private final OrganisationService organisation;

	AgreementDocument(AgreementService agreements, StrategyRepository strategy, StrategyMapService maps,
			OrganisationService organisation) {
		this.agreements = agreements;
		this.strategy = strategy;
		this.maps = maps;
		this.organisation = organisation;
	}

	/** Only a version that is or was in force is a document; a draft, a version sent back or lapsed is not. */
	static boolean isDocument(Agreement agreement) {
		return agreement.status() == Agreement.Status.APPROVED || agreement.status() == Agreement.Status.SUPERSEDED;
	}

	static String kindName(Agreement agreement) {
		return agreement.party() == Party.UNIT ? "Decentral aftale" : "Centeraftale";
	}

	/** "Decentral aftale 2027 - Borupgård Skole.pdf"; a later version says which. */
	String fileName(Agreement agreement) {
		return kindName(agreement) + " " + agreement.year() + " - " + partyName(agreement)
				+ (agreement.version() > 1 ? " - version " + agreement.version() : "") + ".pdf";
	}

	byte[] write(Agreement agreement) {
		if (!isDocument(agreement)) {
			throw new IllegalArgumentException("Agreement " + agreement.id() + " is " + agreement.status());
		}
		Organisation org = organisation.current();
		Map<String, Organisation.Person> people = org.peopleById();
		boolean unit = agreement.party() == Party.UNIT;
		String party = partyName(agreement);
		String centre = org.centre(agreement.centreId()).map(Organisation.Centre::name).orElse(agreement.centreId());
		String title = kindName(agreement) + " " + agreement.year() + " – " + party;
		PdfLayout pdf = new PdfLayout(title, org.municipalityName());

		pdf.title(kindName(agreement) + " " + agreement.year());
		pdf.subtitle(unit ? party + " – " + centre : party + " – " + org.municipalityName());
		if (agreement.status() == Agreement.Status.SUPERSEDED) {
			pdf.note("ERSTATTET: Denne version (version " + agreement.version() + ") gælder ikke længere. Den blev erstattet af "
					+ "en ændret aftale den " + DanishFormat.date(agreement.supersededAt()) + ".");
		}
		else {
			pdf.note("Godkendt aftale, version " + agreement.version() + ", gældende.");
		}

		pdf.heading("1. Aftaleparter");
		if (unit) {
			pdf.paragraph("Aftalen er en étårig aftale mellem centerchefen for " + centre + " og lederen af " + party
					+ ". Den er udarbejdet i dialog mellem parterne og med medarbejdere, MED-udvalg og brugerbestyrelser; "
					+ "det er lederens ansvar at inddrage dem.");
			pdf.field("Decentral enhed", party);
			pdf.field("Leder", person(people, agreement.draftedBy(), org.unit(agreement.partyId()).map(Organisation.Unit::leader)));
			pdf.field("Center", centre);
			pdf.field("Centerchef", person(people, agreement.decidedBy(),
					org.centre(agreement.centreId()).map(Organisation.Centre::chief)));
		}
		else {
			pdf.paragraph("Centeraftalen beskriver de konkrete projekter og særlige indsatser, der skal sættes i gang på "
					+ "baggrund af centrets strategikort. Den godkendes af Koncernledelsen.");
			pdf.field("Center", party);
			pdf.field("Centerchef", person(people, agreement.draftedBy(),
					org.centre(agreement.partyId()).map(Organisation.Centre::chief)));
			pdf.field("Niveauet over", "Koncernledelsen");
			pdf.field("Direktør", org.directorOf(agreement.partyId())
				.map(d -> name(people, d.person()) + ", " + d.title()).orElse("–"));
		}

		pdf.heading("2. Aftaleår og økonomisk ramme");
		pdf.field("Aftaleår", agreement.year() + " (01.01." + agreement.year() + "–31.12." + agreement.year() + ")");
		pdf.field("Økonomisk ramme", DanishFormat.kroner(agreement.economicFrame()));
		pdf.note(unit ? "Enhedens samlede økonomiske ramme for " + agreement.year() + "."
				: "Centrets økonomiske ramme for " + agreement.year() + ".");

		Map<Long, GoalOrigin> origins = origins(agreement);
		List<Goal> development = agreement.goals().stream().filter(g -> g.kind() == GoalKind.DEVELOPMENT).toList();
		List<Goal> other = agreement.goals().stream().filter(g -> g.kind() != GoalKind.DEVELOPMENT).toList();

		pdf.heading("3. Udviklingsmål");
		pdf.paragraph(unit ? "1–3 udviklingsmål, der understøtter " + centre + "s strategikort for virkeliggørelse af visionen."
				: "Udviklingsmål, der udmønter centrets strategikort og dermed visionsmålene.");
		int number = 1;
		for (Goal goal : development) {
			pdf.subheading("Udviklingsmål " + number++ + ": " + goal.title());
			Optional<Initiative> initiative = goal.initiativeId() == null ? Optional.empty()
					: strategy.initiative(goal.initiativeId());
			pdf.field("Strategikort", initiative
				.map(i -> i.code() + ": " + i.title() + " (" + maps.ownerName(i.owner()) + "s strategikort " + i.firstYear()
						+ "–" + i.lastYear() + ")")
				.orElse("–"));
			pdf.field("Visionsmål", initiative.map(i -> i.visionGoalCode() + ": " + i.visionGoalTitle()).orElse("–"));
			smart(pdf, agreement, goal, origins);
		}
		if (development.isEmpty()) {
			pdf.paragraph("Aftalen har ingen udviklingsmål.");
		}

		pdf.heading("4. Mål for andre vigtige indsatsområder");
		pdf.paragraph("Fx udmøntning af ny lovgivning eller lokale faglige udviklingsmål.");
		number = 1;
		for (Goal goal : other) {
			pdf.subheading("Mål " + number++ + ": " + goal.title());
			pdf.field("Område", goal.kind().label());
			smart(pdf, agreement, goal, origins);
		}
		if (other.isEmpty()) {
			pdf.paragraph("Aftalen har ingen mål for andre områder.");
		}

		pdf.heading("5. Opfølgning");
		pdf.paragraph(unit ? "Ansvaret for at omsætte aftalen til handling ligger hos lederen. Centerchef og leder følger op "
				+ "på fremdriften i 2. og 3. kvartal, og aftalen evalueres ved lederudviklingssamtalen (LUS) i 1. kvartal "
				+ (agreement.year() + 1) + ". Parterne har gensidig pligt til at orientere hinanden om forhold, der ændrer "
				+ "forudsætningerne for aftalen."
				: "Centerchefen følger op på fremdriften i 2. og 3. kvartal med direktøren, og centret evalueres ved "
						+ "lederudviklingssamtalen (LUS) i 1. kvartal " + (agreement.year() + 1) + ". Parterne har gensidig "
						+ "pligt til at orientere hinanden om forhold, der ændrer forudsætningerne for aftalen.");

		pdf.heading("6. Godkendelse");
		pdf.field("Udarbejdet af", name(people, agreement.draftedBy()));
		pdf.field("Godkendt af", name(people, agreement.decidedBy())
				+ (unit ? " (for " + centre + ")" : " (for Koncernledelsen)"));
		pdf.field("Godkendt den", DanishFormat.date(agreement.approvedAt()));
		pdf.field("Version", versionText(agreement));
		if (agreement.status() == Agreement.Status.SUPERSEDED) {
			pdf.field("Erstattet den", DanishFormat.date(agreement.supersededAt()));
		}
		return pdf.finish();
	}

	private String versionText(Agreement agreement) {
		if (agreement.amends() == null) {
			return agreement.version() + " (årets første aftale)";
		}
		return agreements.version(agreement.amends())
			.map(amended -> agreement.version() + " – ændrer version " + amended.version() + ", godkendt den "
					+ DanishFormat.date(amended.approvedAt()))
			.orElse(String.valueOf(agreement.version()));
	}

	private static void smart(PdfLayout pdf, Agreement agreement, Goal goal, Map<Long, GoalOrigin> origins) {
		pdf.field("Specifikt", goal.title());
		pdf.field("Målbart – indikator", goal.indicator());
		pdf.field("Målbart – målniveau", goal.target());
		pdf.field("Accepteret", "Godkendt af begge parter den " + DanishFormat.date(agreement.approvedAt()));
		pdf.field("Realistisk – ressourcer", goal.resources());
		pdf.field("Tidsafgrænset – frist", DanishFormat.date(goal.deadline()));
		pdf.field("Evaluerbart – metode", goal.evaluationMethod());
		if (goal.carriedOverFrom() != null) {
			GoalOrigin origin = origins.get(goal.carriedOverFrom());
			pdf.field("Viderefører", origin == null ? "et mål fra " + (agreement.year() - 1)
					: "»" + origin.title() + "« fra aftalen for " + origin.year());
		}
		if (goal.amendsGoal() != null) {
			GoalOrigin origin = origins.get(goal.amendsGoal());
			pdf.field("Ændrer", origin == null ? "et mål i en tidligere version"
					: "»" + origin.title() + "« i version " + origin.version());
		}
	}

	private record GoalOrigin(int year, int version, String title) {
	}

	/** The party's goals of every year and version, by id: what a goal continues or amends. */
	private Map<Long, GoalOrigin> origins(Agreement agreement) {
		Map<Long, GoalOrigin> origins = new HashMap<>();
		for (Agreement any : agreements.agreementsOf(agreement.municipalityId(), agreement.party(), agreement.partyId())) {
			any.goals().forEach(g -> origins.put(g.id(), new GoalOrigin(any.year(), any.version(), g.title())));
		}
		return origins;
	}

	private String partyName(Agreement agreement) {
		Organisation org = organisation.current();
		return (agreement.party() == Party.UNIT ? org.unit(agreement.partyId()).map(Organisation.Unit::name)
				: org.centre(agreement.partyId()).map(Organisation.Centre::name)).orElse(agreement.partyId());
	}

	/** The person recorded, else the one who holds the role today. */
	private static String person(Map<String, Organisation.Person> people, String recorded, Optional<String> holder) {
		return name(people, recorded != null ? recorded : holder.orElse(null));
	}

	/** A person by name; someone no longer in the organisation by their login. */
	static String name(Map<String, Organisation.Person> people, String id) {
		if (id == null) {
			return "–";
		}
		Organisation.Person person = people.get(id);
		return person == null ? id : person.name();
	}
}
