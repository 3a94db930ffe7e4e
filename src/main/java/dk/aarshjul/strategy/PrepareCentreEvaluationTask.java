package dk.aarshjul.strategy;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import dk.aarshjul.organisation.Organisation;
import dk.aarshjul.organisation.OrganisationService;
import dk.aarshjul.scope.Scope;
import dk.aarshjul.strategy.CentreEvaluationProcess.Var;
import dk.aarshjul.system.FormSlots;

/** {@code Task_PrepareCentreEvaluation}: puts last year's initiatives of the centre's map in the form's slots. */
@Component("prepareCentreEvaluationTask")
class PrepareCentreEvaluationTask implements JavaDelegate {

	private final CentreEvaluationService evaluations;
	private final OrganisationService organisation;

	PrepareCentreEvaluationTask(CentreEvaluationService evaluations, OrganisationService organisation) {
		this.evaluations = evaluations;
		this.organisation = organisation;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String centre = Scope.centre(execution);
		List<Initiative> initiatives = evaluations.initiativesToEvaluate(
				Scope.municipality(execution), centre,
				Scope.year(execution));
		execution.setVariable(Var.CENTRE_NAME,
				organisation.current().centre(centre).map(Organisation.Centre::name).orElse(centre));
		FormSlots.put(execution, Var.INITIATIVE, Var.INITIATIVE_COUNT,
				initiatives.stream().map(i -> Map.of("title", i.label())).toList());
	}
}
