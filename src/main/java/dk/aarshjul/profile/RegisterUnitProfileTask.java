package dk.aarshjul.profile;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import dk.aarshjul.organisation.Organisation;
import dk.aarshjul.organisation.OrganisationService;
import dk.aarshjul.organisation.ReadScope;
import dk.aarshjul.profile.UnitProfileProcess.Var;
import dk.aarshjul.scope.Party;
import dk.aarshjul.scope.Scope;
import dk.aarshjul.system.EngineClock;

/**
 * {@code Task_RegisterProfileRequest}: starts a new version of the unit's profile for the leader who started the
 * process, prefilled with the published one, or refuses the start with every problem (the step runs in the starting
 * transaction, so a refused request leaves nothing behind); gives the process its scope.
 */
@Component("registerUnitProfileTask")
class RegisterUnitProfileTask implements JavaDelegate {

	private final UnitProfileService profiles;
	private final OrganisationService organisation;

	RegisterUnitProfileTask(UnitProfileService profiles, OrganisationService organisation) {
		this.profiles = profiles;
		this.organisation = organisation;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Authentication starter = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		String user = starter == null ? null : starter.getUserId();
		List<String> groups = starter == null || starter.getGroupIds() == null ? List.of() : starter.getGroupIds();
		Organisation org = organisation.current();
		UnitProfileService.Requested requested = profiles.request(execution.getVariable(Var.UNIT_GIVEN), user,
				ReadScope.of(groups, org).units(), org, execution.getProcessInstanceId());
		UnitProfile profile = requested.profile();
		execution.setVariable(Scope.MUNICIPALITY, org.municipalityId());
		execution.setVariable(Scope.YEAR, EngineClock.today().getYear());
		execution.setVariable(Scope.PARTY_KIND, Party.UNIT.value());
		execution.setVariable(Scope.CENTRE, profile.centreId());
		execution.setVariable(Scope.UNIT, profile.unitId());
		execution.setVariable(Var.UNIT_NAME, requested.unitName());
		execution.setVariable(Var.ABOUT, profile.about());
		execution.setVariable(Var.OFFER, profile.offer());
		execution.setVariable(Var.EMPHASIS, profile.emphasis());
		execution.setVariable(Var.CONTACT, profile.contact());
		execution.setProcessBusinessKey("profil:" + profile.unitId() + ":" + profile.version());
	}
}
