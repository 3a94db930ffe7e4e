package dk.aarshjul.documents;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import dk.aarshjul.agreement.Agreement;
import dk.aarshjul.agreement.AgreementService;
import dk.aarshjul.agreement.Evaluation;
import dk.aarshjul.agreement.Goal;
import dk.aarshjul.cycle.Cycle;
import dk.aarshjul.cycle.CycleService;
import dk.aarshjul.organisation.Organisation;
import dk.aarshjul.organisation.OrganisationService;
import dk.aarshjul.scope.Party;
import dk.aarshjul.strategy.CentreEvaluationService;
import dk.aarshjul.strategy.CentreEvaluationService.CentreEvaluation;
import dk.aarshjul.strategy.CentreEvaluationService.InitiativeResult;
import dk.aarshjul.strategy.EvaluationResult;
import dk.aarshjul.system.EngineClock;

/**
 * The first quarter's summary of the evaluations for Byrådet, as a PDF: in the cycle's year, the centres' and units'
 * evaluations of the year before, in figures and one by one, the secretariat's summary, and who is missing. It shows
 * the records as they are when it is fetched, so before the LUS deadline it shows how far the year has come.
 */
@Component
class EvaluationReport {

	/** How far a unit has come with the evaluation of its agreement for the year before. */
	enum UnitStatus {
		CONFIRMED("evalueret og bekræftet af centerchefen"),
		AWAITING_CONFIRMATION("evalueret af lederen, venter på centerchefens bekræftelse"),
		NOT_EVALUATED("ikke evalueret endnu"),
		NO_AGREEMENT("havde ingen godkendt aftale at evaluere");

		private final String label;

		UnitStatus(String label) {
			this.label = label;
		}
	}

	private final AgreementService agreements;
	private final CentreEvaluationService centreEvaluations;
	private final CycleService cycles;
	private final OrganisationService organisation;

	EvaluationReport(AgreementService agreements, CentreEvaluationService centreEvaluations, CycleService cycles,
			OrganisationService organisation) {
		this.agreements = agreements;
		this.centreEvaluations = centreEvaluations;
		this.cycles = cycles;
		this.organisation = organisation;
	}

	/** Whether the year has anything to report: its cycle, or agreements of it or of the year it evaluates. */
	boolean exists(int year) {
		String municipality = organisation.municipalityId();
		return cycles.find(municipality, year).isPresent()
				|| !agreements.agreementsOfYear(municipality, Party.UNIT, year - 1).isEmpty()
				|| !agreements.agreementsOfYear(municipality, Party.UNIT, year).isEmpty();
	}

	/** "Evaluering af 2026 - sammenfatning til Byrådet 2027.pdf" */
	static String fileName(int year) {
		return "Evaluering af " + (year - 1) + " - sammenfatning til Byrådet " + year + ".pdf";
	}

	private record UnitEvaluation(Organisation.Unit unit, UnitStatus status, Agreement agreement,
			Map<Long, Evaluation> evaluations) {
	}

