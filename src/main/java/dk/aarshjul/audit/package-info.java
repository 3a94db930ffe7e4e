/** The audit trail: who did what to which governance record and when, from the engine's history and our own tables. */
package dk.aarshjul.audit;
