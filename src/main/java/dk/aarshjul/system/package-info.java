/**
 * Cross-cutting configuration: the REST API's authentication and error mapping, and the municipality setting.
 */
package dk.aarshjul.system;
