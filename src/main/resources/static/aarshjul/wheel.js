// The årshjul: the year as a wheel (quarters, strategy, budget and MED as rings, today's marker), its live status,
// drill-down from the municipality to a centre to a unit, and the same data as tables.
import { api, el, start, statusBadge, showError, STATUS } from '/aarshjul/common.js';

const SVG = 'http://www.w3.org/2000/svg';
const RING = { quarter: [262, 292], strategy: 222, budget: 172, med: 122 };
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
const FILL = { DONE: '#1d6b32', OPEN: '#1f4f9a', OVERDUE: '#a11d1d', UPCOMING: '#ffffff', PASSED: '#d4d4d4' };
const ICON_INK = { DONE: '#ffffff', OPEN: '#ffffff', OVERDUE: '#ffffff', UPCOMING: '#1b1b1b', PASSED: '#1b1b1b' };

function s(tag, attributes = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value !== null && value !== undefined) node.setAttribute(key, value);
  }
  children.flat().forEach(c => node.append(c instanceof Node ? c : document.createTextNode(String(c))));
  return node;
}

function dayAngle(iso) {
  const date = new Date(iso + 'T12:00:00Z');
  const year = date.getUTCFullYear();
  const first = Date.UTC(year, 0, 1);
  const days = (Date.UTC(year + 1, 0, 1) - first) / 864e5;
  return ((date - first) / 864e5 / days) * 2 * Math.PI - Math.PI / 2;
}

const point = (angle, r) => [Math.cos(angle) * r, Math.sin(angle) * r];

function arc(a0, a1, r0, r1) {
  const large = a1 - a0 > Math.PI ? 1 : 0;
  const [x0, y0] = point(a0, r1), [x1, y1] = point(a1, r1), [x2, y2] = point(a1, r0), [x3, y3] = point(a0, r0);
  return `M${x0} ${y0} A${r1} ${r1} 0 ${large} 1 ${x1} ${y1} L${x2} ${y2} A${r0} ${r0} 0 ${large} 0 ${x3} ${y3} Z`;
}

function counts(item) {
  const parts = [];
  if (item.overdue) parts.push(item.overdue === 1 ? '1 forsinket opgave' : `${item.overdue} forsinkede opgaver`);
  const open = item.open - item.overdue;
  if (open > 0) parts.push(open === 1 ? '1 åben opgave' : `${open} åbne opgaver`);
  return parts.join(', ');
}

function describe(item) {
  const status = STATUS[item.status].word;
  const extra = counts(item);
  return `${item.track}: ${item.label}, ${item.dateText}. Status: ${status}${extra ? ', ' + extra : ''}.`;
}

function showDetail(text, heading) {
  document.getElementById('detail').replaceChildren(el('strong', {}, heading), el('br'), text);
}

function marker(angle, r, status, label, heading, shape = 'circle') {
  const [x, y] = point(angle, r);
  const g = s('g', { class: 'marker', tabindex: '0', role: 'button', 'aria-label': label, 'data-status': status });
  g.append(s('title', {}, label));
  if (shape === 'circle') {
    g.append(s('circle', { class: 'halo', cx: x, cy: y, r: 11, fill: FILL[status], stroke: '#1b1b1b', 'stroke-width': 1.5 }));
  } else {
    g.append(s('rect', { class: 'halo', x: x - 8, y: y - 8, width: 16, height: 16, fill: FILL[status], stroke: '#1b1b1b', 'stroke-width': 1.5 }));
  }
  g.append(s('text', { x, y: y + 4, 'text-anchor': 'middle', 'font-size': 11, 'font-weight': 700, fill: ICON_INK[status], 'aria-hidden': 'true' }, STATUS[status].icon));
  const open = () => showDetail(label, heading);
  g.addEventListener('click', open);
  g.addEventListener('keydown', e => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); open(); } });
  return g;
}

