package dk.aarshjul.notify;

/** Why a mail is sent. */
public enum MailKind {
	NEW_TASK, DUE_SOON, OVERDUE, ESCALATION, DIGEST
}
