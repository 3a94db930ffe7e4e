package dk.aarshjul.organisation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dk.aarshjul.organisation.Organisation.Centre;
import dk.aarshjul.organisation.Organisation.Unit;

/**
 * What a person may read of the governance records, from their groups: the one place for the read rules of our API
 * and pages.
 * <ul>
 * <li>the whole municipality's year (the red thread, every centre's and unit's status): the secretariat,
 * Direktionen and Koncernledelsen;</li>
 * <li>a unit's records: its leader, its centre chief, its director and the secretariat;</li>
 * <li>a centre's records: its chief, its director, Koncernledelsen and the secretariat;</li>
 * <li>an agreement or a strategy map that has been approved (in force, or in force once and since replaced):
 * everyone logged in, since it is published ({@link #published}); drafts, versions sent back and amendments never
 * approved only by those above.</li>
 * </ul>
 *
 * @param centres the centres whose records the person reads: as their chief or their director
 * @param units the units the person leads
 */
public record ReadScope(boolean administers, boolean wholeMunicipality, boolean corporateManagement,
		Set<String> centres, Set<String> units, Organisation organisation) {

	/** The statuses of a record (an agreement's version, a strategy map's version) that were approved and published. */
	private static final Set<String> PUBLISHED = Set.of("APPROVED", "SUPERSEDED");

	public static ReadScope of(List<String> groups, Organisation organisation) {
		boolean administers = OrganisationGroups.administers(groups);
		boolean corporate = groups.contains(OrganisationGroups.CORPORATE_MANAGEMENT);
		boolean whole = administers || corporate || groups.contains(OrganisationGroups.EXECUTIVE_BOARD);
		Set<String> centres = new LinkedHashSet<>();
		Set<String> units = new LinkedHashSet<>();
		for (Centre centre : organisation.centres()) {
			String director = organisation.directorOf(centre.id()).map(Organisation.Director::person).orElse(null);
			if (groups.contains(OrganisationGroups.centreManagement(centre.id()))
					|| (director != null && groups.contains(OrganisationGroups.directorate(director)))) {
				centres.add(centre.id());
			}
			for (Unit unit : centre.units()) {
				if (groups.contains(OrganisationGroups.unitManagement(unit.id()))) {
					units.add(unit.id());
				}
			}
		}
		return new ReadScope(administers, whole, corporate, Set.copyOf(centres), Set.copyOf(units), organisation);
	}

	/**
	 * Whether a record with this status has been approved and so is published to everyone in the municipality (the
	 * intranet page "Vision og styring"): APPROVED or SUPERSEDED; never DRAFT, SUBMITTED, RETURNED or LAPSED.
	 */
	public static boolean published(String status) {
		return PUBLISHED.contains(status);
	}

	/** The red thread and the status of every centre and unit. */
	public boolean municipality() {
		return wholeMunicipality;
	}

	/** A unit's own records (its agreements in every status, its tasks, its page). */
	public boolean unit(String unitId) {
		return administers || units.contains(unitId)
				|| organisation.centreOfUnit(unitId).map(c -> centres.contains(c.id())).orElse(false);
	}

	/** A centre's own records (its agreements in every status, its status). */
	public boolean centre(String centreId) {
		return administers || corporateManagement || centres.contains(centreId);
	}

	/** A unit's status in the year: its own readers, and whoever sees the whole municipality. */
	public boolean unitStatus(String unitId) {
		return wholeMunicipality || unit(unitId);
	}

	/** A centre's status in the year: its own readers, and whoever sees the whole municipality. */
	public boolean centreStatus(String centreId) {
		return wholeMunicipality || centre(centreId);
	}

	/** One version of a unit's or centre's agreement: published to all, otherwise to the party's readers. */
	public boolean agreement(boolean ofUnit, String partyId, String status) {
		return published(status) || (ofUnit ? unit(partyId) : centre(partyId));
	}

	/**
	 * One version of a strategy map (owner a centre's id, or Koncernledelsen's): published to all, otherwise to the
	 * centre's readers, and Koncernledelsen's own map to Koncernledelsen and the secretariat.
	 */
	public boolean strategyMap(String owner, boolean corporateMap, String status) {
		return published(status) || (corporateMap ? administers || corporateManagement : centre(owner));
	}
}
