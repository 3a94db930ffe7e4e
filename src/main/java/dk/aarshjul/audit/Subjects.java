package dk.aarshjul.audit;

import java.util.Map;

import dk.aarshjul.organisation.Organisation;
import dk.aarshjul.scope.Party;

/** How the trail names people, parties and agreements in Danish, and which entries a query keeps. */
final class Subjects {

	private final Organisation organisation;
	private final Map<String, String> personNames;

	Subjects(Organisation organisation, Map<String, String> personNames) {
		this.organisation = organisation;
		this.personNames = personNames;
	}

	/** A person's name as the organisation file gave it (also for someone who has left), else the login. */
	String person(String login) {
		String name = personNames.get(login);
		if (name == null) {
			Organisation.Person person = organisation.peopleById().get(login);
			name = person == null ? login : person.name();
		}
		return name;
	}

	/** "Borupgård Skole" for a unit, "Center for Skole" for a centre; the id if the organisation no longer has it. */
	String party(String partyKind, String partyId) {
		if (Party.CENTRE.name().equals(partyKind) || Party.CENTRE.value().equals(partyKind)) {
			return organisation.centre(partyId).map(Organisation.Centre::name).orElse(partyId);
		}
		return organisation.unit(partyId).map(Organisation.Unit::name)
			.orElseGet(() -> organisation.centre(partyId).map(Organisation.Centre::name).orElse(partyId));
	}

	/** "den decentrale aftale 2027 for Borupgård Skole", "centeraftalen 2028 for Center for Skole". */
	String agreement(String partyKind, String partyId, int year) {
		boolean centre = Party.CENTRE.name().equals(partyKind) || Party.CENTRE.value().equals(partyKind);
		return (centre ? "centeraftalen " : "den decentrale aftale ") + year + " for " + party(partyKind, partyId);
	}

	boolean keep(AuditEntry entry, AuditQuery query) {
		return (query.user() == null || query.user().equals(entry.actor()))
				&& (query.from() == null || !entry.at().isBefore(query.from()))
				&& (query.to() == null || entry.at().isBefore(query.to()));
	}
}
