package dk.aarshjul.organisation;

/**
 * The Camunda group ids derived from the organisation. Tasks are routed to these groups, never to named people.
 */
public final class OrganisationGroups {

	public static final String SECRETARIAT = "sekretariat";
	public static final String EXECUTIVE_BOARD = "direktionen";
	public static final String CORPORATE_MANAGEMENT = "koncernledelsen";

	/** Camunda's own administrators' group. */
	public static final String ADMINISTRATORS = "camunda-admin";

	public static String centreManagement(String centreId) {
		return "center-" + centreId;
	}

	public static String unitManagement(String unitId) {
		return "enhed-" + unitId;
	}

	private OrganisationGroups() {
	}
}
