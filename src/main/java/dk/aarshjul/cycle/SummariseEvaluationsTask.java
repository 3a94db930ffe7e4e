package dk.aarshjul.cycle;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import dk.aarshjul.agreement.AgreementService;
import dk.aarshjul.agreement.Evaluation;
import dk.aarshjul.agreement.Agreement;
import dk.aarshjul.organisation.Party;
import dk.aarshjul.cycle.AnnualCycleProcess.Var;
import dk.aarshjul.strategy.CentreEvaluationService;
import dk.aarshjul.strategy.EvaluationResult;

/** {@code Task_SummariseEvaluations}: the centres' and units' evaluations and the year's agreements in figures. */
@Component("summariseEvaluationsTask")
class SummariseEvaluationsTask implements JavaDelegate {

	private final AgreementService agreements;
	private final CentreEvaluationService centreEvaluations;

	SummariseEvaluationsTask(AgreementService agreements, CentreEvaluationService centreEvaluations) {
		this.agreements = agreements;
		this.centreEvaluations = centreEvaluations;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String municipality = AnnualCycleProcess.municipality(execution);
		int year = AnnualCycleProcess.year(execution);
		List<Agreement> signed = agreements.agreementsOfYear(municipality, Party.UNIT, year).stream()
			.filter(a -> a.status() == Agreement.Status.APPROVED).toList();
		Map<EvaluationResult, Integer> results = new EnumMap<>(EvaluationResult.class);
		for (Agreement last : agreements.agreementsOfYear(municipality, Party.UNIT, year - 1)) {
			for (Evaluation evaluation : agreements.evaluations(last.id()).values()) {
				results.merge(evaluation.result(), 1, Integer::sum);
			}
		}
		StringBuilder text = new StringBuilder();
		text.append(centreEvaluations.evaluatedCentres(municipality, year - 1)).append(" centre har evalueret ")
			.append(year - 1).append(" med deres direktør. ");
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
		execution.setVariable(Var.EVALUATION_FIGURES, text.toString());
	}
}
