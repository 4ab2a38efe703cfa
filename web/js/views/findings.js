import { h, replace } from '../dom.js';
import { t } from '../i18n.js';
import { query } from '../graphql.js';
import { me } from '../auth.js';
import { pageHeader, field, enumSelect, districtSelect, empty, errorBox, loading } from '../ui.js';
import { findingRow } from './inspection.js';
import { liveStatus } from '../app.js';

const OPEN = ['FILED', 'UNDER_REVIEW', 'REFERRED'];

export default async function findings(ctx) {
  const p = ctx.params;
  const state = { district: p.get('district') ?? '', severity: p.get('severity') ?? '', status: p.get('status') ?? '', open: p.get('open') ?? '', after: p.get('after') ?? '' };
  const ds = districtSelect({ value: state.district, name: 'district' });
  const sev = enumSelect('FindingSeverity', { value: state.severity, blank: t('filter.all'), name: 'severity' });
  const st = enumSelect('FindingStatus', { value: state.status, blank: t('filter.all'), name: 'status' });
  const open = h('input', { type: 'checkbox', id: 'findings-open', checked: state.open === '1' });
  const form = h('form', { class: 'filters', role: 'search', 'aria-label': t('findings.filters') },
    field(t('filter.district'), ds), field(t('finding.severity'), sev), field(t('filter.status'), st),
    h('label', { for: 'findings-open', class: 'check' }, open, ` ${t('findings.openOnly')}`),
    h('div', { class: 'filter-actions' }, h('button', { type: 'submit', class: 'primary' }, t('action.search'))));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    ctx.navigate('/findings', { district: ds.value, severity: sev.value, status: st.value, open: open.checked ? '1' : '' });
  });
  const own = (me()?.organization ?? me()?.person?.organization)?.district?.number;
  const liveNote = h('p', { class: 'live-status' }, state.district ? t('findings.liveDistrict', { number: Number(state.district) })
    : own ? t('findings.liveDistrict', { number: own }) : t('findings.liveAll'));
  const liveState = h('span', { class: 'live-state' });
  const showState = (s) => { liveState.textContent = ` ${s === 'open' ? t('findings.liveOn') : t('findings.liveOff')}`; };
  showState(liveStatus);
  const onState = (ev) => showState(ev.detail);
  window.addEventListener('hh:live-status', onState);
  ctx.onLeave(() => window.removeEventListener('hh:live-status', onState));
  liveNote.append(liveState);
  const results = h('div', null, loading());
  const root = h('section', { 'data-view': 'findings', class: 'view' }, pageHeader(t('nav.findings')), form, liveNote, results);

  const and = [];
  if (state.district) and.push({ inspection: { district: { number: { eq: Number(state.district) } } } });
  if (state.severity) and.push({ severity: { eq: state.severity } });
  if (state.status) and.push({ status: { eq: state.status } });
  if (state.open === '1') and.push({ status: { in: OPEN } });
  try {
    const data = await query('Findings', { where: and.length ? { and } : null, first: 20, after: state.after || null });
    const conn = data.findings;
    const list = h('ul', { class: 'row-list', 'aria-label': t('nav.findings') }, (conn?.nodes ?? []).map((f) => findingRow(f)));
    const emptyNote = empty(t('findings.empty'));
    emptyNote.hidden = !!conn?.nodes?.length;
    const countEl = h('p', { class: 'count', role: 'status' }, t('findings.count', { count: conn?.totalCount ?? 0 }));
    let total = conn?.totalCount ?? 0;
    replace(results, countEl, list, emptyNote,
      conn?.pageInfo?.hasNextPage ? h('div', { class: 'pager' }, h('button', { type: 'button', class: 'primary', onclick: () => ctx.setParams({ after: conn.pageInfo.endCursor }) }, t('paging.more'))) : null);
    const onFinding = (ev) => {
      const f = ev.detail;
      if (state.after || list.querySelector(`[data-finding-id="${CSS.escape(f.id)}"]`)) return;
      if (state.district && String(f.inspection?.district?.number) !== state.district) return;
      if (state.severity && f.severity !== state.severity) return;
      if (state.status && f.status !== state.status) return;
      list.prepend(findingRow(f, true));
      emptyNote.hidden = true;
      total += 1;
      countEl.textContent = t('findings.count', { count: total });
    };
    window.addEventListener('hh:finding-filed', onFinding);
    ctx.onLeave(() => window.removeEventListener('hh:finding-filed', onFinding));
  } catch (e) {
    replace(results, errorBox(e, ctx.rerender));
  }
  return root;
}
