/*
 * Completing a task: a saved draft (task-local variables, see server-draft.js) is removed just before the form is
 * submitted, because a task-local variable would take the submitted value instead of the process, and disappear with
 * the task. After a successful completion, old notifications are cleared and a Danish confirmation is shown.
 */
import { tasklist, engine, notify, clearAllNotifications } from './tasklist.js';

/** Drafts are written with the form's own field keys only, so they are exactly the submitted keys held on the task. */
async function removeDraft(taskId, submitted) {
  const local = await engine('GET', `/task/${taskId}/localVariables`);
  const draft = submitted.filter((name) => name in local);
  if (draft.length) {
    await engine('POST', `/task/${taskId}/localVariables`, { deletions: draft });
  }
}

tasklist.then(({ tasks }) => {
  const submitForm = tasks.submitForm;
  tasks.submitForm = function (params, done) {
    const submission = (async () => {
      if (params.id) {
        await removeDraft(params.id, Object.keys(params.variables || {})).catch((error) => {
          throw new Error(`Den gemte kladde kunne ikke fjernes fra opgaven, så den er ikke afsluttet: ${error.message}`);
        });
      }
      return submitForm.call(tasks, params);
    })();
    submission.then(
      (result) => {
        if (params.id) {
          clearAllNotifications();
          notify('success', 'Opgaven er afsluttet.', 8000);
        }
        if (done) {
          done(null, result);
        }
      },
      (error) => {
        if (done) {
          done(error);
        }
      }
    );
    return submission;
  };
});
