package dk.aarshjul.med;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.aarshjul.system.EngineClock;
import dk.aarshjul.system.FormValues;
import dk.aarshjul.system.SubmissionRefusedException;

/**
 * Lays out, checks, keeps and publishes a year's MED plan. The rules, checked on every plan saved: each council
 * has its number of meetings, in distinct weeks of the year and none in a week kept free; every C-MED meets about
 * {@code leadWeeks} weeks before an H-MED, and every A-MED week is about as far before a C-MED (one week either
 * way). C-MED has one set of weeks for all centres, so the centres meet in the same weeks by construction.
 */
@Service
public class MedPlanService {

	private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d. MMMM", Locale.forLanguageTag("da"));

	private final JdbcClient jdbc;
	private final MedProperties properties;

	MedPlanService(JdbcClient jdbc, MedProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	/** The year's plan, if it has been laid out. */
	public Optional<MedPlan> plan(String municipalityId, int year) {
		Optional<MedPlan.Status> status = jdbc.sql("SELECT status FROM med_plan WHERE municipality_id = ? AND cycle_year = ?")
			.params(municipalityId, year).query(String.class).optional().map(MedPlan.Status::valueOf);
		return status.map(s -> {
			Map<MedCouncil, List<Integer>> weeks = new EnumMap<>(MedCouncil.class);
			jdbc.sql("SELECT council, week_monday FROM med_meeting WHERE municipality_id = ? AND cycle_year = ? ORDER BY council, number")
				.params(municipalityId, year)
				.query((rs, row) -> Map.entry(MedCouncil.valueOf(rs.getString(1)), rs.getObject(2, LocalDate.class)))
				.list()
				.forEach(e -> weeks.computeIfAbsent(e.getKey(), c -> new ArrayList<>()).add(week(e.getValue())));
			return new MedPlan(municipalityId, year, s, weeks);
		});
	}

	/** The published plan: what calendars show. */
	public Optional<MedPlan> published(String municipalityId, int year) {
		return plan(municipalityId, year).filter(p -> p.status() == MedPlan.Status.PUBLISHED);
	}

	/**
	 * Lays out the year's plan as a draft, unless it has one already (a plan the secretariat adjusted or published
	 * is kept).
	 */
	@Transactional
	public MedPlan generate(String municipalityId, int year) {
		Optional<MedPlan> existing = plan(municipalityId, year);
		if (existing.isPresent()) {
			return existing.get();
		}
		Map<MedCouncil, List<Integer>> weeks = layOut(year);
		jdbc.sql("INSERT INTO med_plan (municipality_id, cycle_year, status, generated_at) VALUES (?, ?, 'DRAFT', ?)")
			.params(municipalityId, year, EngineClock.now()).update();
		save(municipalityId, year, weeks);
		return new MedPlan(municipalityId, year, MedPlan.Status.DRAFT, weeks);
	}

	/**
	 * The default layout: H-MED spread evenly over the year's free weeks; C-MED before H-MED meetings chosen evenly
	 * among them; A-MED before each C-MED.
	 */
	Map<MedCouncil, List<Integer>> layOut(int year) {
		int lead = properties.leadWeeks();
		int last = MedPlan.weeksIn(year);
		Set<Integer> avoided = properties.avoided();
		int main = properties.mainCouncilMeetings();
		int centre = properties.centreCouncilMeetings();
		Set<Integer> withCentre = new HashSet<>();
		for (int j = 0; j < centre; j++) {
			withCentre.add(centre == 1 ? main - 1 : (int) Math.round(j * (main - 1) / (double) (centre - 1)));
		}
		int first = 1 + 2 * lead;
		List<Integer> hmed = new ArrayList<>();
		List<Integer> cmed = new ArrayList<>();
		List<Integer> amed = new ArrayList<>();
		int previous = 0;
		for (int i = 0; i < main; i++) {
			int target = main == 1 ? first : first + (int) Math.round(i * (last - first) / (double) (main - 1));
			boolean needsCentre = withCentre.contains(i);
			int after = previous;
			Optional<int[]> chosen = IntStream.rangeClosed(after + 1, last).boxed()
				.sorted(Comparator.comparingInt(w -> Math.abs(w - target)))
				.map(w -> placement(w, needsCentre, lead, last, avoided, cmed))
				.filter(p -> p != null)
				.findFirst();
			if (chosen.isEmpty()) {
				throw new IllegalStateException("The MED plan for " + year + " cannot be laid out: too few weeks free of holidays for "
						+ main + " H-MED meetings with C-MED and A-MED " + lead + " weeks before (aarshjul.med)");
			}
			int[] p = chosen.get();
			hmed.add(p[0]);
			if (needsCentre) {
				cmed.add(p[1]);
				amed.add(p[2]);
			}
			previous = p[0];
		}
		Map<MedCouncil, List<Integer>> weeks = new EnumMap<>(MedCouncil.class);
		weeks.put(MedCouncil.H_MED, hmed);
		weeks.put(MedCouncil.C_MED, cmed);
		weeks.put(MedCouncil.A_MED, amed);
		return weeks;
	}

	/** H-MED in week {@code w}, and if needed the C-MED and A-MED weeks before it; or null if it does not fit. */
	private static int[] placement(int w, boolean needsCentre, int lead, int last, Set<Integer> avoided, List<Integer> cmedSoFar) {
		if (avoided.contains(w)) {
			return null;
		}
		if (!needsCentre) {
			return new int[] { w };
		}
		for (int c : near(w - lead)) {
			if (c >= 1 && c < w && !avoided.contains(c) && (cmedSoFar.isEmpty() || c > cmedSoFar.get(cmedSoFar.size() - 1))) {
				for (int a : near(c - lead)) {
					if (a >= 1 && a < c && !avoided.contains(a)) {
						return new int[] { w, c, a };
					}
				}
			}
		}
		return null;
	}

	/** A week and the weeks one either side of it, the week itself first. */
	private static int[] near(int week) {
		return new int[] { week, week - 1, week + 1 };
	}

	/** The rules a plan breaks, each as a sentence naming it; empty if it keeps them all. */
	public List<String> rulesBrokenBy(int year, Map<MedCouncil, List<Integer>> weeks) {
		List<String> broken = new ArrayList<>();
		int last = MedPlan.weeksIn(year);
		Set<Integer> avoided = properties.avoided();
		int lead = properties.leadWeeks();
		for (MedCouncil council : MedCouncil.values()) {
			List<Integer> list = weeks.getOrDefault(council, List.of());
			int wanted = properties.meetings(council);
			if (list.size() != wanted) {
				broken.add("%s skal have %d %s, ikke %d.".formatted(council.label(), wanted,
						council == MedCouncil.A_MED ? "foreslåede uger (én før hvert C-MED)" : "møder", list.size()));
			}
			Set<Integer> seen = new HashSet<>();
			for (int week : list) {
				if (week < 1 || week > last) {
					broken.add("%s: uge %d findes ikke i %d (uge 1–%d).".formatted(council.label(), week, year, last));
				}
				else if (avoided.contains(week)) {
					broken.add("%s: uge %d er friholdt for møder (ferie).".formatted(council.label(), week));
				}
				if (!seen.add(week)) {
					broken.add("%s: uge %d står mere end én gang.".formatted(council.label(), week));
				}
			}
		}
		leadRule(MedCouncil.C_MED, MedCouncil.H_MED, weeks, lead, broken);
		leadRule(MedCouncil.A_MED, MedCouncil.C_MED, weeks, lead, broken);
		return broken;
	}

	private static void leadRule(MedCouncil lower, MedCouncil upper, Map<MedCouncil, List<Integer>> weeks, int lead,
			List<String> broken) {
		List<Integer> above = weeks.getOrDefault(upper, List.of());
		for (int week : weeks.getOrDefault(lower, List.of())) {
			boolean before = above.stream().anyMatch(u -> u - week >= lead - 1 && u - week <= lead + 1);
			if (!before) {
				broken.add("%s i uge %d ligger ikke ca. %d uger før et %s-møde (%d–%d uger før).".formatted(lower.label(), week,
						lead, upper.label(), lead - 1, lead + 1));
			}
		}
	}

	/** The plan as the secretariat's form shows it: each council's weeks, comma-separated, and an overview. */
	public Map<String, Object> formVariables(MedPlan plan) {
		Map<String, Object> variables = new LinkedHashMap<>();
		for (MedCouncil council : MedCouncil.values()) {
			variables.put(council.formKey(), String.join(", ", plan.weeks(council).stream().map(String::valueOf).toList()));
		}
		variables.put(OVERVIEW, overview(plan));
		variables.put("medMainMeetings", properties.mainCouncilMeetings());
		variables.put("medCentreMeetings", properties.centreCouncilMeetings());
		variables.put("medLeadWeeks", properties.leadWeeks());
		variables.put("medAvoidWeeks", String.join(", ", properties.avoidWeeks().stream().sorted().map(String::valueOf).toList()));
		return variables;
	}

	/** The form variable with the plan as Markdown. */
	public static final String OVERVIEW = "medPlanOverview";

	public String overview(MedPlan plan) {
		record Meeting(int week, String what) {
		}
		List<Meeting> meetings = new ArrayList<>();
		for (MedCouncil council : MedCouncil.values()) {
			List<Integer> list = plan.weeks(council);
			for (int i = 0; i < list.size(); i++) {
				meetings.add(new Meeting(list.get(i), council.meeting(i + 1)));
			}
		}
		meetings.sort(Comparator.comparingInt(Meeting::week));
		StringBuilder text = new StringBuilder("| Uge | Møde |\n|---|---|\n");
		meetings.forEach(m -> text.append("| ").append(weekText(plan.year(), m.week())).append(" | ").append(m.what()).append(" |\n"));
		return text.toString();
	}

	/** "uge 6 (8.–12. februar)", or across a month "uge 49 (29. november–3. december)". */
	public static String weekText(int year, int week) {
		LocalDate monday = MedPlan.monday(year, week);
		LocalDate friday = monday.plusDays(4);
		String first = monday.getMonth() == friday.getMonth() ? monday.getDayOfMonth() + "." : DAY_MONTH.format(monday);
		return "uge " + week + " (" + first + "–" + DAY_MONTH.format(friday) + ")";
	}

	/**
	 * Saves the weeks the secretariat submitted (a council left empty keeps its weeks), all or nothing: a plan that
	 * breaks a rule is refused with the rules.
	 */
	@Transactional
	public MedPlan changeFromForm(String municipalityId, int year, Map<String, Object> submitted) {
		MedPlan current = plan(municipalityId, year)
			.orElseThrow(() -> new IllegalStateException("No MED plan for " + municipalityId + " " + year));
		Map<MedCouncil, List<Integer>> weeks = new EnumMap<>(current.weeks());
		List<String> problems = new ArrayList<>();
		for (MedCouncil council : MedCouncil.values()) {
			String text = FormValues.text(submitted.get(council.formKey()));
			if (text == null) {
				continue;
			}
			List<Integer> list = new ArrayList<>();
			for (String part : text.split("[,;\\s]+")) {
				if (part.isBlank()) {
					continue;
				}
				try {
					list.add(Integer.parseInt(part.strip()));
				}
				catch (NumberFormatException e) {
					problems.add("%s: »%s« er ikke et ugenummer.".formatted(council.label(), part.strip()));
				}
			}
			weeks.put(council, list.stream().sorted().toList());
		}
		if (problems.isEmpty()) {
			problems.addAll(rulesBrokenBy(year, weeks));
		}
		if (!problems.isEmpty()) {
			throw new SubmissionRefusedException("MED-planen for " + year, problems);
		}
		save(municipalityId, year, weeks);
		return new MedPlan(municipalityId, year, current.status(), weeks);
	}

	@Transactional
	public void publish(String municipalityId, int year, String by) {
		int updated = jdbc.sql("""
				UPDATE med_plan SET status = 'PUBLISHED', published_at = ?, published_by = ?
				WHERE municipality_id = ? AND cycle_year = ?""")
			.params(EngineClock.now(), by, municipalityId, year).update();
		if (updated == 0) {
			throw new IllegalStateException("No MED plan for " + municipalityId + " " + year);
		}
	}

	private void save(String municipalityId, int year, Map<MedCouncil, List<Integer>> weeks) {
		jdbc.sql("DELETE FROM med_meeting WHERE municipality_id = ? AND cycle_year = ?").params(municipalityId, year).update();
		weeks.forEach((council, list) -> {
			for (int i = 0; i < list.size(); i++) {
				jdbc.sql("INSERT INTO med_meeting (municipality_id, cycle_year, council, number, week_monday) VALUES (?, ?, ?, ?, ?)")
					.params(municipalityId, year, council.name(), i + 1, MedPlan.monday(year, list.get(i))).update();
			}
		});
	}

	private static int week(LocalDate monday) {
		return monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
	}
}