function drawWheel(data) {
  const svg = s('svg', { class: 'wheel', viewBox: '-310 -310 620 620', role: 'group',
    'aria-label': `Årshjul ${data.year} for ${data.scope.name}. Markeringerne kan vælges med Tab og Enter.` });
  svg.append(s('title', {}, `Årshjul ${data.year} – ${data.scope.name}`));
  // Quarters: the outer ring, each with its status.
  data.phases.forEach(phase => {
    const a0 = dayAngle(phase.first), a1 = dayAngle(phase.last) + 0.017;
    const label = `${phase.label} ${data.year}, ${phase.period}. Status: ${STATUS[phase.status].word}${counts(phase) ? ', ' + counts(phase) : ''}.`;
    const g = s('g', { class: 'marker', tabindex: '0', role: 'button', 'aria-label': label, 'data-status': phase.status });
    g.append(s('title', {}, label));
    g.append(s('path', { class: 'halo', d: arc(a0, a1, RING.quarter[0], RING.quarter[1]), fill: phase.quarter % 2 ? '#dfe9ef' : '#eef2f5', stroke: '#6b6b6b' }));
    const [tx, ty] = point((a0 + a1) / 2, 277);
    g.append(s('text', { x: tx, y: ty + 5, 'text-anchor': 'middle', 'font-size': 13, 'font-weight': 700, 'aria-hidden': 'true' },
      `${phase.quarter}. kvt. ${STATUS[phase.status].icon} ${STATUS[phase.status].word}`));
    const open = () => showDetail(label, phase.label);
    g.addEventListener('click', open);
    g.addEventListener('keydown', e => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); open(); } });
    svg.append(g);
  });
  // Months, ring guides and their names.
  MONTHS.forEach((name, m) => {
    const iso = `${data.year}-${String(m + 1).padStart(2, '0')}-01`;
    const a = dayAngle(iso);
    const [x0, y0] = point(a, 95), [x1, y1] = point(a, 262);
    svg.append(s('line', { x1: x0, y1: y0, x2: x1, y2: y1, stroke: '#c8c8c8', 'aria-hidden': 'true' }));
    const [tx, ty] = point(a + 0.26, 250);
    svg.append(s('text', { x: tx, y: ty + 4, 'text-anchor': 'middle', 'font-size': 12, fill: '#4a4a4a', 'aria-hidden': 'true' }, name));
  });
  [[RING.strategy, 'Strategi og aftaler'], [RING.budget, 'Budget'], [RING.med, 'MED']].forEach(([r, name]) => {
    svg.append(s('circle', { cx: 0, cy: 0, r, fill: 'none', stroke: '#8a8a8a', 'stroke-dasharray': '3 4', 'aria-hidden': 'true' }));
    svg.append(s('text', { x: -6, y: -r + 4, 'text-anchor': 'end', 'font-size': 11, fill: '#4a4a4a', 'aria-hidden': 'true' }, name));
  });
  // Today.
  const today = data.today;
  if (today.startsWith(String(data.year))) {
    const a = dayAngle(today);
    const [x0, y0] = point(a, 92), [x1, y1] = point(a, 300);
    svg.append(s('line', { x1: x0, y1: y0, x2: x1, y2: y1, stroke: '#c2410c', 'stroke-width': 3, 'aria-hidden': 'true' }));
  }
  const strategyGroup = s('g', { role: 'list', 'aria-label': 'Strategi og aftaler' });
  data.strategy.forEach(item => strategyGroup.append(wrap(marker(dayAngle(item.date), RING.strategy, item.status, describe(item), item.label))));
  const budgetGroup = s('g', { role: 'list', 'aria-label': 'Budget' });
  data.budget.forEach(item => budgetGroup.append(wrap(marker(dayAngle(item.date), RING.budget, item.status, describe(item), item.label))));
  const medGroup = s('g', { role: 'list', 'aria-label': 'MED-møder' });
  data.med.forEach(week => {
    const status = week.monday < data.today ? 'PASSED' : 'UPCOMING';
    const r = RING.med + (week.council === 'H_MED' ? -12 : week.council === 'C_MED' ? 0 : 12);
    medGroup.append(wrap(marker(dayAngle(week.monday), r, status, `${week.text}, ${week.dateText}.`, week.label, 'square')));
  });
  svg.append(strategyGroup, budgetGroup, medGroup);
  // The centre: whose wheel it is, and today.
  svg.append(s('circle', { cx: 0, cy: 0, r: 88, fill: '#0b4f6c' }));
  svg.append(s('text', { x: 0, y: -14, 'text-anchor': 'middle', 'font-size': 15, 'font-weight': 700, fill: '#ffffff' }, String(data.year)));
  svg.append(s('text', { x: 0, y: 8, 'text-anchor': 'middle', 'font-size': 12, fill: '#ffffff' }, shorten(data.scope.name, 22)));
  svg.append(s('text', { x: 0, y: 30, 'text-anchor': 'middle', 'font-size': 12, fill: '#ffffff' }, `I dag ${data.todayText}`));
  return svg;
}

