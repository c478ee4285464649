// The Standing Committee's dashboard: every figure comes from /api/reports with the reader's token.
'use strict';

const Api = {
  token() { return sessionStorage.getItem('token'); },
  async get(path) {
    const response = await fetch(path, { headers: { Authorization: `Bearer ${this.token()}` } });
    if (response.status === 401) { signOut(); throw new Error('unauthorized'); }
    if (!response.ok) { throw new Error(`${path}: ${response.status}`); }
    return response.json();
  },
  /** Downloads an export with the token (a plain link could not carry it) under the server's file name. */
  async download(path) {
    const response = await fetch(path, { headers: { Authorization: `Bearer ${this.token()}` } });
    if (!response.ok) { throw new Error(`${path}: ${response.status}`); }
    const name = (response.headers.get('Content-Disposition') || '').match(/filename="([^"]+)"/)?.[1] || 'export';
    const link = document.createElement('a');
    link.href = URL.createObjectURL(await response.blob());
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
  }
};

const charts = {};
const $ = id => document.getElementById(id);

function show(pageId) {
  for (const id of ['signIn', 'overviewPage', 'rotationPage']) { $(id).hidden = id !== pageId; }
  $('signOut').hidden = pageId === 'signIn';
}

function signOut() {
  sessionStorage.removeItem('token');
  show('signIn');
}

async function signIn() {
  sessionStorage.setItem('token', $('token').value.trim());
  try {
    await Api.get('/api/reports/programme');
    $('signInError').textContent = '';
    route();
  } catch (e) {
    sessionStorage.removeItem('token');
    $('signInError').textContent = I18n.t('signInFailed');
  }
}

function query(extra = {}) {
  const params = new URLSearchParams();
  const values = { province: $('province').value, from: $('from').value, to: $('to').value, ...extra };
  Object.entries(values).forEach(([k, v]) => { if (v) { params.set(k, v); } });
  return params.toString();
}

function table(id, headers, rows) {
  const el = $(id);
  el.innerHTML = '';
  const head = el.createTHead().insertRow();
  headers.forEach(h => { const th = document.createElement('th'); th.textContent = h; head.appendChild(th); });
  const body = el.createTBody();
  rows.forEach(row => {
    const tr = body.insertRow();
    row.forEach(cell => {
      const td = tr.insertCell();
      if (cell instanceof Node) { td.appendChild(cell); } else { td.textContent = cell ?? ''; }
      if (typeof cell === 'number') { td.className = 'number'; }
    });
  });
}

function chart(id, type, labels, data) {
  charts[id]?.destroy();
  charts[id] = new Chart($(id), {
    type,
    data: { labels, datasets: [{ data, backgroundColor: ['#a50e0e', '#e0a030', '#2b6cb0', '#38a169', '#805ad5', '#718096'] }] },
    options: { animation: false, plugins: { legend: { display: type !== 'bar' } } }
  });
}

let provinces = null;

/**
 * The province filter from the reference data: the provinces in force, then those merged or renamed since,
 * whose records keep their own codes (Hà Giang's are HG, not Tuyên Quang's TQ).
 */
async function provinceOptions() {
  provinces ??= await Api.get('/api/reference/provinces');
  const select = $('province');
  const chosen = select.value;
  const current = provinces.filter(p => !p.validTo);
  const currentCodes = new Set(current.map(p => p.code));
  const group = (label, list) => {
    const optgroup = document.createElement('optgroup');
    optgroup.label = I18n.t(label);
    list.forEach(p => optgroup.appendChild(new Option(p.shortName, p.code)));
    return optgroup;
  };
  select.replaceChildren(select.options[0], group('provincesNow', current),
    group('provincesFormer', provinces.filter(p => !currentCodes.has(p.code))));
  select.value = chosen;
}

