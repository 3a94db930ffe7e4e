/**
 * The municipality's organisation as data the secretariat maintains, and its synchronisation into Camunda's identity.
 */
package dk.aarshjul.organisation;
