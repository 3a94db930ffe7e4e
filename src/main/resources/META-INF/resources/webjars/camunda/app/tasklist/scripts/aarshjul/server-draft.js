/*
 * "Gem kladde" keeps the draft on the server, so that it can be continued from another PC: Tasklist saves the form's
 * values in this browser only; this script then writes them to the task as task-local variables, which the form loads
 * on any PC (a Camunda Form is filled from the task's form variables, where task-local variables shadow the
 * process's). Only the form's own field keys are written. Once the server holds the draft, the browser's copy is
 * dropped, so an older copy on one PC never hides a newer draft saved on another.
 */
import { tasklist, engine, notify } from './tasklist.js';

const BROWSER_COPY = 'camunda-form:';

function modification(value) {
  return value !== null && typeof value === 'object' ? { value: JSON.stringify(value), type: 'Json' } : { value };
}

async function saveOnServer(taskId) {
  const saved = localStorage.getItem(BROWSER_COPY + taskId);
  if (!saved) {
    return;
  }
  const values = JSON.parse(saved);
  const modifications = {};
  Object.keys(values).forEach((key) => {
    modifications[key] = modification(values[key]);
  });
  try {
    await engine('POST', `/task/${taskId}/localVariables`, { modifications });
    localStorage.removeItem(BROWSER_COPY + taskId);
    notify('success', 'Kladden er gemt på opgaven. Du kan fortsætte, også fra en anden pc.', 8000);
  } catch (error) {
    const reason = error.status === 403 ? 'du har ikke lov at gemme på opgaven' : error.message.replace(/\.$/, '');
    notify('warning', `Kladden er kun gemt i denne browser: ${reason}.`);
  }
}

tasklist.then(({ location }) => {
  // Tasklist's own Save button saves in the browser when it is clicked; this listener runs after it.
  document.addEventListener('click', (event) => {
    const save = event.target.closest && event.target.closest('button[ng-click^="save("]');
    const taskId = location.search().task;
    if (save && taskId) {
      setTimeout(() => saveOnServer(taskId).catch((error) => console.error('Årshjul: saving the draft', error)));
    }
  });
});