async function overview() {
  show('overviewPage');
  await provinceOptions();
  const province = $('province').value;
  const stats = await Api.get(`/api/reports/programme?${query()}`);
  $('rotations').textContent = stats.rotations;
  $('active').textContent = stats.byStatus.ACTIVE ?? 0;
  $('completed').textContent = stats.byStatus.COMPLETED ?? 0;
  $('endedEarly').textContent = stats.byStatus.ENDED_EARLY ?? 0;
  $('overdue').textContent = stats.overdue;
  $('crossingBlocs').textContent = stats.crossingBlocs;
  const movements = ['DOWNWARD', 'UPWARD', 'BETWEEN_LOCALITIES', 'BETWEEN_BODIES'];
  chart('directionsChart', 'bar', movements.map(m => I18n.t(m)), movements.map(m => stats.byMovement[m] ?? 0));
  const statuses = ['ACTIVE', 'COMPLETED', 'ENDED_EARLY'];
  chart('statusChart', 'doughnut', [...statuses.map(s => I18n.t(s)), I18n.t('overdue')],
    [...statuses.map(s => stats.byStatus[s] ?? 0), stats.overdue]);
  const outcomes = ['IMPROVED', 'HELD', 'FELL', 'UNKNOWN'];
  chart('outcomesChart', 'bar', outcomes.map(o => I18n.t(o)), outcomes.map(o => stats.outcomes[o] ?? 0));
  chart('blocsChart', 'doughnut', [I18n.t('crossBlocs'), I18n.t('sameBloc')],
    [stats.crossingBlocs, stats.rotations - stats.crossingBlocs]);

  table('programmeTable', [I18n.t('figure'), I18n.t('count')], [
    [I18n.t('rotations'), stats.rotations], [I18n.t('notStarted'), stats.notStarted],
    [I18n.t('CANCELLED'), stats.cancelled],
    ...Object.entries(stats.byKind).map(([kind, n]) => [I18n.t(kind), n]),
    ...movements.map(m => [I18n.t(m), stats.byMovement[m] ?? 0]),
    [I18n.t('crossingBlocs'), stats.crossingBlocs],
    ...statuses.map(s => [I18n.t(s), stats.byStatus[s] ?? 0]),
    [I18n.t('overdue'), stats.overdue], [I18n.t('endedBeforeMinimum'), stats.endedBeforeMinimum],
    ...outcomes.map(o => [I18n.t(o), stats.outcomes[o] ?? 0]),
    ...Object.entries(stats.destinations).map(([level, n]) => [`${I18n.t('toUnit')}: ${I18n.t(level)}`, n])
  ]);

  if (province) {
    const asOf = $('asOf').value;
    const pool = await Api.get(`/api/reports/pool?province=${province}${asOf ? `&asOf=${asOf}` : ''}`);
    const share = s => [s.count, I18n.percent(s.percent)];
    table('poolTable', [I18n.t('figure'), I18n.t('count'), I18n.t('share')], [
      [I18n.t('total'), pool.total, I18n.percent('100.0')],
      ...Object.entries(pool.byLevel).map(([level, n]) => [I18n.t(level), n, '']),
      [I18n.t('universityOrHigher'), ...share(pool.universityOrHigher)],
      [I18n.t('advancedOrIntermediateTheory'), ...share(pool.advancedOrIntermediateTheory)],
      [I18n.t('women'), ...share(pool.women)], [I18n.t('under35'), ...share(pool.under35)]
    ]);
  } else {
    table('poolTable', [I18n.t('figure')], [[I18n.t('province')]]);
  }
  const asOfPosts = $('asOf').value;
  const keyPosts = await Api.get(`/api/reports/key-posts?${query({ from: '', to: '', asOf: asOfPosts })}`);
  table('keyPostsTable', [I18n.t('province'), I18n.t('post'), I18n.t('held'), I18n.t('nonNatives'), I18n.t('share')],
    keyPosts.map(k => [k.province, k.post, k.held, k.nonNatives.count, I18n.percent(k.nonNatives.percent)]));
  await rotationList();
}

async function rotationList() {
  const filters = new URLSearchParams();
  if ($('province').value) { filters.set('province', $('province').value); }
  if ($('statusFilter').value) { filters.set('status', $('statusFilter').value); }
  if ($('movementFilter').value) { filters.set('movement', $('movementFilter').value); }
  const rotations = await Api.get(`/api/reports/rotations?${filters}`);
  table('rotationsTable', [I18n.t('cadre'), I18n.t('fromUnit'), I18n.t('toUnit'), I18n.t('direction'),
    I18n.t('start'), I18n.t('plannedEnd'), I18n.t('status'), ''], rotations.map(r => {
    const link = document.createElement('a');
    link.href = `#/rotation/${r.rotationId}`;
    link.className = 'rotation-link';
    link.dataset.rotationId = r.rotationId;
    link.textContent = I18n.t('open');
    return [r.cadreName, r.fromUnitName, r.toUnitName, I18n.t(r.movement), I18n.date(r.actualStart || r.plannedStart),
      I18n.date(r.plannedEnd), I18n.t(r.status), link];
  }));
}

