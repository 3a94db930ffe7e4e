/**
 * The årshjul as pages in the browser: the year as a wheel with its tracks and live status, drilled down from the
 * municipality to a centre to a unit, and a unit's own page, behind the same login as Tasklist.
 */
package dk.aarshjul.wheel;