const wrap = node => { const g = s('g', { role: 'listitem' }); g.append(node); return g; };
const shorten = (text, n) => (text.length > n ? text.slice(0, n - 1) + '…' : text);

function query(year, place) {
  const params = new URLSearchParams({ year });
  if (place.kind === 'CENTRE') params.set('centre', place.id);
  if (place.kind === 'UNIT') params.set('unit', place.id);
  return params;
}

async function show(year, place, push) {
  const params = query(year, place);
  if (push) history.pushState({ year, place }, '', '?' + params);
  const api_params = new URLSearchParams(params); api_params.delete('year');
  let data;
  try {
    data = await api(`/api/wheel/${year}?${api_params}`);
  } catch (error) {
    showError(document.getElementById('wheel'), error);
    return;
  }
  render(data);
}

function render(data) {
  document.title = `Årshjul ${data.year} – ${data.scope.name}`;
  document.getElementById('title').textContent = `Årshjul ${data.year} – ${data.scope.name}`;
  document.getElementById('crumbs').replaceChildren(...data.path.map((place, i) => el('li', {},
    i === data.path.length - 1 ? el('span', { 'aria-current': 'location' }, place.name)
      : place.readable ? el('a', { href: '?' + query(data.year, place), onclick: e => { e.preventDefault(); show(data.year, place, true); } }, place.name)
        : place.name)));
  document.getElementById('year-nav').replaceChildren(...[
    el('button', { type: 'button', onclick: () => show(data.year - 1, data.scope, true) }, `‹ ${data.year - 1}`), ' ',
    el('button', { type: 'button', onclick: () => show(data.year + 1, data.scope, true) }, `${data.year + 1} ›`), ' ',
    data.scope.kind === 'UNIT' ? el('a', { class: 'button primary', href: `/aarshjul/enhed.html?unit=${encodeURIComponent(data.scope.id)}&year=${data.year}` }, 'Enhedens side') : null,
    data.cycleStarted ? null : el('p', { class: 'note' }, `Årets gang for ${data.year} er ikke startet endnu; hjulet viser kalenderen.`),
  ].filter(Boolean));
  document.getElementById('wheel').replaceChildren(drawWheel(data));
  renderParties(data);
  renderTasks(data);
  renderTable(data);
}

