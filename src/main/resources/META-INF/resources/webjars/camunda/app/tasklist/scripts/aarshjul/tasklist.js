/*
 * What the other scripts of Årshjul need from Tasklist: its AngularJS services once the application has started,
 * the engine's REST API as Tasklist calls it (session cookie and CSRF header), and Danish notifications.
 */

const ENGINE = document.querySelector('base').getAttribute('engine-api') + 'engine/default';

/** Tasklist's services, once its AngularJS application has started (custom scripts are loaded before it starts). */
export const tasklist = new Promise((resolve) => {
  const poll = () => {
    const injector = window.angular && window.angular.element(document.body).injector();
    if (injector) {
      resolve({
        rootScope: injector.get('$rootScope'),
        location: injector.get('$location'),
        notifications: injector.get('Notifications'),
        tasks: injector.get('camAPI').resource('task')
      });
    } else {
      setTimeout(poll, 100);
    }
  };
  poll();
});

function csrfToken() {
  const cookie = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : null;
}

/** A request to the engine's REST API; a refusal is thrown with its HTTP status and the engine's message. */
export async function engine(method, path, body) {
  const headers = { Accept: 'application/json' };
  const token = csrfToken();
  if (token) {
    headers['X-XSRF-TOKEN'] = token;
  }
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  const response = await fetch(ENGINE + path, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body)
  });
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    const error = new Error(problem.message || response.statusText);
    error.status = response.status;
    throw error;
  }
  return response.status === 204 ? null : response.json();
}

/**
 * Shows a sentence as a notification (type 'info', 'success', 'warning' or 'danger'), for a number of milliseconds or
 * until it is closed; returns it, so that it can be cleared.
 */
export async function notify(type, sentence, duration) {
  const { rootScope, notifications } = await tasklist;
  const notification = { type, status: sentence, duration };
  rootScope.$evalAsync(() => notifications.add(notification));
  return notification;
}

export async function clearNotification(notification) {
  const { rootScope, notifications } = await tasklist;
  rootScope.$evalAsync(() => notifications.clear(notification));
}

export async function clearAllNotifications() {
  const { rootScope, notifications } = await tasklist;
  rootScope.$evalAsync(() => notifications.clearAll());
}
