package dk.aarshjul.budget;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dk.aarshjul.budget.BudgetMilestoneMessage.Registration;
import dk.aarshjul.cycle.CalendarService;
import dk.aarshjul.cycle.ForumMeeting;
import dk.aarshjul.cycle.Milestone;
import dk.aarshjul.system.EngineClock;
import dk.aarshjul.system.FormValues;
import dk.aarshjul.system.SubmissionRefusedException;
import dk.aarshjul.system.TextLimits;

/**
 * The budget track's records: what took place at each budget milestone ({@code budget_milestone}) and which
 * milestones the budget system has received ({@code budget_delivery}).
 */
@Service
public class BudgetService {

	private static final Logger LOG = LoggerFactory.getLogger(BudgetService.class);

	private final JdbcClient jdbc;
	private final CalendarService calendars;
	private final BudgetSystem budgetSystem;
	private final TransactionTemplate ownTransaction;

	BudgetService(JdbcClient jdbc, CalendarService calendars, BudgetSystem budgetSystem,
			PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.calendars = calendars;
		this.budgetSystem = budgetSystem;
		this.ownTransaction = BudgetSystemConfiguration.ownTransaction(transactions);
	}

	/**
	 * Records a registration as its forum's secretary submitted it, or refuses it with every problem.
	 *
	 * @param approval on Økonomiudvalget's approval of the budget process: "ja" or "nej"; otherwise null
	 * @return whether the milestone was reached (false only for a budget process that was not approved)
	 */
	public boolean register(String processInstanceId, String municipalityId, int year, Milestone milestone,
			String committee, Object heldOn, Object outcome, boolean approvalAsked, Object approval, String user) {
		if (milestone.track() != Milestone.Track.BUDGET) {
			throw new IllegalArgumentException(milestone + " is not a budget milestone");
		}
		List<String> problems = new ArrayList<>();
		LocalDate date = heldOn(milestone, heldOn, year, problems);
		String text = FormValues.text(outcome);
		if (text == null) {
			problems.add("Skriv resultatet og beslutningerne.");
		}
		else if (TextLimits.tooLong(text, TextLimits.TEXT)) {
			problems.add("Resultatet er for langt (" + TextLimits.atMost(TextLimits.TEXT) + ").");
		}
		String answer = FormValues.text(approval);
		if (approvalAsked && !"ja".equals(answer) && !"nej".equals(answer)) {
			problems.add("Angiv, om budgetprocessen er godkendt (ja eller nej).");
		}
		if (!problems.isEmpty()) {
			throw new SubmissionRefusedException("Registreringen af »" + milestone.label() + "«", problems);
		}
		boolean reached = !approvalAsked || "ja".equals(answer);
		String recorded = approvalAsked ? (reached ? "Godkendt. " : "Ikke godkendt; behandles igen. ") + text : text;
		jdbc.sql("""
				INSERT INTO budget_milestone (municipality_id, cycle_year, milestone, committee_id, held_on, outcome,
				  registered_by, registered_at, process_instance_id)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(municipalityId, year, milestone.name(), committee, date, recorded, user, EngineClock.now(),
					processInstanceId)
			.update();
		return reached;
	}

	/**
	 * The meeting's date: in the cycle's year and not in the future, as for every forum; a milestone that may lie in
	 * the year before (Økonomiudvalget's approval of the budget process) may also have been held then.
	 */
	private static LocalDate heldOn(Milestone milestone, Object submitted, int year, List<String> problems) {
		return ForumMeeting.heldOn(submitted, milestone.quarters().firstYear(year), year, problems);
	}

	/** The registrations of a milestone, oldest first (a budget process not approved at first has several). */
	public List<Registration> registrations(String municipalityId, int year, Milestone milestone) {
		return jdbc.sql("""
				SELECT committee_id, held_on, outcome, registered_by, registered_at FROM budget_milestone
				WHERE municipality_id = ? AND cycle_year = ? AND milestone = ? ORDER BY registered_at, id""")
			.params(municipalityId, year, milestone.name())
			.query((rs, row) -> new Registration(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3),
					rs.getString(4), rs.getObject(5, OffsetDateTime.class)))
			.list();
	}

	public BudgetMilestoneMessage message(String municipalityId, int year, Milestone milestone) {
		return new BudgetMilestoneMessage(BudgetMilestoneMessage.idempotencyKey(municipalityId, year, milestone.name()),
				municipalityId, year, year + 1, milestone.name(), milestone.label(),
				calendars.calendar(municipalityId, year).date(milestone), registrations(municipalityId, year, milestone));
	}

	/**
	 * Delivers the milestone to the budget system unless it has been delivered before. The delivery is recorded in a
	 * transaction of its own as soon as the budget system has taken it, so a retry of the job (for instance after
	 * its own transaction failed) does not send it again; a receiver that saw the key anyway can tell by the key.
	 *
	 * @return whether it was sent now
	 */
	public boolean sync(String municipalityId, int year, Milestone milestone) {
		String key = BudgetMilestoneMessage.idempotencyKey(municipalityId, year, milestone.name());
		if (delivered(key)) {
			LOG.info("Budget milestone {} was delivered before; not sent again", key);
			return false;
		}
		budgetSystem.deliver(message(municipalityId, year, milestone));
		ownTransaction.executeWithoutResult(status -> jdbc.sql("""
				INSERT INTO budget_delivery (idempotency_key, municipality_id, cycle_year, milestone, budget_system, delivered_at)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(key, municipalityId, year, milestone.name(), budgetSystem.describe(), EngineClock.now())
			.update());
		return true;
	}

	public boolean delivered(String idempotencyKey) {
		return jdbc.sql("SELECT COUNT(*) FROM budget_delivery WHERE idempotency_key = ?").param(idempotencyKey)
			.query(Integer.class).single() > 0;
	}
}
