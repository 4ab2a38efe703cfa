// The decisions follow-up list (filters: status, overdue, owner organization, district, kind; by due date; paged),
// and the minutes waiting for approval (the dashboard's other figure).
import { h, replace } from '../dom.js';
import { t, pick } from '../i18n.js';
import { query } from '../graphql.js';
import { can } from '../auth.js';
import { pageHeader, field, districtSelect, enumSelect, combobox, loading, empty, errorBox, badge, pagedList } from '../ui.js';
import { day, preciseDate } from '../format.js';
import { awaitingPage } from './dashboard.js';

export function decisionRow(d) {
  return h('li', { class: d.isOverdue ? 'row-card overdue' : 'row-card', 'data-decision-id': d.id },
    h('h3', null, h('a', { href: `#/decisions/${encodeURIComponent(d.id)}` }, d.text)),
    h('p', { class: 'meta' }, badge('OutcomeKind', d.kind),
      d.status ? [' ', badge('DecisionStatus', d.status)] : [' ', h('span', { class: 'badge' }, t('decisions.statusUnknown'))],
      d.dueDate ? [' · ', t('decision.due', { date: day(d.dueDate) })] : null,
      d.isOverdue ? [' · ', h('strong', { class: 'warn-text' }, t('decision.overdue'))] : null),
    d.owners.length ? h('p', { class: 'meta' }, t('decision.ownersList', { names: d.owners.map((o) => pick(o)).join('، ') })) : null,
    d.meeting ? h('p', { class: 'meta' }, t('decisions.fromMeeting'), ' ', h('a', { href: `#/meetings/${encodeURIComponent(d.meeting.id)}` }, pick(d.meeting, 'title'))) : null);
}

// The meetings whose minutes await approval, as the server filters and counts them, a page at a time.
async function minutesAwaiting(ctx, district, body) {
  const conn = await awaitingPage(district);
  if (!conn?.nodes.length) {
    replace(body, empty(t('decisions.noMinutes')));
    return;
  }
  const list = h('ul', { class: 'row-list', 'aria-labelledby': 'awaiting-h' });
  const row = (m) => h('li', { class: 'row-card' },
    h('h3', null, h('a', { href: `#/meetings/${encodeURIComponent(m.id)}/minutes` }, pick(m, 'title'))),
    h('p', { class: 'meta' }, preciseDate(m.startsAt, m.startsAtPrecision), ' · ',
      m.minutes.filter((x) => x.status === 'DRAFT').map((x) => t('minutes.revisionN', { n: x.revision })).join('، ')));
  const { status, pager } = pagedList(conn, { list, row, more: (after) => awaitingPage(district, after), announce: ctx.announce, describedBy: 'awaiting-h' });
  replace(body, status, list, pager);
}

export default async function decisions(ctx) {
  const p = ctx.params;
  const state = {
    district: p.get('district') ?? '', status: p.get('status') ?? '', kind: p.get('kind') ?? '', overdue: p.get('overdue') ?? '',
    open: p.get('open') ?? '', owner: p.get('owner') ?? '', ownerName: p.get('ownerName') ?? '', after: p.get('after') ?? '',
  };
  const body = h('div', null, loading());
  if (p.get('view') === 'minutes') {
    const select = districtSelect({ value: state.district, name: 'district' });
    select.addEventListener('change', () => ctx.setParams({ district: select.value }));
    // The view's title names its list and the list's "more" button.
    const header = pageHeader(t('dashboard.minutesAwaiting'));
    header.querySelector('h1').id = 'awaiting-h';
    const root = h('section', { 'data-view': 'minutes-awaiting', class: 'view' }, header,
      h('p', null, h('a', { href: '#/decisions' }, t('decisions.title'))),
      h('div', { class: 'filters' }, field(t('filter.district'), select)), body);
    try { await minutesAwaiting(ctx, state.district, body); } catch (e) { replace(body, errorBox(e, ctx.rerender)); }
    return root;
  }

  const ds = districtSelect({ value: state.district, name: 'district' });
  const st = enumSelect('DecisionStatus', { value: state.status, blank: t('filter.all'), name: 'status' });
  const kd = enumSelect('OutcomeKind', { value: state.kind, blank: t('filter.all'), name: 'kind' });
  const owner = combobox({ kind: 'organization', label: t('decisions.owner'), name: 'owner', value: state.owner ? { id: state.owner, name: state.ownerName } : null });
  const overdue = h('input', { type: 'checkbox', id: 'decisions-overdue', checked: state.overdue === '1' });
  const open = h('input', { type: 'checkbox', id: 'decisions-open', checked: state.open === '1' });
  const form = h('form', { class: 'filters', role: 'search', 'aria-label': t('decisions.filters') },
    field(t('filter.status'), st), field(t('decisions.kind'), kd), field(t('filter.district'), ds), owner.element,
    h('label', { for: 'decisions-overdue', class: 'check' }, overdue, ` ${t('decisions.overdueOnly')}`),
    h('label', { for: 'decisions-open', class: 'check' }, open, ` ${t('decisions.openOnly')}`),
    h('div', { class: 'filter-actions' }, h('button', { type: 'submit', class: 'primary' }, t('action.search'))));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const o = owner.input.value.trim() ? owner.value : null;
    ctx.navigate('/decisions', {
      district: ds.value, status: st.value, kind: kd.value, overdue: overdue.checked ? '1' : '', open: open.checked ? '1' : '',
      owner: o?.id ?? '', ownerName: o ? pick(o) : '',
    });
  });
  const root = h('section', { 'data-view': 'decisions', class: 'view' },
    pageHeader(t('decisions.title')),
    can.edit() ? h('p', null, h('a', { href: `#/decisions?${new URLSearchParams({ view: 'minutes', ...(state.district ? { district: state.district } : {}) })}` }, t('dashboard.minutesAwaiting'))) : null,
    form, body);

  const and = [];
  if (state.status) and.push({ status: { eq: state.status } });
  if (state.kind) and.push({ kind: { eq: state.kind } });
  try {
    const data = await query('Decisions', {
      where: and.length ? { and } : null,
      overdue: state.overdue === '1' ? true : null,
      open: state.open === '1' ? true : null,
      ownerOrganizationId: state.owner || null,
      districtNumber: state.district ? Number(state.district) : null,
      first: 20,
      after: state.after || null,
    });
    const conn = data.decisions;
    const nodes = conn?.nodes ?? [];
    replace(body,
      h('p', { class: 'count', role: 'status' }, t('decisions.count', { count: conn?.totalCount ?? 0 })),
      nodes.length ? h('ul', { class: 'row-list', 'aria-label': t('decisions.title') }, nodes.map(decisionRow)) : empty(state.overdue === '1' ? t('decisions.none') : t('decisions.empty')),
      conn?.pageInfo?.hasNextPage ? h('div', { class: 'pager' }, h('button', { type: 'button', class: 'primary', onclick: () => ctx.setParams({ after: conn.pageInfo.endCursor }) }, t('paging.more'))) : null);
  } catch (e) {
    replace(body, errorBox(e, ctx.rerender));
  }
  return root;
}
