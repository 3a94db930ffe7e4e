package dk.aarshjul.organisation;

import org.springframework.stereotype.Component;

import dk.aarshjul.scope.Party;
import dk.aarshjul.system.ApiAccess;
import dk.aarshjul.system.ApiAccess.Forbidden;
import dk.aarshjul.system.ApiAccess.NotFound;

/**
 * The read API's refusals ({@code /api}): checks the caller against the read rules of {@link ReadScope} and refuses in
 * Danish (404 for what does not exist, 403 for what the caller may not read), for the JSON and the documents alike.
 */
@Component
public class ReadAccess {

	private final ApiAccess access;
	private final OrganisationService organisation;

	ReadAccess(ApiAccess access, OrganisationService organisation) {
		this.access = access;
		this.organisation = organisation;
	}

	/** What the caller may read. */
	public ReadScope scope() {
		return ReadScope.of(access.groups(), organisation.current());
	}

	/**
	 * One version of a party's agreement: published (approved) to everyone logged in; otherwise to the party's
	 * readers.
	 */
	public void agreement(Party party, String partyId, String status) {
		if (!ReadScope.published(status)) {
			agreements(party, partyId);
		}
	}

	/** A party's agreements in every status: a unit's, or a centre's. */
	public void agreements(Party party, String partyId) {
		if (party == Party.UNIT) {
			unitAgreements(partyId);
		}
		else {
			centreAgreements(partyId);
		}
	}

	/** A unit's agreements: its leader, its centre chief and director, and the secretariat. */
	public void unitAgreements(String unitId) {
		if (!unitReadable(unitId)) {
			throw new Forbidden("Du kan kun se aftaler for de enheder, du leder eller har ansvar for.");
		}
	}

	/** A unit's audit trail (who did what, and when): read by those who read its agreements. */
	public void unitAudit(String unitId) {
		if (!unitReadable(unitId)) {
			throw new Forbidden("Du kan kun se historikken for de enheder, du leder eller har ansvar for.");
		}
	}

	/** The audit trail searched across units, centres, years and people: the secretariat. */
	public void auditSearch() {
		if (!OrganisationGroups.administers(access.groups())) {
			throw new Forbidden("Kun sekretariatet kan søge i hele historikken; en enheds historik findes under /api/audit?unit=.");
		}
	}

	private boolean unitReadable(String unitId) {
		if (organisation.current().centreOfUnit(unitId).isEmpty()) {
			throw new NotFound("Enheden '" + unitId + "' findes ikke.");
		}
		return scope().unit(unitId);
	}

	/** A centre's agreements: its chief and director, Koncernledelsen and the secretariat. */
	public void centreAgreements(String centreId) {
		if (!centreReadable(centreId)) {
			throw new Forbidden("Centeraftaler kan ses af centrets ledelse, dets direktør, Koncernledelsen og sekretariatet.");
		}
	}

	/**
	 * One version of a strategy map: published (approved) to everyone logged in; otherwise a centre's map to its
	 * centre's readers, Koncernledelsen's to Koncernledelsen and the secretariat.
	 */
	public void strategyMap(String owner, boolean corporateMap, String status) {
		if (!corporateMap && organisation.current().centre(owner).isEmpty()) {
			throw new NotFound("Centret '" + owner + "' findes ikke.");
		}
		if (!scope().strategyMap(owner, corporateMap, status)) {
			throw new Forbidden(corporateMap
					? "Koncernledelsens strategikort kan ses af sekretariatet og Koncernledelsen, indtil det er godkendt."
					: "Centrets strategikort kan ses af centrets ledelse, dets direktør, Koncernledelsen og sekretariatet, "
							+ "indtil det er godkendt.");
		}
	}

	/** The whole year's red thread: the secretariat, Direktionen and Koncernledelsen. */
	public void wholeYear() {
		if (!scope().municipality()) {
			throw new Forbidden("Hele årets røde tråd kan ses af sekretariatet, Direktionen og Koncernledelsen.");
		}
	}

	/**
	 * The summary of the year's evaluations, presented to Byrådet: the readers of the whole year, and Byrådet's
	 * secretaries, who present it.
	 */
	public void evaluationSummary() {
		if (!scope().municipality() && !access.groups().contains(OrganisationGroups.COUNCIL)) {
			throw new Forbidden("Sammenfatningen af evalueringerne kan ses af sekretariatet, Direktionen, Koncernledelsen og "
					+ "Byrådets sekretærer.");
		}
	}

	private boolean centreReadable(String centreId) {
		if (organisation.current().centre(centreId).isEmpty()) {
			throw new NotFound("Centret '" + centreId + "' findes ikke.");
		}
		return scope().centre(centreId);
	}
}
