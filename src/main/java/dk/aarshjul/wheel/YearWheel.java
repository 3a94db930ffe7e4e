package dk.aarshjul.wheel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.stereotype.Service;

import dk.aarshjul.budget.BudgetService;
import dk.aarshjul.cycle.CalendarService;
import dk.aarshjul.cycle.CycleService;
import dk.aarshjul.cycle.Milestone;
import dk.aarshjul.cycle.YearCalendar;
import dk.aarshjul.med.MedCouncil;
import dk.aarshjul.med.MedPlan;
import dk.aarshjul.med.MedPlanService;
import dk.aarshjul.organisation.Organisation;
import dk.aarshjul.organisation.ReadScope;
import dk.aarshjul.system.ApiAccess.Forbidden;
import dk.aarshjul.system.ApiAccess.NotFound;
import dk.aarshjul.system.EngineClock;
import dk.aarshjul.wheel.OpenTasks.OpenTask;

/**
 * The year as the wheel shows it, for one scope (the municipality, a centre or a unit): the four quarters, the
 * strategy and budget tracks' milestones and the MED weeks on their dates, and their live status from the open tasks
 * of that scope; and which centres or units below it are behind (open tasks past their deadline).
 *
 * <p>A task belongs to the milestone its deadline leads up to: on the strategy track the first milestone on or after
 * its due day, on the budget track (registered after the meeting) the last one on or before it.
 */
@Service
class YearWheel {

	/** The milestones that begin the quarters: markers on the wheel, not deadlines. */
	static final Set<Milestone> QUARTER_STARTS = EnumSet.of(Milestone.Q1_START, Milestone.Q2_START, Milestone.Q3_START,
			Milestone.Q4_START);
	static final String BUDGET_PROCESS = "budget-track";
	static final String TASKLIST_TASK = "/camunda/app/tasklist/default/#/?task=";

	enum Status {
		/** The date has passed and nothing of it is open. */
		DONE,
		/** Tasks of it are open, none past their deadline. */
		OPEN,
		/** Tasks of it are open past their deadline. */
		OVERDUE,
		/** Still to come. */
		UPCOMING,
		/** The date has passed in a year without a cycle, or the reader is not shown the status. */
		PASSED
	}

	enum Kind {
		MUNICIPALITY, CENTRE, UNIT
	}

	record Place(Kind kind, String id, String name, boolean readable) {
	}

	record Phase(int quarter, String label, LocalDate first, LocalDate last, String period, Status status, int open,
			int overdue) {
	}

	record Item(String id, String track, String label, LocalDate date, String dateText, int quarter, Status status,
			int open, int overdue) {
	}

	record MedWeek(String council, String label, int number, int week, LocalDate monday, String dateText, String text) {
	}

	record PartyStatus(Kind kind, String id, String name, int open, int overdue, Status status) {
	}

	record TaskView(String id, String name, LocalDate due, String dueText, boolean overdue, String link) {
	}

	/**
	 * @param path the way from the municipality down to the scope, the scope last
	 * @param statusShown whether the reader is shown the status of the scope's tasks (otherwise the calendar alone)
	 * @param medPublished whether the year's MED plan is published (its weeks are shown only then)
	 */
	record Wheel(int year, LocalDate today, String todayText, boolean cycleStarted, Place scope, List<Place> path,
			boolean statusShown, List<Phase> phases, List<Item> strategy, List<Item> budget, boolean medPublished,
			List<MedWeek> med, List<PartyStatus> parties, List<TaskView> tasks) {
	}

	private final CalendarService calendars;
	private final CycleService cycles;
	private final BudgetService budget;
	private final MedPlanService medPlans;
	private final OpenTasks openTasks;

	YearWheel(CalendarService calendars, CycleService cycles, BudgetService budget, MedPlanService medPlans,
			OpenTasks openTasks) {
		this.calendars = calendars;
		this.cycles = cycles;
		this.budget = budget;
		this.medPlans = medPlans;
		this.openTasks = openTasks;
	}

	/** Where a reader starts: their unit as its leader, their centre as its chief, else the municipality. */
	static Place home(ReadScope reader, Organisation org) {
		if (!reader.municipality() && reader.centres().isEmpty() && reader.units().size() == 1) {
			String unit = reader.units().iterator().next();
			return new Place(Kind.UNIT, unit, org.unit(unit).orElseThrow().name(), true);
		}
		if (!reader.municipality() && reader.centres().size() == 1) {
			String centre = reader.centres().iterator().next();
			return new Place(Kind.CENTRE, centre, org.centre(centre).orElseThrow().name(), true);
		}
		return new Place(Kind.MUNICIPALITY, org.municipalityId(), org.municipalityName(), true);
	}

