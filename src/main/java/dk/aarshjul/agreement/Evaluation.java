package dk.aarshjul.agreement;

import dk.aarshjul.strategy.EvaluationResult;

/** The evaluation of one goal of last year's agreement. */
public record Evaluation(long goalId, EvaluationResult result, String remark) {
}
