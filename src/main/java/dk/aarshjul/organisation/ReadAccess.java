package dk.aarshjul.organisation;

import java.util.List;

import org.springframework.stereotype.Component;

import dk.aarshjul.scope.Party;
import dk.aarshjul.system.ApiAccess;
import dk.aarshjul.system.ApiAccess.Forbidden;
import dk.aarshjul.system.ApiAccess.NotFound;

/**
 * Who may read which governance records through our read API ({@code /api}): the one place that decides it, for the
 * JSON and for the documents alike. Each check returns quietly or refuses in Danish (404 for what does not exist,
 * 403 for what the caller may not read).
 */
@Component
public class ReadAccess {

	private final ApiAccess access;
	private final OrganisationService organisation;

	ReadAccess(ApiAccess access, OrganisationService organisation) {
		this.access = access;
		this.organisation = organisation;
	}

	/** A party's agreements: a unit's, or a centre's. */
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
		Organisation org = organisation.current();
		String centre = org.centreOfUnit(unitId)
			.orElseThrow(() -> new NotFound("Enheden '" + unitId + "' findes ikke.")).id();
		List<String> groups = access.groups();
		return OrganisationGroups.administers(groups)
				|| groups.contains(OrganisationGroups.unitManagement(unitId))
				|| groups.contains(OrganisationGroups.centreManagement(centre))
				|| isDirectorOf(org, centre, groups);
	}

	/** A centre's agreements: its chief and director, Koncernledelsen and the secretariat. */
	public void centreAgreements(String centreId) {
		if (!centreReadable(centreId)) {
			throw new Forbidden("Centeraftaler kan ses af centrets ledelse, dets direktør, Koncernledelsen og sekretariatet.");
		}
	}

	/** A centre's strategy map: read by those who read its centre agreements. */
	public void centreStrategyMap(String centreId) {
		if (!centreReadable(centreId)) {
			throw new Forbidden("Centrets strategikort kan ses af centrets ledelse, dets direktør, Koncernledelsen og sekretariatet.");
		}
	}

	/** Koncernledelsen's strategy map: read by the readers of the whole year. */
	public void corporateStrategyMap() {
		if (!readsWholeYear(access.groups())) {
			throw new Forbidden("Koncernledelsens strategikort kan ses af sekretariatet, Direktionen og Koncernledelsen.");
		}
	}

	/** The whole year's red thread: the secretariat, Direktionen and Koncernledelsen. */
	public void wholeYear() {
		if (!readsWholeYear(access.groups())) {
			throw new Forbidden("Hele årets røde tråd kan ses af sekretariatet, Direktionen og Koncernledelsen.");
		}
	}

	/**
	 * The summary of the year's evaluations, presented to Byrådet: the readers of the whole year, and Byrådet's
	 * secretaries, who present it.
	 */
	public void evaluationSummary() {
		List<String> groups = access.groups();
		if (!readsWholeYear(groups) && !groups.contains(OrganisationGroups.COUNCIL)) {
			throw new Forbidden("Sammenfatningen af evalueringerne kan ses af sekretariatet, Direktionen, Koncernledelsen og "
					+ "Byrådets sekretærer.");
		}
	}

	private boolean centreReadable(String centreId) {
		Organisation org = organisation.current();
		if (org.centre(centreId).isEmpty()) {
			throw new NotFound("Centret '" + centreId + "' findes ikke.");
		}
		List<String> groups = access.groups();
		return OrganisationGroups.administers(groups)
				|| groups.contains(OrganisationGroups.centreManagement(centreId))
				|| groups.contains(OrganisationGroups.CORPORATE_MANAGEMENT)
				|| isDirectorOf(org, centreId, groups);
	}

	private static boolean readsWholeYear(List<String> groups) {
		return OrganisationGroups.administers(groups) || groups.contains(OrganisationGroups.EXECUTIVE_BOARD)
				|| groups.contains(OrganisationGroups.CORPORATE_MANAGEMENT);
	}

	private static boolean isDirectorOf(Organisation org, String centreId, List<String> groups) {
		return org.directorOf(centreId).map(d -> groups.contains(OrganisationGroups.directorate(d.person()))).orElse(false);
	}
}
