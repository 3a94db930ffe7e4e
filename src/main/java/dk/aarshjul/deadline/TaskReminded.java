package dk.aarshjul.deadline;

/**
 * Published in the transaction that records an overdue task's reminder in {@code task_reminder}, so that whoever
 * listens (e-mail) acts exactly when the reminder is recorded, and not at all if it is rolled back.
 *
 * @param due the task's due date, Danish format
 */
public record TaskReminded(String taskId, String taskName, String due) {
}
