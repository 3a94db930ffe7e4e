package dk.aarshjul.med;

import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code aarshjul.med}: the works councils' rhythm.
 *
 * @param mainCouncilMeetings H-MED's meetings a year
 * @param centreCouncilMeetings C-MED's meetings a year, each before one of H-MED's
 * @param leadWeeks how many weeks before the council above a council meets (C-MED before H-MED, A-MED before
 *        C-MED); one week either way is accepted
 * @param avoidWeeks ISO week numbers with no meetings (holidays)
 */
@ConfigurationProperties("aarshjul.med")
public record MedProperties(@DefaultValue("8") int mainCouncilMeetings, @DefaultValue("6") int centreCouncilMeetings,
		@DefaultValue("2") int leadWeeks,
		@DefaultValue({ "1", "7", "27", "28", "29", "30", "31", "32", "42", "52", "53" }) List<Integer> avoidWeeks) {

	public MedProperties {
		if (centreCouncilMeetings > mainCouncilMeetings || centreCouncilMeetings < 1 || leadWeeks < 1) {
			throw new IllegalArgumentException("aarshjul.med: C-MED needs 1.." + mainCouncilMeetings
					+ " meetings (one before each chosen H-MED) and a lead of at least one week");
		}
		avoidWeeks = List.copyOf(avoidWeeks);
	}

	int meetings(MedCouncil council) {
		return council == MedCouncil.H_MED ? mainCouncilMeetings : centreCouncilMeetings;
	}

	Set<Integer> avoided() {
		return Set.copyOf(avoidWeeks);
	}
}
