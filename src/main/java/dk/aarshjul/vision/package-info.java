/**
 * "Vision og styring": the governance documents in force, read-only for everyone logged in — the vision goals,
 * Koncernledelsen's and every centre's strategy map, the year's approved centre and unit agreements and the units'
 * profiles, each with its PDF; nothing in draft.
 */
package dk.aarshjul.vision;
