/**
 * The REST APIs' answer when the database does not answer: JAX-RS exception mappers.
 */
package dk.aarshjul.operations.jaxrs;
