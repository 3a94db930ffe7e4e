package dk.aarshjul.agreement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import dk.aarshjul.agreement.AgreementAmendmentProcess.Var;
import dk.aarshjul.organisation.OrganisationService;
import dk.aarshjul.scope.Party;
import dk.aarshjul.scope.Scope;

/**
 * {@code Task_RegisterPremisesChange}: records the reported change, or refuses the start with every problem (the
 * step runs in the starting transaction, so a refused report leaves nothing behind), and gives the process its scope.
 */
@Component("registerPremisesChangeTask")
class RegisterPremisesChangeTask implements JavaDelegate {

	private final AmendmentService amendments;
	private final OrganisationService organisation;

	RegisterPremisesChangeTask(AmendmentService amendments, OrganisationService organisation) {
		this.amendments = amendments;
		this.organisation = organisation;
	}

	@Override
	public void execute(DelegateExecution execution) {
		// Who starts the process: the logged-in leader, chief or director.
		Authentication starter = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		String user = starter == null ? null : starter.getUserId();
		AmendmentService.Reported reported = amendments.report(execution.getVariable(Var.PARTY_NAME),
				execution.getVariable(Var.REASON), execution.getVariable(Var.DESCRIPTION), user, execution.getProcessInstanceId());
		execution.setVariable(Scope.MUNICIPALITY, organisation.current().municipalityId());
		execution.setVariable(Scope.YEAR, reported.year());
		execution.setVariable(Scope.PARTY_KIND, reported.party().value());
		execution.setVariable(Scope.CENTRE, reported.centreId());
		if (reported.party() == Party.UNIT) {
			execution.setVariable(Scope.UNIT, reported.partyId());
			execution.setVariable(UnitAgreementProcess.Var.UNIT_NAME, reported.partyName());
		}
		else {
			execution.setVariable(CentreAgreementProcess.Var.AGREEMENT_YEAR, reported.year());
		}
		execution.setVariable(UnitAgreementProcess.Var.CENTRE_NAME, reported.centreName());
		execution.setVariable(Var.PARTY, reported.partyName());
		execution.setVariable(Var.BY_OWNER, reported.byOwner());
		execution.setVariable(Var.PREMISES_SUMMARY, reported.summary());
		execution.setProcessBusinessKey(reported.year() + ":premisser:" + reported.partyId());
	}
}
