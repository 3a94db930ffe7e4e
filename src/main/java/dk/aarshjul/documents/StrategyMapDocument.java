package dk.aarshjul.documents;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import dk.aarshjul.organisation.Organisation;
import dk.aarshjul.organisation.OrganisationService;
import dk.aarshjul.strategy.Initiative;
import dk.aarshjul.strategy.StrategyMapService;
import dk.aarshjul.strategy.StrategyRepository;
import dk.aarshjul.strategy.StrategyRepository.StrategyMap;

/**
 * One version of a strategy map as a PDF: whose map it is, its two-year period, its version and approval, and its
 * initiatives, each with the vision goal it serves.
 */
@Component
class StrategyMapDocument {

	static final String APPROVED = "APPROVED";
	static final String SUPERSEDED = "SUPERSEDED";

	private final StrategyRepository strategy;
	private final StrategyMapService maps;
	private final OrganisationService organisation;

	StrategyMapDocument(StrategyRepository strategy, StrategyMapService maps, OrganisationService organisation) {
		this.strategy = strategy;
		this.maps = maps;
		this.organisation = organisation;
	}

	/** Only a map that is or was in force is a document; a draft or a version sent back from the seminar is not. */
	static boolean isDocument(StrategyMap map) {
		return APPROVED.equals(map.status()) || SUPERSEDED.equals(map.status());
	}

	/** "Strategikort 2026-2027 - Center for Skole.pdf"; a later version says which. */
	String fileName(StrategyMap map) {
		return "Strategikort " + map.firstYear() + "-" + map.lastYear() + " - " + maps.ownerName(map.owner())
				+ (map.version() > 1 ? " - version " + map.version() : "") + ".pdf";
	}

	byte[] write(StrategyMap map) {
		if (!isDocument(map)) {
			throw new IllegalArgumentException("Strategy map " + map.id() + " is " + map.status());
		}
		Organisation org = organisation.current();
		String owner = maps.ownerName(map.owner());
		boolean corporate = Initiative.CORPORATE.equals(map.owner());
		PdfLayout pdf = new PdfLayout("Strategikort " + map.firstYear() + "–" + map.lastYear() + " – " + owner,
				org.municipalityName());
		pdf.title("Strategikort " + map.firstYear() + "–" + map.lastYear());
		pdf.subtitle(owner + " – " + org.municipalityName());
		if (SUPERSEDED.equals(map.status())) {
			pdf.note("ERSTATTET: Denne version (version " + map.version() + ") gælder ikke længere. Koncernledelsen har "
					+ "godkendt en nyere version af kortet for perioden.");
		}
		else {
			pdf.note("Godkendt strategikort, version " + map.version() + ", gældende.");
		}

		pdf.heading("Kortet");
		pdf.field("Ejer", corporate ? "Koncernledelsen (det tværgående strategikort)" : owner);
		pdf.field("Periode", map.firstYear() + "–" + map.lastYear() + " (to år)");
		pdf.field("Version", map.version() + (map.version() > 1 ? " (revideret)" : ""));
		pdf.field("Status", SUPERSEDED.equals(map.status()) ? "Erstattet af en nyere version" : "Godkendt");
		pdf.field("Skrevet", map.writtenBy() == null ? "Kortet, årshjulet begyndte med"
				: AgreementDocument.name(org.peopleById(), map.writtenBy())
						+ (map.writtenIn() == null ? "" : ", 4. kvartal " + map.writtenIn()));
		pdf.field("Godkendt", "Af Koncernledelsen"
				+ (map.approvedAt() == null ? "" : " den " + DanishFormat.date(map.approvedAt())));

		List<Initiative> initiatives = strategy.initiativesOfMap(map.id());
		pdf.heading("Initiativer");
		pdf.paragraph("Hvor der særligt skal sættes ind i perioden, og det visionsmål hvert initiativ understøtter.");
		int number = 1;
		for (Initiative initiative : initiatives) {
			pdf.subheading(number++ + ". " + initiative.code() + ": " + initiative.title());
			pdf.field("Visionsmål", initiative.visionGoalCode() + ": " + initiative.visionGoalTitle());
		}
		if (initiatives.isEmpty()) {
			pdf.paragraph("Kortet har ingen initiativer.");
		}

		Map<String, String> visionGoals = new LinkedHashMap<>();
		initiatives.stream().sorted((a, b) -> a.visionGoalCode().compareTo(b.visionGoalCode()))
			.forEach(i -> visionGoals.putIfAbsent(i.visionGoalCode(), i.visionGoalTitle()));
		pdf.heading("Visionsmål, kortet understøtter");
		visionGoals.forEach((code, title) -> pdf.bullet(code + ": " + title + " – " + initiatives.stream()
			.filter(i -> i.visionGoalCode().equals(code)).map(Initiative::code).toList().stream()
			.reduce((a, b) -> a + ", " + b).orElse("")));
		return pdf.finish();
	}
}
