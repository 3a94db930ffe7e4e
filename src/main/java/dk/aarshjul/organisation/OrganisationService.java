package dk.aarshjul.organisation;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Service;

/**
 * Holds the organisation currently in force. It is read when the application starts, and a file that cannot be
 * used stops the start with its problems listed; the organisation is then synchronised into Camunda's identity.
 */
@Service("organisation")
public class OrganisationService implements ApplicationRunner {

	private final OrganisationProperties properties;
	private final IdentitySync identitySync;
	private volatile Organisation current;

	OrganisationService(OrganisationProperties properties, IdentitySync identitySync) {
		if (properties.file() == null || !properties.file().exists()) {
			throw new IllegalStateException("No organisation file: set AARSHJUL_ORGANISATION_FILE to the file that "
					+ "declares the municipality's organisation" + (properties.file() == null ? ""
							: " (" + properties.file().getDescription() + " does not exist)"));
		}
		this.properties = properties;
		this.identitySync = identitySync;
		this.current = OrganisationFile.read(properties.file());
	}

	public Organisation current() {
		return current;
	}

	public String municipalityId() {
		return current.municipalityId();
	}

	/** Every centre's id: {@code ${organisation.centreIds()}} gives a cycle one call per centre. */
	public List<String> centreIds() {
		return current.centres().stream().map(Organisation.Centre::id).toList();
	}

	/** The ids of the standing committees: {@code ${organisation.committeeIds()}} gives one task per committee. */
	public List<String> committeeIds() {
		return current.council().committees().stream().map(Organisation.Committee::id).toList();
	}

	/** Every unit's id: {@code ${organisation.unitIds()}} gives a cycle one call per unit. */
	public List<String> unitIds() {
		return current.units().map(Organisation.Unit::id).toList();
	}

	@Override
	public void run(ApplicationArguments args) {
		apply(current);
	}

	/**
	 * Reads the file again and synchronises it; the organisation in force changes only if the file is usable.
	 *
	 * @return what the synchronisation changed, in words for the secretariat
	 */
	public synchronized String reload() {
		return apply(OrganisationFile.read(properties.file())).toString();
	}

	/** Synchronises an organisation and puts it in force. */
	synchronized IdentitySync.Report apply(Organisation organisation) {
		IdentitySync.Report report = identitySync.synchronise(organisation);
		current = organisation;
		return report;
	}
}
