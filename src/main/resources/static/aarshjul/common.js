// Shared by Årshjul's pages: the API (with the Tasklist session), Danish words for statuses, and the page header.

export const STATUS = {
  DONE: { word: 'Afsluttet', icon: '✓' },
  OPEN: { word: 'Åben', icon: '○' },
  OVERDUE: { word: 'Forsinket', icon: '⚠' },
  UPCOMING: { word: 'Kommende', icon: '…' },
  PASSED: { word: 'Passeret', icon: '–' },
};

export const AGREEMENT_STATUS = {
  DRAFT: 'Kladde', SUBMITTED: 'Til godkendelse', RETURNED: 'Sendt tilbage', APPROVED: 'Godkendt, i kraft',
  SUPERSEDED: 'Afløst af en nyere version', LAPSED: 'Bortfaldet',
};

export const FOLLOW_UP = { GREEN: 'Grøn: går som planlagt', YELLOW: 'Gul: udfordret', RED: 'Rød: kræver handling' };

let me = null;

/** GET or send JSON to our API; a lost login sends the person to the login page and back. */
export async function api(path, options = {}) {
  const headers = { 'X-Requested-With': 'XMLHttpRequest', Accept: 'application/json', ...(options.headers || {}) };
  if (options.method && options.method !== 'GET') {
    headers['X-XSRF-TOKEN'] = (me && me.csrfToken) || '';
  }
  const response = await fetch(path, { ...options, headers, credentials: 'same-origin' });
  if (response.status === 401) {
    location.href = '/aarshjul/login.html?next=' + encodeURIComponent(location.pathname + location.search);
    throw new Error('Du er ikke logget ind.');
  }
  const body = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) {
    const error = new Error((body && body.message) || `Siden kunne ikke hentes (${response.status}).`);
    error.status = response.status;
    throw error;
  }
  return body;
}

export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function statusBadge(status, extra) {
  const s = STATUS[status] || STATUS.UPCOMING;
  return el('span', { class: 'status ' + status }, `${s.icon} ${s.word}${extra ? ' ' + extra : ''}`);
}

/** The person logged in, and the site header with the pages and Tasklist. */
export async function start(current) {
  me = await api('/api/me');
  const header = document.querySelector('header.site');
  const pages = [
    ['/aarshjul/', 'Årshjulet', 'wheel'],
    ['/aarshjul/vision.html', 'Vision og styring', 'vision'],
    ['/camunda/app/tasklist/', 'Tasklist (mine opgaver)', 'tasklist'],
  ];
  header.replaceChildren(
    el('a', { href: '/aarshjul/', 'aria-label': 'Årshjul, forsiden' }, 'Årshjul'),
    el('nav', { 'aria-label': 'Sider' }, el('ul', {}, pages.map(([href, label, key]) =>
      el('li', {}, el('a', { href, 'aria-current': key === current ? 'page' : null }, label))))),
    el('span', { class: 'who' }, `Logget ind som ${me.name}`));
  return me;
}

export function showError(target, error) {
  target.replaceChildren(el('p', { class: 'error', role: 'alert' }, error.message));
}