/** One evaluation, saying whose it is: "before" may be the sending unit's or the deciding level's. */
function evaluationBlock(evaluation, label) {
  const div = document.createElement('div');
  div.className = 'evaluation';
  if (evaluation) {
    div.dataset.evaluatorRole = evaluation.evaluatorRole;
  }
  div.textContent = evaluation
    ? `${label ? label + ': ' : ''}${I18n.t(evaluation.evaluatorRole)}, `
      + `${I18n.date(evaluation.periodStart)} – ${I18n.date(evaluation.periodEnd)}: `
      + `${evaluation.totalScore} ${I18n.t('points')}, ${I18n.classification(evaluation.classification)}`
    : I18n.t('noEvaluation');
  return div;
}

async function rotationPage(id) {
  show('rotationPage');
  const a = await Api.get(`/api/reports/rotations/${id}`);
  const r = a.rotation;
  $('rotationTitle').textContent = `${I18n.t('rotationOf')} ${r.cadreName ?? ''}`;
  $('rotationSummary').textContent = `${r.fromUnitName ?? ''} (${r.fromPost ?? ''}) → ${r.toUnitName ?? ''} `
    + `(${r.toPost ?? ''}) · ${I18n.t(r.movement)} · ${I18n.date(r.actualStart || r.plannedStart)} – `
    + `${I18n.date(r.actualEnd || r.plannedEnd)} · ${I18n.t(r.status)}`;
  $('phaseBefore').replaceChildren(evaluationBlock(a.before));
  $('phaseDuring').replaceChildren(...(a.during.length ? a.during.map(e => evaluationBlock(e,
    a.endReview && e.evaluationId === a.endReview.evaluationId ? I18n.t('endReview') : '')) : [evaluationBlock(null)]));
  $('phaseAfter').replaceChildren(evaluationBlock(a.after));
  $('change').textContent = a.change
    ? `${I18n.t('change')}: ${a.change.totalScoreChange > 0 ? '+' : ''}${a.change.totalScoreChange} ${I18n.t('points')}, `
      + `${I18n.classification(a.change.classBefore)} → ${I18n.classification(a.change.classAfter)} `
      + `(${I18n.t(a.change.outcome)})`
    : '';
  table('indicatorsTable', [I18n.t('indicator'), I18n.t('before'), I18n.t('after')],
    a.indicators.map(i => [`${i.name} (${i.unit})`, I18n.percent(i.before ?? ''), I18n.percent(i.after ?? '')]));
}

function exportButtons() {
  document.querySelectorAll('.exports').forEach(div => {
    div.replaceChildren(...['xlsx', 'csv'].map(format => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = `export-${format}`;
      button.textContent = I18n.t(format === 'xlsx' ? 'excel' : 'csv');
      button.onclick = () => Api.download(`/api/reports/export/${div.dataset.table}.${format}?`
        + `${query({ asOf: $('asOf').value, lang: I18n.language })}`);
      return button;
    }));
  });
}

/** Says which read models are being rebuilt, and how far, while the tables show the previous version. */
async function replayBanner() {
  if (!Api.token()) { return; }
  try {
    const replays = await Api.get('/api/replays');
    const number = n => Math.round(n).toLocaleString(I18n.language === 'vi' ? 'vi-VN' : 'en-US');
    $('replayBanner').hidden = replays.length === 0;
    $('replayBanner').textContent = replays.map(r => I18n.t('replaying')
      .replace('{processor}', I18n.t(r.processor)).replace('{percent}', I18n.percent(r.percent))
      .replace('{done}', number(r.done)).replace('{total}', number(r.total)).replace('{rate}', number(r.rate))
      .replace('{eta}', r.etaSeconds ?? '?')).join(' ');
  } catch (e) {
    console.warn(e);
  }
}

function route() {
  if (!Api.token()) { show('signIn'); return; }
  const rotation = location.hash.match(/^#\/rotation\/(.+)$/);
  (rotation ? rotationPage(rotation[1]) : overview()).catch(e => console.error(e));
}

document.addEventListener('DOMContentLoaded', () => {
  I18n.apply();
  exportButtons();
  $('signInButton').onclick = signIn;
  $('signOut').onclick = signOut;
  $('language').onclick = () => { I18n.toggle(); I18n.apply(); exportButtons(); route(); };
  $('filters').onsubmit = e => { e.preventDefault(); overview(); };
  $('statusFilter').onchange = rotationList;
  $('movementFilter').onchange = rotationList;
  window.addEventListener('hashchange', route);
  route();
  setInterval(replayBanner, 2000);
});
