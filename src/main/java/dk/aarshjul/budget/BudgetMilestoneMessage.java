package dk.aarshjul.budget;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the budget system receives for a milestone: which municipality, year and milestone, when it was planned, and
 * what each forum registered. The idempotency key identifies the milestone, so a receiver that has it already can
 * tell a repeat from a new delivery.
 */
public record BudgetMilestoneMessage(String idempotencyKey, String municipality, int year, int budgetYear,
		String milestone, String label, LocalDate plannedOn, List<Registration> registrations) {

	/** What took place, as registered: by the forum (a committee, or none for the council's and the secretariat's). */
	public record Registration(String committee, LocalDate heldOn, String outcome, String registeredBy,
			OffsetDateTime registeredAt) {
	}

	/** The message as the budget system receives it. */
	String json(ObjectMapper mapper) {
		try {
			return mapper.writeValueAsString(this);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	public static String idempotencyKey(String municipality, int year, String milestone) {
		return municipality + ":" + year + ":" + milestone;
	}
}
