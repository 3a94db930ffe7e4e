/**
 * Running the application in production: job locks across restarts and nodes, health and readiness, metrics, and a
 * Danish 503 when the database does not answer.
 */
package dk.aarshjul.operations;
