package dk.aarshjul.organisation;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_SynchroniseOrganisation} in bpmn/organisation-sync.bpmn: reads the file again and synchronises it. */
@Component("organisationSyncTask")
class OrganisationSyncTask implements JavaDelegate {

	static final String REPORT = "syncReport";

	private final OrganisationService organisation;

	OrganisationSyncTask(OrganisationService organisation) {
		this.organisation = organisation;
	}

	@Override
	public void execute(DelegateExecution execution) {
		try {
			execution.setVariable(REPORT, organisation.reload());
		}
		catch (OrganisationFileException e) {
			throw new OrganisationRefusedException(e.getMessage());
		}
	}

	/** A file with problems is the secretariat's to mend: refused as a bad request, with every problem listed. */
	static class OrganisationRefusedException extends BadUserRequestException {

		OrganisationRefusedException(String message) {
			super("Organisationsfilen kan ikke bruges, og intet er ændret. " + message);
		}
	}
}
