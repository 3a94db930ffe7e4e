package dk.aarshjul.cycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import dk.aarshjul.cycle.AnnualCycleProcess.Var;
import dk.aarshjul.organisation.OrganisationService;

/**
 * {@code StartEvent_CycleRequested}: registers the cycle or refuses it, normalises the year and makes it the
 * business key. A refusal propagates unwrapped, so Tasklist and the REST API show its Danish message.
 */
@Component("annualCycleStarted")
class AnnualCycleStarted implements ExecutionListener {

	private final CycleService cycles;
	private final CalendarService calendars;
	private final OrganisationService organisation;

	AnnualCycleStarted(CycleService cycles, CalendarService calendars, OrganisationService organisation) {
		this.cycles = cycles;
		this.calendars = calendars;
		this.organisation = organisation;
	}

	@Override
	public void notify(DelegateExecution execution) {
		String municipalityId = execution.getTenantId() != null ? execution.getTenantId() : organisation.municipalityId();
		Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		int year = cycles.register(municipalityId, execution.getVariable(Var.YEAR), execution.getProcessInstanceId(),
				user == null ? null : user.getUserId());
		execution.setVariable(Var.YEAR, year);
		execution.setVariable(Var.MUNICIPALITY, municipalityId);
		execution.setProcessBusinessKey(String.valueOf(year));
		execution.setVariables(CalendarService.formVariables(calendars.calendar(municipalityId, year)));
	}
}
