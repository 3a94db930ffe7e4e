package dk.aarshjul.organisation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.aarshjul.organisation.Organisation.Centre;
import dk.aarshjul.organisation.Organisation.Director;
import dk.aarshjul.scope.Scope;

/**
 * Where a task of a level goes in the organisation: the candidate groups that do it, and the groups above them
 * that may follow it (read only). A pure function of the level, the scope and the organisation.
 *
 * @param centre the centre the task belongs to (also for a unit's task), or null
 * @param unit the unit the task belongs to, or null
 * @param committee the committee the task belongs to, or null
 * @param directorate the group of the director responsible for the task's centre, or null
 */
public record Route(Level level, String centre, String unit, String committee, String directorate,
		List<String> candidates, List<String> oversight) {

	/** Task-local variables that record the route's scope, named as the process variables it was read from. */
	public static final String CENTRE = Scope.CENTRE;
	public static final String UNIT = Scope.UNIT;
	public static final String COMMITTEE = Scope.COMMITTEE;
	/** Task-local variable: the group of the director responsible for the task's centre. */
	public static final String DIRECTORATE = "directorate";
	/** Task-local variable: the level's value, as in the decision table. */
	public static final String LEVEL = "level";

	/**
	 * @throws RoutingException when the scope the level needs is missing or names nothing in the organisation
	 */
	public static Route of(Level level, String centreId, String unitId, String committeeId, Organisation organisation) {
		List<String> candidates = new ArrayList<>();
		List<String> oversight = new ArrayList<>();
		String centre = null;
		String unit = null;
		String committee = null;
		switch (level.scope()) {
			case UNIT -> {
				unit = require(unitId, level, "en enhed");
				centre = organisation.centreOfUnit(unit).map(Centre::id)
					.orElseThrow(() -> new RoutingException("Enheden '" + unitId + "' findes ikke i organisationen."));
				oversight.add(OrganisationGroups.centreManagement(centre));
				oversight.add(directorate(centre, organisation));
			}
			case CENTRE -> {
				centre = require(centreId, level, "et center");
				String known = centre;
				organisation.centre(known)
					.orElseThrow(() -> new RoutingException("Centret '" + known + "' findes ikke i organisationen."));
				if (level != Level.DIRECTOR) {
					oversight.add(directorate(centre, organisation));
				}
			}
			case COMMITTEE -> {
				committee = require(committeeId, level, "et udvalg");
				String known = committee;
				organisation.committee(known)
					.orElseThrow(() -> new RoutingException("Udvalget '" + known + "' findes ikke i organisationen."));
			}
			case NONE -> {
			}
		}
		candidates.add(switch (level) {
			case SECRETARIAT -> OrganisationGroups.SECRETARIAT;
			case COUNCIL -> OrganisationGroups.COUNCIL;
			case COMMITTEE -> OrganisationGroups.committee(committee);
			case FINANCE_COMMITTEE -> OrganisationGroups.committee(organisation.financeCommittee().id());
			case EXECUTIVE_BOARD -> OrganisationGroups.EXECUTIVE_BOARD;
			case DIRECTOR -> directorate(centre, organisation);
			case CORPORATE_MANAGEMENT -> OrganisationGroups.CORPORATE_MANAGEMENT;
			case CENTRE_COUNCIL -> OrganisationGroups.CENTRE_COUNCIL;
			case CENTRE -> OrganisationGroups.centreManagement(centre);
			case UNIT -> OrganisationGroups.unitManagement(unit);
			case MAIN_WORKS_COUNCIL -> OrganisationGroups.MAIN_WORKS_COUNCIL;
			case CENTRE_WORKS_COUNCIL -> OrganisationGroups.centreWorksCouncil(centre);
			case UNIT_WORKS_COUNCIL -> OrganisationGroups.unitWorksCouncil(unit);
		});
		String directorate = centre == null ? null : directorate(centre, organisation);
		return new Route(level, centre, unit, committee, directorate, List.copyOf(candidates), List.copyOf(oversight));
	}

	/**
	 * What the task records about its route, so that filters can find it and a resynchronisation can redo it: the
	 * level, and only the parts of the scope the route has (a secretariat's task records its level alone).
	 */
	public Map<String, Object> localVariables() {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put(LEVEL, level.value());
		putIfPresent(variables, CENTRE, centre);
		putIfPresent(variables, UNIT, unit);
		putIfPresent(variables, COMMITTEE, committee);
		putIfPresent(variables, DIRECTORATE, directorate);
		return variables;
	}

	private static void putIfPresent(Map<String, Object> variables, String name, String value) {
		if (value != null) {
			variables.put(name, value);
		}
	}

	private static String directorate(String centreId, Organisation organisation) {
		return OrganisationGroups.directorate(organisation.directorOf(centreId).map(Director::person)
			.orElseThrow(() -> new RoutingException("Centret '" + centreId + "' har ingen direktør.")));
	}

	private static String require(String value, Level level, String what) {
		if (value == null || value.isBlank()) {
			throw new RoutingException("En opgave for niveauet '" + level.value() + "' kræver " + what
					+ ", som forløbet ikke angiver.");
		}
		return value;
	}

	/** A task that cannot be routed: a modelling or data error, so the step fails and the cause is shown. */
	public static class RoutingException extends RuntimeException {

		public RoutingException(String message) {
			super(message);
		}
	}
}
