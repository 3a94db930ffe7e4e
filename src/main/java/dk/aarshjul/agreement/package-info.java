/**
 * Unit agreements ("decentrale aftaler"): their SMART goals, last year's evaluation, the draft–approve loop
 * between a unit's leader and its centre chief, and the records kept for every year.
 */
package dk.aarshjul.agreement;
