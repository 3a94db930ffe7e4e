package dk.aarshjul.med;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import dk.aarshjul.cycle.CalendarExpressions;

/**
 * A works council's deadline in the models, for the statement task's due date and its boundary timer alike:
 * {@code ${medStatements.due(execution, 'UNIT_AGREEMENTS_DUE')}} or, for a day before the milestone,
 * {@code ${medStatements.due(execution, 'STRATEGY_SEMINAR', -1)}}. The milestone's day, or a few days after the
 * draft is shared if that is later (see {@link MedStatementService}).
 */
@Component("medStatements")
public class MedStatementExpressions {

	private final CalendarExpressions calendar;
	private final MedStatementService statements;

	MedStatementExpressions(CalendarExpressions calendar, MedStatementService statements) {
		this.calendar = calendar;
		this.statements = statements;
	}

	public Date due(DelegateExecution execution, String milestone) {
		return due(execution, milestone, 0);
	}

	public Date due(DelegateExecution execution, String milestone, int daysAfter) {
		return statements.due(execution.getProcessInstanceId(), MedStatementPoint.of(execution),
				calendar.due(execution, milestone, daysAfter));
	}
}
