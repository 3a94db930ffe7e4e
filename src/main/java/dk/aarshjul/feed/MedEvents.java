package dk.aarshjul.feed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import dk.aarshjul.med.MedCouncil;
import dk.aarshjul.med.MedPlan;
import dk.aarshjul.med.MedPlanService;

/**
 * The meetings of a published MED plan as week-long events (Monday to Friday: the plan gives the week, the
 * council sets the day). The municipality's feed has every council; a centre's its C-MED and the weeks suggested
 * for A-MED; a unit's only its suggested A-MED weeks.
 */
final class MedEvents {

	private MedEvents() {
	}

	static List<FeedEvent> of(MedPlan plan, FeedScope scope) {
		List<FeedEvent> events = new ArrayList<>();
		switch (scope.kind()) {
			case MUNICIPALITY -> {
				add(events, plan, MedCouncil.H_MED, "", n -> "H-MED, møde " + n);
				add(events, plan, MedCouncil.C_MED, "", n -> "C-MED, møde " + n + " (alle centre)");
				add(events, plan, MedCouncil.A_MED, "", n -> "Foreslået uge for A-MED");
			}
			case CENTRE -> {
				add(events, plan, MedCouncil.C_MED, scope.id() + "-", n -> "C-MED " + scope.name() + ", møde " + n);
				add(events, plan, MedCouncil.A_MED, "", n -> "Foreslået uge for A-MED");
			}
			case UNIT -> add(events, plan, MedCouncil.A_MED, scope.id() + "-",
					n -> "A-MED " + scope.name() + ": foreslået uge");
		}
		return events;
	}

	/**
	 * One event per meeting of the council, numbered from 1 in the plan's order; the UID's key is {@code keyPrefix}
	 * and the number, so that a centre's or unit's own meetings differ from the municipality's.
	 */
	private static void add(List<FeedEvent> events, MedPlan plan, MedCouncil council, String keyPrefix,
			IntFunction<String> summary) {
		List<Integer> weeks = plan.weeks(council);
		for (int i = 0; i < weeks.size(); i++) {
			int number = i + 1;
			int week = weeks.get(i);
			LocalDate monday = MedPlan.monday(plan.year(), week);
			events.add(new FeedEvent(FeedEvent.uid(plan.municipalityId(), plan.year(), council.name(), keyPrefix + number),
					monday, monday.plusDays(4), summary.apply(number), council.label(),
					description(council, number, MedPlanService.weekText(plan.year(), week)), true));
		}
	}

	private static String description(MedCouncil council, int number, String week) {
		return switch (council) {
			case H_MED -> "Hoved-MED's møde nr. %d holdes i %s; dagen fremgår af indkaldelsen.".formatted(number, week);
			case C_MED -> "Center-MED's møde nr. %d holdes i %s i alle centre; dagen fremgår af indkaldelsen."
				.formatted(number, week);
			case A_MED -> "Foreslået uge for A-MED: %s, så enhedens A-MED kan mødes inden C-MED. Enheden fastlægger selv dagen."
				.formatted(week);
		};
	}
}
