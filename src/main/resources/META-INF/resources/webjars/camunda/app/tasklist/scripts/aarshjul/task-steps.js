/*
 * Årshjul's additions to Tasklist, loaded through config.js (customScripts). Each one is a module of its own.
 */
import './auto-claim.js';
import './completion.js';
import './server-draft.js';
import './form-messages.js';
