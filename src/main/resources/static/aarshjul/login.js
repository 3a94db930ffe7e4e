// Logs in to Tasklist (Camunda's own login, so one session serves Tasklist and our pages), then goes back.

function cookie(name) {
  const found = document.cookie.split('; ').find(c => c.startsWith(name + '='));
  return found ? decodeURIComponent(found.slice(name.length + 1)) : '';
}

function next() {
  const target = new URLSearchParams(location.search).get('next') || '/aarshjul/';
  // Only a page of this site: never somewhere else.
  return target.startsWith('/') && !target.startsWith('//') ? target : '/aarshjul/';
}

document.getElementById('login').addEventListener('submit', async event => {
  event.preventDefault();
  const message = document.getElementById('message');
  message.textContent = '';
  const form = new URLSearchParams({
    username: document.getElementById('username').value,
    password: document.getElementById('password').value,
  });
  // Camunda sets its CSRF token (cookie XSRF-TOKEN) on its first answer in the session.
  const first = await fetch('/camunda/api/admin/auth/user/default', { credentials: 'same-origin' });
  const token = first.headers.get('X-XSRF-TOKEN') || cookie('XSRF-TOKEN');
  const response = await fetch('/camunda/api/admin/auth/user/default/login/tasklist', {
    method: 'POST', credentials: 'same-origin', body: form,
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-XSRF-TOKEN': token },
  });
  if (response.ok) {
    location.href = next();
  } else if (response.status === 401) {
    message.textContent = 'Brugernavn eller adgangskode er forkert. Efter flere forkerte forsøg skal du vente lidt, før du prøver igen.';
  } else if (response.status === 403) {
    message.textContent = 'Du har ikke adgang til Tasklist. Kontakt sekretariatet.';
  } else {
    message.textContent = `Du kunne ikke logges ind (${response.status}). Prøv igen.`;
  }
});
