package dk.aarshjul.med;

import java.time.OffsetDateTime;

/** One statement of a works council on a draft, as recorded in {@code med_statement}. */
public record MedStatement(long id, String municipalityId, int year, MedStatementPoint.Subject subject, long subjectId,
		MedCouncil council, String councilOf, MedStatementOutcome outcome, String text, String givenBy,
		OffsetDateTime givenAt, String processInstanceId) {
}
