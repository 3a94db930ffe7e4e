package dk.aarshjul.feed;

import dk.aarshjul.organisation.Organisation;
import dk.aarshjul.system.ApiAccess.NotFound;

/**
 * Whose calendar a feed is: the whole municipality, one centre or one unit. All three show the same phases and
 * milestones; they differ in the MED meetings.
 *
 * @param municipalityId the municipality whose year it is
 * @param id the municipality's, centre's or unit's id
 * @param name its name, as the feed shows it
 */
record FeedScope(String municipalityId, Kind kind, String id, String name) {

	enum Kind {
		MUNICIPALITY, CENTRE, UNIT
	}

	static FeedScope municipality(Organisation organisation) {
		return new FeedScope(organisation.municipalityId(), Kind.MUNICIPALITY, organisation.municipalityId(),
				organisation.municipalityName());
	}

	/** A centre of the organisation, or 404. */
	static FeedScope centre(Organisation organisation, String centreId) {
		Organisation.Centre centre = organisation.centre(centreId)
			.orElseThrow(() -> new NotFound("Centret '" + centreId + "' findes ikke."));
		return new FeedScope(organisation.municipalityId(), Kind.CENTRE, centre.id(), centre.name());
	}

	/** A unit of the organisation, or 404. */
	static FeedScope unit(Organisation organisation, String unitId) {
		Organisation.Unit unit = organisation.unit(unitId)
			.orElseThrow(() -> new NotFound("Enheden '" + unitId + "' findes ikke."));
		return new FeedScope(organisation.municipalityId(), Kind.UNIT, unit.id(), unit.name());
	}
}