	Wheel wheel(int year, String centreId, String unitId, ReadScope reader, Organisation org) {
		List<Place> path = new ArrayList<>();
		path.add(new Place(Kind.MUNICIPALITY, org.municipalityId(), org.municipalityName(), true));
		Predicate<OpenTask> inScope;
		boolean statusShown;
		List<PartyStatus> parties = new ArrayList<>();
		List<OpenTask> all = openTasks.withDeadline();
		if (unitId != null) {
			Organisation.Unit unit = org.unit(unitId).orElseThrow(() -> new NotFound("Enheden '" + unitId + "' findes ikke."));
			Organisation.Centre centre = org.centreOfUnit(unitId).orElseThrow();
			if (!reader.unitStatus(unitId)) {
				throw new Forbidden("Du kan se status for de enheder, du leder eller har ansvar for; »" + unit.name()
						+ "« er ikke en af dem.");
			}
			path.add(new Place(Kind.CENTRE, centre.id(), centre.name(), reader.centreStatus(centre.id())));
			path.add(new Place(Kind.UNIT, unit.id(), unit.name(), true));
			inScope = t -> unitId.equals(t.unit());
			statusShown = true;
		}
		else if (centreId != null) {
			Organisation.Centre centre = org.centre(centreId)
				.orElseThrow(() -> new NotFound("Centret '" + centreId + "' findes ikke."));
			if (!reader.centreStatus(centreId)) {
				throw new Forbidden("Du kan se status for de centre, du leder eller har ansvar for; »" + centre.name()
						+ "« er ikke et af dem.");
			}
			path.add(new Place(Kind.CENTRE, centre.id(), centre.name(), true));
			inScope = t -> centreId.equals(t.centre());
			statusShown = true;
			for (Organisation.Unit unit : centre.units()) {
				parties.add(party(Kind.UNIT, unit.id(), unit.name(), all, t -> unit.id().equals(t.unit())));
			}
		}
		else {
			inScope = t -> t.unit() != null ? reader.unitStatus(t.unit())
					: t.centre() != null ? reader.centreStatus(t.centre()) : reader.municipality();
			statusShown = reader.municipality() || !reader.centres().isEmpty() || !reader.units().isEmpty();
			for (Organisation.Centre centre : org.centres()) {
				if (reader.centreStatus(centre.id())) {
					parties.add(party(Kind.CENTRE, centre.id(), centre.name(), all, t -> centre.id().equals(t.centre())));
				}
			}
		}
		parties.sort(Comparator.comparingInt(PartyStatus::overdue).reversed().thenComparing(PartyStatus::name));
		Place scope = path.get(path.size() - 1);
		LocalDate today = EngineClock.today();
		boolean started = cycles.find(org.municipalityId(), year).isPresent();
		YearCalendar calendar = calendars.calendar(org.municipalityId(), year);
		LocalDate from = LocalDate.of(year - 1, 10, 1);
		LocalDate to = LocalDate.of(year, 12, 31);
		List<OpenTask> tasks = statusShown
				? all.stream().filter(inScope).filter(t -> !t.due().isBefore(from) && !t.due().isAfter(to)).toList()
				: List.of();

		List<Phase> phases = new ArrayList<>();
		for (int quarter = 1; quarter <= 4; quarter++) {
			LocalDate first = LocalDate.of(year, quarter * 3 - 2, 1);
			LocalDate last = first.plusMonths(3).minusDays(1);
			List<OpenTask> of = tasks.stream().filter(t -> !t.due().isBefore(first) && !t.due().isAfter(last)).toList();
			int overdue = (int) of.stream().filter(OpenTask::overdue).count();
			Status status = !statusShown ? (last.isBefore(today) ? Status.PASSED : Status.UPCOMING)
					: overdue > 0 ? Status.OVERDUE
					: !of.isEmpty() || !first.isAfter(today) && !last.isBefore(today) ? Status.OPEN
					: last.isBefore(today) ? (started ? Status.DONE : Status.PASSED) : Status.UPCOMING;
			phases.add(new Phase(quarter, quarter + ". kvartal", first, last,
					EngineClock.DANISH_DATE.format(first) + "–" + EngineClock.DANISH_DATE.format(last), status, of.size(),
					overdue));
		}

		List<Milestone> strategyMilestones = new ArrayList<>();
		List<Milestone> budgetMilestones = new ArrayList<>();
		for (Milestone milestone : Milestone.values()) {
			switch (milestone.track()) {
				case PREPARATION, STRATEGY -> strategyMilestones.add(milestone);
				case BUDGET, LAW -> budgetMilestones.add(milestone);
			}
		}
		List<Milestone> strategyDeadlines = strategyMilestones.stream().filter(m -> !QUARTER_STARTS.contains(m))
			.sorted(Comparator.comparing(calendar::date)).toList();
		List<Milestone> budgetDeadlines = budgetMilestones.stream().filter(m -> m.track() == Milestone.Track.BUDGET)
			.sorted(Comparator.comparing(calendar::date)).toList();
		List<Item> strategy = new ArrayList<>();
		for (Milestone milestone : strategyMilestones) {
			List<OpenTask> of = tasks.stream().filter(t -> !BUDGET_PROCESS.equals(t.process()))
				.filter(t -> milestone == leadsUpTo(t.due(), strategyDeadlines, calendar)).toList();
			strategy.add(item(milestone, calendar, of, statusShown, started, false, today));
		}
		List<Item> budgetItems = new ArrayList<>();
		for (Milestone milestone : budgetMilestones) {
			List<OpenTask> of = tasks.stream().filter(t -> BUDGET_PROCESS.equals(t.process()))
				.filter(t -> milestone == registeredAfter(t.due(), budgetDeadlines, calendar)).toList();
			boolean registered = milestone.track() == Milestone.Track.BUDGET
					&& !budget.registrations(org.municipalityId(), year, milestone).isEmpty();
			budgetItems.add(item(milestone, calendar, of, statusShown, started, registered, today));
		}

		Optional<MedPlan> plan = medPlans.published(org.municipalityId(), year);
		List<MedWeek> med = plan.map(p -> medWeeks(p, scope)).orElse(List.of());

		List<TaskView> taskViews = scope.kind() == Kind.MUNICIPALITY ? List.of()
				: tasks.stream()
					.filter(t -> scope.kind() == Kind.UNIT || t.unit() == null)
					.sorted(Comparator.comparing(OpenTask::due).thenComparing(OpenTask::name))
					.map(t -> new TaskView(t.id(), t.name(), t.due(), EngineClock.DANISH_DATE.format(t.due()), t.overdue(),
							TASKLIST_TASK + t.id()))
					.toList();
		return new Wheel(year, today, EngineClock.DANISH_DATE.format(today), started, scope, path, statusShown, phases,
				strategy, budgetItems, plan.isPresent(), med, statusShown ? parties : List.of(), taskViews);
	}

