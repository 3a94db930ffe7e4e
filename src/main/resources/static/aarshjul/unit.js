// A unit's page: its agreement in force and earlier versions, the red thread, open tasks, MED weeks, its profile and
// the personal calendar link.
import { api, el, start, statusBadge, showError, AGREEMENT_STATUS, FOLLOW_UP } from '/aarshjul/common.js';

function agreementView(a, heading) {
  return el('div', { class: 'card' },
    el('h3', {}, heading || `Aftale ${a.year}, version ${a.version}`),
    el('p', {}, `Status: ${AGREEMENT_STATUS[a.status] || a.status}`, a.approvedText ? ` (godkendt ${a.approvedText})` : '',
      a.economicFrameText ? `. Økonomisk ramme: ${a.economicFrameText} ` : '. ',
      el('a', { href: a.pdf }, `Aftalen som PDF (${a.year}, version ${a.version})`)),
    el('table', {}, el('caption', { class: 'visually-hidden' }, `Mål i aftalen ${a.year}`),
      el('thead', {}, el('tr', {}, ['Slags', 'Mål', 'Indikator og måltal', 'Frist', 'Strategikort'].map(h => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, a.goals.map(g => el('tr', {}, el('td', {}, g.kindLabel), el('td', {}, g.title),
        el('td', {}, `${g.indicator}: ${g.target}`), el('td', {}, g.deadlineText || ''), el('td', {}, g.initiative || '–'))))));
}

function latest(followUps) {
  if (!followUps || !followUps.length) return 'Ingen opfølgning endnu';
  const f = followUps[followUps.length - 1];
  return `${f.quarter}. kvartal: ${FOLLOW_UP[f.status] || f.status}${f.comment ? ' – ' + f.comment : ''}`;
}

function thread(data) {
  if (!data.thread.length) {
    return el('p', { class: 'note' }, `Enheden har ingen mål for ${data.year}, der er knyttet til et strategikort.`);
  }
  return el('ul', { class: 'thread', 'aria-label': 'Den røde tråd' }, data.thread.map(v => el('li', {},
    el('strong', {}, `Visionsmål ${v.code}: ${v.title}`),
    el('ul', {}, v.initiatives.map(i => el('li', {},
      `Strategikortets initiativ ${i.code}: ${i.title} (${i.owner === 'koncern' ? 'Koncernledelsen' : data.centreName}, ${i.firstYear}–${i.lastYear})`,
      el('ul', {}, [
        ...i.goals.filter(g => g.party === 'CENTRE').map(g => el('li', {}, `Centeraftalens mål: ${g.title}`)),
        ...i.goals.filter(g => g.party === 'UNIT').map(g => el('li', {},
          el('strong', {}, `Enhedens mål: ${g.title}`), ` – ${latest(g.followUps)}`)),
      ])))))));
}

/** The unit's audit trail: who did what, and when (from the engine's history and the records). */
async function auditTrail(unit, target) {
  try {
    const lines = await api(`/api/audit?unit=${encodeURIComponent(unit)}`);
    target.replaceChildren(lines.length ? el('table', {}, el('caption', { class: 'visually-hidden' }, 'Hvem gjorde hvad'),
      el('thead', {}, el('tr', {}, ['Tidspunkt', 'Hvem', 'Hvad'].map(h => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, lines.map(l => el('tr', {}, el('td', {}, l.time), el('td', {}, l.actorName || l.actor || 'Systemet'),
        el('td', {}, l.text)))))
      : el('p', { class: 'note' }, 'Intet er registreret for enheden endnu.'));
  } catch (error) {
    showError(target, error);
  }
}

async function calendarLink(button, output, me) {
  button.disabled = true;
  try {
    const paths = await api('/api/calendar/links', { method: 'POST' });
    const base = location.origin;
    output.replaceChildren(
      el('p', {}, 'Dit personlige kalenderlink er lavet; et ældre link virker ikke længere. Abonnér på det i Outlook, Google Kalender eller på telefonen:'),
      el('ul', {},
        el('li', {}, 'Hele kommunen: ', el('code', {}, base + paths.municipality)),
        paths.unit.includes('{') ? null : el('li', {}, 'Din enhed: ', el('code', {}, base + paths.unit)),
        paths.centre.includes('{') ? null : el('li', {}, 'Dit center: ', el('code', {}, base + paths.centre))));
  } catch (error) {
    showError(output, error);
  } finally {
    button.disabled = false;
  }
}

const me = await start('unit');
const params = new URLSearchParams(location.search);
const unit = params.get('unit') || (me.home.kind === 'UNIT' ? me.home.id : null);
const content = document.getElementById('content');
if (!unit) {
  content.replaceChildren(el('p', {}, 'Vælg en enhed i ', el('a', { href: '/aarshjul/' }, 'årshjulet'), '.'));
} else {
  try {
    const year = params.get('year');
    const data = await api(`/api/units/${encodeURIComponent(unit)}/page${year ? '?year=' + encodeURIComponent(year) : ''}`);
    document.title = `${data.name} – Årshjul`;
    document.getElementById('title').textContent = data.name;
    const linkOutput = el('div', { 'aria-live': 'polite' });
    const linkButton = el('button', { type: 'button', class: 'primary' }, 'Lav mit kalenderlink');
    linkButton.addEventListener('click', () => calendarLink(linkButton, linkOutput, me));
    const trail = el('div', { 'aria-live': 'polite' }, 'Henter …');
    const earlier = data.agreements.filter(a => !(a.year === data.year && a.status === 'APPROVED'));
    content.replaceChildren(
      el('p', {}, `${data.type ? data.type[0].toUpperCase() + data.type.slice(1) : 'Enhed'} i ${data.centreName}. Leder: ${data.leader}. `,
        el('a', { href: `/aarshjul/?unit=${encodeURIComponent(data.id)}&year=${data.year}` }, `Enhedens årshjul ${data.year}`)),
      el('h2', {}, `Aftalen i kraft ${data.year}`),
      data.agreementInForce ? agreementView(data.agreementInForce, `Decentral aftale ${data.year}`)
        : el('p', { class: 'note' }, `Enheden har ingen godkendt aftale for ${data.year} endnu.`),
      el('h2', {}, 'Den røde tråd'),
      el('p', { class: 'note' }, 'Fra visionsmål over strategikortets initiativ og centeraftalen til enhedens mål og deres seneste opfølgning.'),
      thread(data),
      el('h2', {}, 'Åbne opgaver'),
      data.tasks.length ? el('table', {}, el('caption', { class: 'visually-hidden' }, 'Enhedens åbne opgaver'),
        el('thead', {}, el('tr', {}, ['Opgave', 'Frist', 'Status'].map(h => el('th', { scope: 'col' }, h)))),
        el('tbody', {}, data.tasks.map(t => el('tr', {}, el('td', {}, el('a', { href: t.link }, t.name)),
          el('td', {}, t.dueText), el('td', {}, statusBadge(t.overdue ? 'OVERDUE' : 'OPEN'))))))
        : el('p', {}, 'Enheden har ingen åbne opgaver med frist.'),
      el('h2', {}, 'A-MED: foreslåede uger'),
      data.medPublished ? el('ul', {}, data.med.map(w => el('li', {}, `${w.text} (${w.dateText})`)))
        : el('p', { class: 'note' }, `MED-planen for ${data.year} er ikke offentliggjort endnu.`),
      el('h2', {}, 'Enhedens profil'),
      data.profile ? el('div', { class: 'card' },
        el('h3', {}, 'Om enheden'), el('p', {}, data.profile.about),
        el('h3', {}, 'Vores tilbud'), el('p', {}, data.profile.offer),
        data.profile.emphasis ? [el('h3', {}, 'Det lægger vi vægt på'), el('p', {}, data.profile.emphasis)] : null,
        el('h3', {}, 'Kontakt'), el('p', {}, data.profile.contact),
        el('p', { class: 'note' }, `Godkendt ${data.profile.approvedText}.`))
        : el('p', { class: 'note' }, 'Enheden har ingen godkendt profil. Lederen kan skrive den i Tasklist: Start process → Enhedsprofil.'),
      el('h2', {}, 'Årshjulet i din kalender'),
      el('p', {}, 'Lav et personligt link, som din kalender kan abonnere på. Linket indeholder en hemmelig nøgle; del det ikke.'),
      linkButton, linkOutput,
      el('h2', {}, 'Tidligere versioner og år'),
      earlier.length ? el('div', {}, earlier.map(a => el('details', {}, el('summary', {}, `${a.year}, version ${a.version}: ${AGREEMENT_STATUS[a.status] || a.status}`),
        agreementView(a)))) : el('p', { class: 'note' }, 'Ingen.'),
      el('h2', {}, 'Hvem gjorde hvad'),
      el('p', { class: 'note' }, 'Enhedens historik: hvem startede, udarbejdede, godkendte, sendte tilbage, ændrede og overdrog hvad og hvornår.'),
      trail);
    auditTrail(data.id, trail);
  } catch (error) {
    showError(content, error);
  }
}