function renderParties(data) {
  const target = document.getElementById('parties');
  if (!data.statusShown) {
    target.replaceChildren(el('p', { class: 'note' }, 'Status for centre og enheder vises for deres ledere, direktører, Koncernledelsen og sekretariatet. Du ser årets kalender.'));
    return;
  }
  if (data.scope.kind === 'UNIT') {
    const late = data.tasks.filter(t => t.overdue).length;
    target.replaceChildren(el('p', {}, late ? statusBadge('OVERDUE', `– ${late} ${late === 1 ? 'opgave' : 'opgaver'} efter fristen`) : statusBadge('DONE', '– ingen opgaver efter fristen')));
    return;
  }
  if (!data.parties.length) {
    target.replaceChildren(el('p', { class: 'note' }, 'Ingen centre at vise.'));
    return;
  }
  const what = data.scope.kind === 'MUNICIPALITY' ? 'centrets' : 'enhedens';
  target.replaceChildren(el('ul', { class: 'parties' }, data.parties.map(p => {
    const words = p.overdue ? `Bagud: ${p.overdue} ${p.overdue === 1 ? 'forsinket opgave' : 'forsinkede opgaver'}`
      : p.open ? `${p.open} ${p.open === 1 ? 'åben opgave' : 'åbne opgaver'}, ingen forsinkede` : 'Intet udestående';
    const status = p.overdue ? 'OVERDUE' : p.open ? 'OPEN' : 'DONE';
    return el('li', {}, el('button', {
      type: 'button', 'aria-label': `${p.name}: ${words}. Vis ${what} årshjul.`,
      onclick: () => show(data.year, { kind: p.kind, id: p.id, name: p.name }, true),
    }, el('span', {}, p.name), el('span', { class: 'status ' + status }, `${STATUS[status].icon} ${words}`)));
  })));
}

function renderTasks(data) {
  const target = document.getElementById('tasks');
  if (!data.tasks.length) { target.replaceChildren(); return; }
  target.replaceChildren(el('table', {},
    el('caption', {}, data.scope.kind === 'UNIT' ? 'Enhedens åbne opgaver' : 'Centrets egne åbne opgaver'),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Opgave'), el('th', { scope: 'col' }, 'Frist'), el('th', { scope: 'col' }, 'Status'))),
    el('tbody', {}, data.tasks.map(t => el('tr', {},
      el('td', {}, el('a', { href: t.link }, t.name)), el('td', {}, t.dueText),
      el('td', {}, statusBadge(t.overdue ? 'OVERDUE' : 'OPEN')))))));
}

function renderTable(data) {
  const rows = [
    ...data.phases.map(p => ({ date: p.first, dateText: p.period, track: 'Kvartal', label: p.label, status: p.status, open: p.open, overdue: p.overdue })),
    ...data.strategy.map(i => ({ ...i })),
    ...data.budget.map(i => ({ ...i })),
  ].sort((a, b) => a.date.localeCompare(b.date));
  const table = el('table', {},
    el('caption', {}, `Kvartaler, frister og budgetmilepæle ${data.year} – ${data.scope.name}`),
    el('thead', {}, el('tr', {}, ['Dato', 'Spor', 'Hvad', 'Status', 'Åbne opgaver', 'Forsinkede'].map((h, i) =>
      el('th', { scope: 'col', class: i > 3 ? 'num' : null }, h)))),
    el('tbody', {}, rows.map(r => el('tr', {}, el('td', {}, r.dateText), el('td', {}, r.track), el('td', {}, r.label),
      el('td', {}, statusBadge(r.status)), el('td', { class: 'num' }, r.open), el('td', { class: 'num' }, r.overdue)))));
  const med = data.medPublished
    ? el('table', {}, el('caption', {}, 'MED-møder'),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Uge'), el('th', { scope: 'col' }, 'Datoer'), el('th', { scope: 'col' }, 'Møde'))),
      el('tbody', {}, data.med.map(w => el('tr', {}, el('td', {}, `uge ${w.week}`), el('td', {}, w.dateText), el('td', {}, w.text)))))
    : el('p', { class: 'note' }, `MED-planen for ${data.year} er ikke offentliggjort endnu.`);
  document.getElementById('table').replaceChildren(table, med);
}

const me = await start('wheel');
const params = new URLSearchParams(location.search);
const year = Number(params.get('year')) || me.year;
const place = params.get('unit') ? { kind: 'UNIT', id: params.get('unit') }
  : params.get('centre') ? { kind: 'CENTRE', id: params.get('centre') } : me.home;
window.addEventListener('popstate', e => { if (e.state) show(e.state.year, e.state.place, false); });
history.replaceState({ year, place }, '', '?' + query(year, place));
show(year, place, false);