	private static PartyStatus party(Kind kind, String id, String name, List<OpenTask> all, Predicate<OpenTask> of) {
		List<OpenTask> tasks = all.stream().filter(of).toList();
		int overdue = (int) tasks.stream().filter(OpenTask::overdue).count();
		return new PartyStatus(kind, id, name, tasks.size(), overdue,
				overdue > 0 ? Status.OVERDUE : tasks.isEmpty() ? Status.DONE : Status.OPEN);
	}

	private static Item item(Milestone milestone, YearCalendar calendar, List<OpenTask> tasks, boolean statusShown,
			boolean started, boolean registered, LocalDate today) {
		LocalDate date = calendar.date(milestone);
		int overdue = (int) tasks.stream().filter(OpenTask::overdue).count();
		Status status;
		if (!statusShown || QUARTER_STARTS.contains(milestone) || milestone.track() == Milestone.Track.LAW) {
			status = date.isBefore(today) ? Status.PASSED : Status.UPCOMING;
		}
		else if (overdue > 0) {
			status = Status.OVERDUE;
		}
		else if (!tasks.isEmpty()) {
			status = Status.OPEN;
		}
		else if (registered || (started && date.isBefore(today))) {
			status = Status.DONE;
		}
		else {
			status = date.isBefore(today) ? Status.PASSED : Status.UPCOMING;
		}
		return new Item(milestone.name(), milestone.track().label(), milestone.label(), date,
				EngineClock.DANISH_DATE.format(date), Milestone.quarterOf(date), status, tasks.size(), overdue);
	}

	/** The strategy deadline a task's due day leads up to: the first on or after it, else the last. */
	static Milestone leadsUpTo(LocalDate due, List<Milestone> deadlines, YearCalendar calendar) {
		return deadlines.stream().filter(m -> !calendar.date(m).isBefore(due)).findFirst()
			.orElse(deadlines.get(deadlines.size() - 1));
	}

	/** The budget milestone a registration due that day follows: the last on or before it, else the first. */
	static Milestone registeredAfter(LocalDate due, List<Milestone> deadlines, YearCalendar calendar) {
		Milestone found = deadlines.get(0);
		for (Milestone m : deadlines) {
			if (!calendar.date(m).isAfter(due)) {
				found = m;
			}
		}
		return found;
	}

	/** The municipality's councils; a centre's C-MED and its units' A-MED weeks; a unit's A-MED weeks. */
	private static List<MedWeek> medWeeks(MedPlan plan, Place scope) {
		List<MedCouncil> councils = switch (scope.kind()) {
			case MUNICIPALITY -> List.of(MedCouncil.H_MED, MedCouncil.C_MED, MedCouncil.A_MED);
			case CENTRE -> List.of(MedCouncil.C_MED, MedCouncil.A_MED);
			case UNIT -> List.of(MedCouncil.A_MED);
		};
		List<MedWeek> weeks = new ArrayList<>();
		for (MedCouncil council : councils) {
			List<Integer> list = plan.weeks(council);
			for (int i = 0; i < list.size(); i++) {
				int week = list.get(i);
				LocalDate monday = MedPlan.monday(plan.year(), week);
				weeks.add(new MedWeek(council.name(), council.label(), i + 1, week, monday,
						EngineClock.DANISH_DATE.format(monday) + "–" + EngineClock.DANISH_DATE.format(monday.plusDays(4)),
						council == MedCouncil.A_MED ? "Foreslået uge for A-MED, " + MedPlanService.weekText(plan.year(), week)
								: council.meeting(i + 1) + ", " + MedPlanService.weekText(plan.year(), week)));
			}
		}
		weeks.sort(Comparator.comparing(MedWeek::monday).thenComparing(MedWeek::council));
		return weeks;
	}
}
