package dk.aarshjul.cycle;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.aarshjul.system.FormValues;
import dk.aarshjul.system.SubmissionRefusedException;
import dk.aarshjul.system.EngineClock;
import dk.aarshjul.system.TextLimits;

/**
 * The rules for starting and completing a yearly cycle. Times come from the engine's clock, so that the rules and
 * the process's timers agree on what "now" is.
 */
@Service
public class CycleService {

	/** A cycle may be started for last year (to catch up) and up to two years ahead. */
	static final int YEARS_BACK = 1;
	static final int YEARS_AHEAD = 2;


	private final CycleRepository cycles;

	CycleService(CycleRepository cycles) {
		this.cycles = cycles;
	}

	/**
	 * Records a new cycle, or refuses it with a Danish reason. Runs in the caller's transaction (the engine's, when
	 * called from the start of the process), so a refused or failed start leaves nothing behind.
	 */
	@Transactional
	public int register(String municipalityId, Object requestedYear, String processInstanceId, String startedBy) {
		int year = parseYear(requestedYear);
		int thisYear = EngineClock.today().getYear();
		if (year < thisYear - YEARS_BACK || year > thisYear + YEARS_AHEAD) {
			throw new CycleRefusedException("Årets gang kan kun startes for årene %d–%d, ikke for %d."
				.formatted(thisYear - YEARS_BACK, thisYear + YEARS_AHEAD, year));
		}
		Optional<Cycle> existing = cycles.find(municipalityId, year);
		if (existing.isPresent()) {
			throw alreadyStarted(existing.get());
		}
		try {
			cycles.insert(municipalityId, year, processInstanceId, startedBy, now());
		}
		catch (DuplicateKeyException raced) {
			throw new CycleRefusedException(
					"Årets gang for %d er lige blevet startet af en anden. Der kan kun være én pr. år.".formatted(year));
		}
		return year;
	}

	@Transactional
	public void complete(String processInstanceId) {
		if (cycles.markCompleted(processInstanceId, now()) != 1) {
			throw new IllegalStateException("No yearly cycle is recorded for process instance " + processInstanceId);
		}
	}

	/** The secretariat's summary of the year's evaluations; it must say something. */
	@Transactional
	public void saveEvaluationSummary(String processInstanceId, Object summary) {
		String text = summary == null ? "" : summary.toString().strip();
		if (text.isEmpty() || TextLimits.tooLong(text, TextLimits.TEXT)) {
			throw new CycleRefusedException("Skriv opsamlingen på evalueringerne (" + TextLimits.atMost(TextLimits.TEXT)
					+ "); den forelægges Byrådet.");
		}
		cycles.saveEvaluationSummary(processInstanceId, text);
	}

	/** When Byrådet was presented with the summary: a date in the cycle's year, not in the future. */
	@Transactional
	public void registerCouncilPresentation(String processInstanceId, int year, Object presentedOn, Object note) {
		LocalDate date;
		try {
			date = FormValues.date(presentedOn);
		}
		catch (IllegalArgumentException e) {
			throw new CycleRefusedException("Byrådsmødets dato skal skrives dd.mm.åååå, fx 01.03." + year + ", ikke »"
					+ e.getMessage() + "«.");
		}
		if (date == null) {
			throw new CycleRefusedException("Angiv datoen for byrådsmødet, hvor opsamlingen blev forelagt.");
		}
		if (!ForumMeeting.heldInYearSoFar(date, year)) {
			throw new CycleRefusedException("Byrådsmødet skal ligge i " + year + " og ikke efter i dag, ikke " + EngineClock.DANISH_DATE.format(date) + ".");
		}
		String text = FormValues.text(note);
		if (TextLimits.tooLong(text, TextLimits.COMMENT)) {
			throw new CycleRefusedException("Noten er for lang (" + TextLimits.atMost(TextLimits.COMMENT) + ").");
		}
		cycles.registerCouncilPresentation(processInstanceId, date, text);
	}

	/**
	 * Records a forum's meeting in the cycle (a committee, Byrådet, Koncernledelsen, Centerrådet, the seminar), or
	 * refuses it with every problem.
	 */
	@Transactional
	public ForumMeeting registerForumMeeting(String processInstanceId, String municipalityId, int year,
			ForumMeeting.Forum forum, String committee, Object heldOn, Object discussion, Object decisions, String user) {
		List<String> problems = new ArrayList<>();
		LocalDate date = ForumMeeting.heldOn(heldOn, year, problems);
		String text = FormValues.text(discussion);
		String decided = FormValues.text(decisions);
		if (text == null) {
			problems.add("Skriv, hvad der blev drøftet og konkluderet.");
		}
		if (TextLimits.tooLong(text, TextLimits.TEXT) || TextLimits.tooLong(decided, TextLimits.TEXT)) {
			problems.add("Teksten er for lang (" + TextLimits.atMost(TextLimits.TEXT) + " pr. felt).");
		}
		if (!problems.isEmpty()) {
			throw new SubmissionRefusedException("Mødet", problems);
		}
		ForumMeeting meeting = new ForumMeeting(year, forum, committee, date, text, decided, user, now());
		cycles.insertForumMeeting(municipalityId, meeting, processInstanceId);
		return meeting;
	}

	public List<ForumMeeting> forumMeetings(String municipalityId, int year) {
		return cycles.forumMeetings(municipalityId, year);
	}

	public Optional<Cycle> find(String municipalityId, int year) {
		return cycles.find(municipalityId, year);
	}

	public List<Cycle> findAll(String municipalityId) {
		return cycles.findAll(municipalityId);
	}

	/** Accepts what a form or a REST client may send for a year: a whole number, as a number or as digits. */
	static int parseYear(Object value) {
		if (value == null || (value instanceof String s && s.isBlank())) {
			throw new CycleRefusedException("Angiv det år, som årets gang skal gælde for.");
		}
		if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
				&& Math.abs(n.doubleValue()) < 100_000) {
			return n.intValue();
		}
		if (value instanceof String s && s.strip().matches("\\d{4}")) {
			return Integer.parseInt(s.strip());
		}
		throw new CycleRefusedException("Året skal være et helt årstal, f.eks. 2027, ikke »%s«.".formatted(value));
	}

	private static CycleRefusedException alreadyStarted(Cycle cycle) {
		String when = cycle.startedAt().atZoneSameInstant(EngineClock.DANISH_TIME).format(EngineClock.DANISH_DATE_TIME);
		String who = cycle.startedBy() == null ? "" : " af " + cycle.startedBy();
		return new CycleRefusedException(
				"Årets gang for %d er allerede startet (%s%s). Der kan kun være én pr. år.".formatted(cycle.year(), when, who));
	}

	private static OffsetDateTime now() {
		return OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), EngineClock.DANISH_TIME);
	}
}
