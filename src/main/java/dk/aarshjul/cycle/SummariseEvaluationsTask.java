package dk.aarshjul.cycle;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import dk.aarshjul.agreement.AgreementService;
import dk.aarshjul.agreement.Evaluation;
import dk.aarshjul.agreement.Agreement;
import dk.aarshjul.organisation.Organisation;
import dk.aarshjul.organisation.OrganisationService;
import dk.aarshjul.cycle.AnnualCycleProcess.Var;
import dk.aarshjul.scope.Party;
import dk.aarshjul.scope.Scope;
import dk.aarshjul.strategy.CentreEvaluationService;
import dk.aarshjul.strategy.EvaluationResult;

/**
 * {@code Task_SummariseEvaluations}, when the LUS deadline has passed: the centres' and units' evaluations and the
 * year's agreements in figures, as they are, and the centres and units still missing by name.
 */
@Component("summariseEvaluationsTask")
class SummariseEvaluationsTask implements JavaDelegate {

	private final AgreementService agreements;
	private final CentreEvaluationService centreEvaluations;
	private final OrganisationService organisation;

	SummariseEvaluationsTask(AgreementService agreements, CentreEvaluationService centreEvaluations,
			OrganisationService organisation) {
		this.agreements = agreements;
		this.centreEvaluations = centreEvaluations;
		this.organisation = organisation;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String municipality = Scope.municipality(execution);
		int year = Scope.year(execution);
		List<Agreement> signed = agreements.agreementsOfYear(municipality, Party.UNIT, year).stream()
			.filter(a -> a.status() == Agreement.Status.APPROVED).toList();
		Map<EvaluationResult, Integer> results = new EnumMap<>(EvaluationResult.class);
		for (Agreement last : agreements.agreementsOfYear(municipality, Party.UNIT, year - 1)) {
			for (Evaluation evaluation : agreements.evaluations(last.id()).values()) {
				results.merge(evaluation.result(), 1, Integer::sum);
			}
		}
		Set<String> evaluated = centreEvaluations.evaluatedCentres(municipality, year - 1);
		StringBuilder text = new StringBuilder();
		text.append(evaluated.size()).append(" centre har evalueret ").append(year - 1).append(" med deres direktør. ");
		text.append(signed.size()).append(" enheder har underskrevet decentral aftale for ").append(year).append(" med i alt ")
			.append(signed.stream().mapToInt(a -> a.goals().size()).sum()).append(" mål.");
		if (results.isEmpty()) {
			text.append(" Der var ingen aftaler fra ").append(year - 1).append(" at evaluere.");
		}
		else {
			text.append(" Målene fra ").append(year - 1).append(":");
			results.forEach((result, count) -> text.append(" ").append(result.label().toLowerCase()).append(" ").append(count).append(","));
			text.setLength(text.length() - 1);
			text.append(".");
		}
		Organisation org = organisation.current();
		Set<String> signedUnits = signed.stream().map(Agreement::partyId).collect(Collectors.toSet());
		List<String> missingCentres = org.centres().stream().filter(c -> !evaluated.contains(c.id()))
			.map(Organisation.Centre::name).toList();
		List<String> missingUnits = org.units().filter(u -> !signedUnits.contains(u.id())).map(Organisation.Unit::name).toList();
		if (!missingCentres.isEmpty()) {
			text.append("\n\n**Centre, der endnu ikke har evalueret ").append(year - 1).append(":** ")
				.append(String.join(", ", missingCentres)).append(".");
		}
		if (!missingUnits.isEmpty()) {
			text.append("\n\n**Enheder uden godkendt aftale for ").append(year).append(":** ")
				.append(String.join(", ", missingUnits)).append(".");
		}
		execution.setVariable(Var.EVALUATION_FIGURES, text.toString());
	}
}
