/** The load benchmark: leaders and centre chiefs working at once through the REST API on PostgreSQL. */
package dk.aarshjul.benchmark;
