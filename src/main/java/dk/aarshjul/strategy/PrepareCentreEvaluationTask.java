package dk.aarshjul.strategy;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dk.aarshjul.cycle.AnnualCycleProcess;
import dk.aarshjul.organisation.Organisation;
import dk.aarshjul.organisation.OrganisationService;
import dk.aarshjul.organisation.Route;
import dk.aarshjul.strategy.CentreEvaluationProcess.Var;

/** {@code Task_PrepareCentreEvaluation}: puts last year's initiatives of the centre's map in the form's slots. */
@Component("prepareCentreEvaluationTask")
class PrepareCentreEvaluationTask implements JavaDelegate {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final CentreEvaluationService evaluations;
	private final OrganisationService organisation;

	PrepareCentreEvaluationTask(CentreEvaluationService evaluations, OrganisationService organisation) {
		this.evaluations = evaluations;
		this.organisation = organisation;
	}

	@Override
	public void execute(DelegateExecution execution) throws JsonProcessingException {
		String centre = (String) execution.getVariable(Route.CENTRE);
		List<Initiative> initiatives = evaluations.initiativesToEvaluate(
				(String) execution.getVariable(AnnualCycleProcess.Var.MUNICIPALITY), centre,
				((Number) execution.getVariable(AnnualCycleProcess.Var.YEAR)).intValue());
		execution.setVariable(Var.CENTRE_NAME,
				organisation.current().centre(centre).map(Organisation.Centre::name).orElse(centre));
		execution.setVariable(Var.INITIATIVE_COUNT, initiatives.size());
		for (int i = 0; i < initiatives.size(); i++) {
			execution.setVariable(Var.INITIATIVE + (i + 1), SpinValues.jsonValue(JSON.writeValueAsString(
					Map.of("title", initiatives.get(i).label()))).create());
		}
	}
}
