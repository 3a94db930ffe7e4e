package dk.aarshjul.organisation;

import java.util.List;

/**
 * The Camunda group ids derived from the organisation. Tasks are routed to these groups, never to named people.
 * Every group the organisation defines has the Camunda group type {@link #TYPE}; the synchronisation owns exactly
 * those groups.
 */
public final class OrganisationGroups {

	public static final String TYPE = "organisation";

	public static final String SECRETARIAT = "sekretariat";
	public static final String COUNCIL = "byraadet";
	public static final String EXECUTIVE_BOARD = "direktionen";
	public static final String CORPORATE_MANAGEMENT = "koncernledelsen";
	public static final String CENTRE_COUNCIL = "centerraadet";
	public static final String MAIN_WORKS_COUNCIL = "h-med";

	/** Camunda's own administrators' group. */
	public static final String ADMINISTRATORS = "camunda-admin";

	/** The secretariat and administrators see everything in the read API. */
	public static boolean administers(List<String> groups) {
		return groups.contains(SECRETARIAT) || groups.contains(ADMINISTRATORS);
	}

	public static String committee(String committeeId) {
		return "udvalg-" + committeeId;
	}

	/** The director responsible for a set of centres ("direktørområde"). */
	public static String directorate(String directorPersonId) {
		return "direktoromraade-" + directorPersonId;
	}

	public static String centreManagement(String centreId) {
		return "center-" + centreId;
	}

	public static String centreWorksCouncil(String centreId) {
		return "c-med-" + centreId;
	}

	public static String unitManagement(String unitId) {
		return "enhed-" + unitId;
	}

	public static String unitWorksCouncil(String unitId) {
		return "a-med-" + unitId;
	}

	private OrganisationGroups() {
	}
}
