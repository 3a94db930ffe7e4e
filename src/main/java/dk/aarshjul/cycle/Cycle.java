package dk.aarshjul.cycle;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** The record of one yearly cycle of one municipality. */
public record Cycle(
		long id,
		String municipalityId,
		int year,
		String processInstanceId,
		Status status,
		String startedBy,
		OffsetDateTime startedAt,
		OffsetDateTime completedAt,
		String evaluationSummary,
		LocalDate councilPresentedOn) {

	public enum Status {
		RUNNING, COMPLETED
	}
}
