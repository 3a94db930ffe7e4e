// "Vision og styring": the published governance documents of a year, for everyone logged in.
import { api, el, start, showError } from '/aarshjul/common.js';

function map(m, owner) {
  if (!m) return el('p', { class: 'note' }, `${owner} har intet godkendt strategikort i kraft.`);
  return el('div', {},
    el('p', {}, `Strategikort ${m.firstYear}–${m.lastYear}, version ${m.version}. `, el('a', { href: m.pdf }, `${owner}s strategikort som PDF`)),
    el('ul', {}, m.initiatives.map(i => el('li', {}, `${i.code}: ${i.title} (visionsmål ${i.visionGoalCode})`))));
}

function agreement(a, what, name) {
  if (!a) return el('p', { class: 'note' }, `Ingen godkendt ${what} i kraft.`);
  return el('div', {},
    el('p', {}, `${what[0].toUpperCase() + what.slice(1)} ${a.year}, version ${a.version}, godkendt ${a.approvedText || ''}. `,
      a.economicFrameText ? `Økonomisk ramme: ${a.economicFrameText}. ` : '',
      el('a', { href: a.pdf }, `${name}s ${what} som PDF`)),
    el('ul', {}, a.goals.map(g => el('li', {}, `${g.kindLabel}: ${g.title} (${g.indicator}: ${g.target}${g.deadlineText ? ', frist ' + g.deadlineText : ''})`))));
}

function profile(p) {
  if (!p) return null;
  return el('details', {}, el('summary', {}, 'Enhedens profil'),
    el('p', {}, el('strong', {}, 'Om enheden: '), p.about), el('p', {}, el('strong', {}, 'Vores tilbud: '), p.offer),
    p.emphasis ? el('p', {}, el('strong', {}, 'Det lægger vi vægt på: '), p.emphasis) : null,
    el('p', {}, el('strong', {}, 'Kontakt: '), p.contact));
}

async function show(year) {
  const content = document.getElementById('content');
  try {
    const data = await api(`/api/vision/${year}`);
    document.getElementById('title').textContent = `Vision og styring ${data.year}`;
    content.replaceChildren(
      el('p', {}, el('button', { type: 'button', onclick: () => go(year - 1) }, `‹ ${year - 1}`), ' ',
        el('button', { type: 'button', onclick: () => go(year + 1) }, `${year + 1} ›`), ' ',
        el('a', { href: data.evaluationsPdf }, `Opsamling på evalueringerne ${data.year} som PDF`)),
      el('h2', {}, 'Visionsmål'),
      el('ul', {}, data.visionGoals.map(v => el('li', {}, `${v.code}: ${v.title}`))),
      el('h2', {}, 'Koncernledelsens strategikort'),
      map(data.corporateMap, 'Koncernledelsen'),
      el('h2', {}, 'Centrene'),
      ...data.centres.map(c => el('section', { class: 'card', 'aria-labelledby': 'centre-' + c.id },
        el('h3', { id: 'centre-' + c.id }, c.name),
        el('h4', {}, 'Strategikort'), map(c.map, c.name),
        el('h4', {}, 'Centeraftale'), agreement(c.agreement, 'centeraftale', c.name),
        el('details', {}, el('summary', {}, `Enhedernes aftaler og profiler (${c.units.filter(u => u.agreement).length} af ${c.units.length} godkendt)`),
          c.units.map(u => el('div', {}, el('h5', {}, u.name), agreement(u.agreement, 'decentral aftale', u.name), profile(u.profile)))))));
  } catch (error) {
    showError(content, error);
  }
}

function go(year) {
  history.pushState({ year }, '', '?year=' + year);
  show(year);
}

const me = await start('vision');
const year = Number(new URLSearchParams(location.search).get('year')) || me.year;
window.addEventListener('popstate', e => show((e.state && e.state.year) || year));
show(year);
