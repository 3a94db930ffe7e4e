/**
 * The top of the red thread: vision goals, and the strategy maps of the centres and of Koncernledelsen with their
 * initiatives, which unit agreements and centre agreements link to.
 */
package dk.aarshjul.strategy;
