/*
 * Opening a task that is yours to do claims it for you, so that Complete is enabled at once: a task with no assignee
 * for which you are a candidate (through one of your groups). A task you may only read says so in a Danish sentence,
 * instead of a disabled Complete button; so does Tasklist's own Claim button when the engine refuses it (403).
 */
import { tasklist, engine, notify, clearNotification } from './tasklist.js';

const READ_ONLY = 'Du kan læse opgaven, men ikke afslutte den';

let openedTask = null;
let notice = null;

async function say(reason) {
  notice = await notify('info', `${READ_ONLY}: ${reason}`);
}

async function names(resource, ids) {
  if (!ids.length) {
    return [];
  }
  const found = await engine('GET', `/${resource}?idIn=${ids.map(encodeURIComponent).join(',')}`).catch(() => []);
  return ids.map((id) => {
    const match = found.find((item) => item.id === id);
    return match ? match.name || `${match.firstName} ${match.lastName}` : id;
  });
}

async function candidateGroups(taskId) {
  const links = await engine('GET', `/task/${taskId}/identity-links?type=candidate`).catch(() => []);
  return names('group', links.filter((link) => link.groupId).map((link) => link.groupId));
}

/** Tells Tasklist that the task has changed, as its own Claim button does, once the task's view is shown. */
function refreshTaskView(rootScope, attempts = 30) {
  const meta = document.querySelector('[cam-tasklist-task-meta]');
  const scope = meta && window.angular.element(meta).isolateScope();
  if (scope && scope.taskData) {
    rootScope.$evalAsync(() => {
      scope.taskData.changed('task');
      scope.taskData.changed('taskList');
    });
  } else if (attempts > 0) {
    setTimeout(() => refreshTaskView(rootScope, attempts - 1), 100);
  }
}

async function opened(taskId, user, rootScope) {
  const task = await engine('GET', `/task/${taskId}`);
  if (task.assignee === user) {
    return;
  }
  if (task.assignee) {
    const [assignee] = await names('user', [task.assignee]);
    await say(`${assignee} har taget den. Kun vedkommende kan afslutte den eller give den fra sig.`);
    return;
  }
  const yours = await engine('GET', `/task?taskId=${taskId}&candidateUser=${encodeURIComponent(user)}`);
  if (!yours.length) {
    const groups = await candidateGroups(taskId);
    await say(groups.length ? `den er sendt til ${groups.join(', ')}, ikke til dig.` : 'den er ikke sendt til dig.');
    return;
  }
  try {
    await engine('POST', `/task/${taskId}/claim`, { userId: user });
    refreshTaskView(rootScope);
  } catch (error) {
    await say(error.status === 403 ? 'du har kun lov at læse den.' : `den kunne ikke tages til dig: ${error.message}`);
  }
}

tasklist.then(({ rootScope, location, tasks }) => {
  const onRoute = () => {
    const taskId = location.search().task || null;
    const user = rootScope.authentication && rootScope.authentication.name;
    if (taskId === openedTask) {
      return;
    }
    openedTask = taskId;
    if (notice) {
      clearNotification(notice);
      notice = null;
    }
    if (taskId && user) {
      opened(taskId, user, rootScope).catch((error) => console.error('Årshjul: opening the task', error));
    }
  };
  rootScope.$on('$locationChangeSuccess', onRoute);
  rootScope.$on('authentication.changed', () => {
    openedTask = null;
    onRoute();
  });
  onRoute();

  const claim = tasks.claim;
  tasks.claim = function (taskId, userId, done) {
    return claim.call(tasks, taskId, userId, (error, result) => {
      if (error && error.status === 403) {
        error.message = 'Du har kun lov at læse opgaven, ikke at tage eller afslutte den.';
      }
      if (done) {
        done(error, result);
      }
    });
  };
});
