package dk.aarshjul.agreement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * {@code Event_EvaluationConfirmed}'s condition, {@code ${lastYearsEvaluation.confirmed(execution)}}: read from our
 * records, so that a variable submitted with another task cannot let the approval pass before the centre chief has
 * confirmed. The variable {@code evaluationPending} only tells the engine when to look again.
 */
@Component("lastYearsEvaluation")
public class LastYearsEvaluation {

	private final AgreementService agreements;

	LastYearsEvaluation(AgreementService agreements) {
		this.agreements = agreements;
	}

	public boolean confirmed(DelegateExecution execution) {
		return agreements.lastYearConfirmed(execution.getProcessInstanceId());
	}
}
