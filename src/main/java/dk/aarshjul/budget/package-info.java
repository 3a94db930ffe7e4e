/**
 * The budget track of the yearly cycle (bpmn/budget-track.bpmn): the budget milestones on their dates, what took
 * place at each as its forum registered it, and each milestone delivered once to the budget system through the
 * {@link dk.aarshjul.budget.BudgetSystem} port (the built-in ledger, or an external system over HTTP).
 */
package dk.aarshjul.budget;
