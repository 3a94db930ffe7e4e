/**
 * E-mail to the people who do the tasks: a new task, a deadline coming near, an overdue task and an escalation each
 * become a mail in an outbox, written in the transaction that causes it and sent afterwards, once, by a scheduled
 * sender that retries while the SMTP server is down. Each person chooses mails at once, a daily digest, or none.
 */
package dk.aarshjul.notify;