	byte[] write(int year) {
		Organisation org = organisation.current();
		String municipality = org.municipalityId();
		int evaluated = year - 1;
		Map<String, Organisation.Person> people = org.peopleById();
		Optional<Cycle> cycle = cycles.find(municipality, year);
		Map<String, CentreEvaluation> byCentre = centreEvaluations.evaluationsOf(municipality, evaluated).stream()
			.collect(Collectors.toMap(CentreEvaluation::centreId, e -> e));

		Map<String, UnitEvaluation> units = new HashMap<>();
		Map<EvaluationResult, Integer> goalResults = new EnumMap<>(EvaluationResult.class);
		Map<UnitStatus, Integer> unitStatuses = new EnumMap<>(UnitStatus.class);
		for (Organisation.Unit unit : org.units().toList()) {
			UnitEvaluation evaluation = unitEvaluation(municipality, unit, evaluated);
			units.put(unit.id(), evaluation);
			unitStatuses.merge(evaluation.status(), 1, Integer::sum);
			evaluation.evaluations().values().forEach(e -> goalResults.merge(e.result(), 1, Integer::sum));
		}
		Map<EvaluationResult, Integer> initiativeResults = new EnumMap<>(EvaluationResult.class);
		byCentre.values().forEach(e -> e.initiatives().forEach(i -> initiativeResults.merge(i.result(), 1, Integer::sum)));
		Set<String> signed = agreements.agreementsOfYear(municipality, Party.UNIT, year).stream()
			.filter(a -> a.status() == Agreement.Status.APPROVED).map(Agreement::partyId).collect(Collectors.toSet());
		int unitCount = units.size();

		String title = "Evaluering af " + evaluated + " – sammenfatning til Byrådet";
		PdfLayout pdf = new PdfLayout(title, org.municipalityName());
		pdf.title("Evaluering af " + evaluated);
		pdf.subtitle("Sammenfatning til Byrådet, 1. kvartal " + year + " – " + org.municipalityName());
		pdf.note("Centrenes og de decentrale enheders evaluering af " + evaluated + " ved lederudviklingssamtalerne (LUS), "
				+ "som registreret den " + DanishFormat.date(EngineClock.today()) + "."
				+ cycle.map(c -> c.councilPresentedOn() == null ? ""
						: " Forelagt Byrådet den " + DanishFormat.date(c.councilPresentedOn()) + ".").orElse(""));

		pdf.heading("1. Tal");
		pdf.field("Centre", byCentre.size() + " af " + org.centres().size() + " centre har evalueret " + evaluated
				+ " med deres direktør.");
		pdf.field("Centrenes initiativer", results(initiativeResults));
		pdf.field("Decentrale enheder", unitCount + " enheder i alt:");
		for (UnitStatus status : UnitStatus.values()) {
			pdf.field("", unitStatuses.getOrDefault(status, 0) + " " + status.label);
		}
		pdf.field("Enhedernes mål fra " + evaluated, results(goalResults));
		pdf.field("Aftaler for " + year, signed.size() + " af " + unitCount + " enheder har en godkendt decentral aftale.");

		pdf.heading("2. Sekretariatets sammenfatning");
		String summary = cycle.map(Cycle::evaluationSummary).orElse(null);
		if (summary == null || summary.isBlank()) {
			pdf.note("Sekretariatet har endnu ikke skrevet sammenfatningen.");
		}
		else {
			pdf.paragraph(plain(summary));
		}

		pdf.heading("3. Centrenes evaluering");
		for (Organisation.Centre centre : org.centres()) {
			pdf.subheading(centre.name());
			CentreEvaluation evaluation = byCentre.get(centre.id());
			if (evaluation == null) {
				pdf.note("Mangler: centret har endnu ikke evalueret " + evaluated + " med sin direktør.");
				continue;
			}
			pdf.field("Evalueret af", AgreementDocument.name(people, evaluation.evaluatedBy()) + " den "
					+ DanishFormat.date(evaluation.evaluatedAt()));
			for (InitiativeResult result : evaluation.initiatives()) {
				pdf.bullet(result.initiative().code() + ": " + result.initiative().title() + " – " + result.result().label()
						+ (result.remark() == null || result.remark().isBlank() ? "" : ". " + result.remark()));
			}
			pdf.field("Evaluering", evaluation.evaluation());
			pdf.field("Vejen frem", evaluation.wayForward());
		}

		pdf.heading("4. Enhedernes evaluering");
		for (Organisation.Centre centre : org.centres()) {
			pdf.subheading(centre.name());
			for (Organisation.Unit unit : centre.units()) {
				UnitEvaluation evaluation = units.get(unit.id());
				if (evaluation.status() == UnitStatus.NO_AGREEMENT) {
					pdf.field(unit.name(), "Ingen godkendt aftale for " + evaluated + ".");
					continue;
				}
				pdf.field(unit.name(), capitalised(evaluation.status().label) + ".");
				for (Goal goal : evaluation.agreement().goals()) {
					Evaluation result = evaluation.evaluations().get(goal.id());
					pdf.bullet(goal.kind().label() + ": " + goal.title() + " – " + (result == null ? "ikke evalueret"
							: result.result().label() + (result.corrected() ? " (rettet af centerchefen; lederens vurdering: "
									+ result.leaderResult().label() + ")" : "")
									+ (result.remark() == null || result.remark().isBlank() ? "" : ". " + result.remark())));
				}
			}
		}

		pdf.heading("5. Hvem mangler");
		List<String> missingCentres = org.centres().stream().filter(c -> !byCentre.containsKey(c.id()))
			.map(Organisation.Centre::name).toList();
		List<String> notEvaluated = new ArrayList<>();
		List<String> notConfirmed = new ArrayList<>();
		for (Organisation.Unit unit : org.units().toList()) {
			UnitStatus status = units.get(unit.id()).status();
			if (status == UnitStatus.NOT_EVALUATED) {
				notEvaluated.add(unit.name());
			}
			else if (status == UnitStatus.AWAITING_CONFIRMATION) {
				notConfirmed.add(unit.name());
			}
		}
		List<String> unsigned = org.units().filter(u -> !signed.contains(u.id())).map(Organisation.Unit::name).toList();
		pdf.subheading("Centre, der ikke har evalueret " + evaluated);
		pdf.paragraph(list(missingCentres));
		pdf.subheading("Enheder, der ikke har evalueret " + evaluated);
		pdf.paragraph(list(notEvaluated));
		pdf.subheading("Enheder, hvis evaluering centerchefen ikke har bekræftet");
		pdf.paragraph(list(notConfirmed));
		pdf.subheading("Enheder uden godkendt aftale for " + year);
		pdf.paragraph(list(unsigned));
		return pdf.finish();
	}

	private UnitEvaluation unitEvaluation(String municipality, Organisation.Unit unit, int evaluated) {
		Optional<Agreement> last = agreements.approved(municipality, Party.UNIT, unit.id(), evaluated);
		if (last.isEmpty()) {
			return new UnitEvaluation(unit, UnitStatus.NO_AGREEMENT, null, Map.of());
		}
		Map<Long, Evaluation> evaluations = agreements.evaluations(last.get().id());
		List<Goal> goals = last.get().goals();
		UnitStatus status;
		if (evaluations.isEmpty() || goals.stream().anyMatch(g -> !evaluations.containsKey(g.id()))) {
			status = UnitStatus.NOT_EVALUATED;
		}
		else if (goals.stream().allMatch(g -> evaluations.get(g.id()).confirmed())) {
			status = UnitStatus.CONFIRMED;
		}
		else {
			status = UnitStatus.AWAITING_CONFIRMATION;
		}
		return new UnitEvaluation(unit, status, last.get(), evaluations);
	}

	private static String results(Map<EvaluationResult, Integer> results) {
		if (results.isEmpty()) {
			return "Ingen evalueret endnu.";
		}
		List<String> parts = new ArrayList<>();
		for (EvaluationResult result : EvaluationResult.values()) {
			parts.add(results.getOrDefault(result, 0) + " " + result.label().toLowerCase());
		}
		return capitalised(String.join(", ", parts)) + ".";
	}

	private static String list(List<String> names) {
		return names.isEmpty() ? "Ingen." : String.join(", ", names) + ".";
	}

	private static String capitalised(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	/** The summary as typed in Tasklist, without its Markdown emphasis. */
	private static String plain(String markdown) {
		return markdown.replace("**", "").replace("__", "").replaceAll("(?m)^#+\\s*", "");
	}
}
