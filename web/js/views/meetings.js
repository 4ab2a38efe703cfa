import { h, replace } from '../dom.js';
import { t, pick, enumLabel } from '../i18n.js';
import { query } from '../graphql.js';
import { can } from '../auth.js';
import { pageHeader, field, input, enumSelect, districtSelect, loading, empty, errorBox, badge } from '../ui.js';
import { fromLocalInput, preciseDate } from '../format.js';

const SORTS = {
  newest: [{ startsAt: 'DESC' }, { id: 'DESC' }],
  oldest: [{ startsAt: 'ASC' }, { id: 'ASC' }],
  title: [{ title: 'ASC' }, { id: 'ASC' }],
};

function dayStart(value) {
  return value ? fromLocalInput(`${value}T00:00`) : null;
}

export function meetingWhere({ q, kind, status, from, to }) {
  const and = [];
  if (q) and.push({ or: [{ title: { contains: q } }, { summary: { contains: q } }, { titleEn: { contains: q } }] });
  if (kind) and.push({ kind: { eq: kind } });
  if (status) and.push({ status: { eq: status } });
  if (from) and.push({ startsAt: { gte: dayStart(from) } });
  if (to) and.push({ startsAt: { lt: new Date(new Date(dayStart(to)).getTime() + 86400000).toISOString() } });
  return and.length ? { and } : null;
}

export function meetingRow(m) {
  return h('li', { class: 'row-card' },
    h('h3', null, h('a', { href: `#/meetings/${encodeURIComponent(m.id)}` }, pick(m, 'title'))),
    h('p', { class: 'meta' },
      badge('MeetingKind', m.kind), ' ', badge('MeetingStatus', m.status), ' ',
      m.startsAt ? h('time', { datetime: m.startsAt }, preciseDate(m.startsAt, m.startsAtPrecision)) : h('span', { class: 'meta' }, t('meeting.dateUnknown')),
      m.districts?.length ? [' · ', m.districts.map((d) => t('district.numbered', { number: d.number })).join('، ')] : null,
      m.hostOrganization ? [' · ', pick(m.hostOrganization)] : null));
}

export default async function meetings(ctx) {
  const p = ctx.params;
  const state = {
    q: p.get('q') ?? '', district: p.get('district') ?? '', kind: p.get('kind') ?? '', status: p.get('status') ?? '',
    from: p.get('from') ?? '', to: p.get('to') ?? '', sort: SORTS[p.get('sort')] ? p.get('sort') : 'newest', after: p.get('after') ?? '',
    first: Math.min(50, Math.max(1, Number(p.get('first')) || 20)),
  };

  const q = input({ type: 'search', name: 'q', value: state.q });
  const district = districtSelect({ value: state.district, name: 'district' });
  const kind = enumSelect('MeetingKind', { value: state.kind, blank: t('filter.all'), name: 'kind' });
  const status = enumSelect('MeetingStatus', { value: state.status, blank: t('filter.all'), name: 'status' });
  const from = input({ type: 'date', name: 'from', value: state.from });
  const to = input({ type: 'date', name: 'to', value: state.to });
  const sort = h('select', { name: 'sort' }, Object.keys(SORTS).map((k) => h('option', { value: k, selected: k === state.sort }, t(`sort.${k}`))));

  // On a phone the filters beyond the search fold away (open when one is set).
  const anySet = state.district || state.kind || state.status || state.from || state.to || state.sort !== 'newest';
  const more = h('details', { class: 'more-filters', open: anySet || matchMedia('(min-width: 40rem)').matches },
    h('summary', null, t('meetings.moreFilters')),
    h('div', { class: 'filters-inner' },
      field(t('filter.district'), district),
      field(t('filter.kind'), kind),
      field(t('filter.status'), status),
      field(t('filter.from'), from),
      field(t('filter.to'), to),
      field(t('filter.sort'), sort)));
  const form = h('form', { class: 'filters', role: 'search', 'aria-label': t('meetings.filters') },
    field(t('meetings.search'), q, { hint: t('meetings.searchHint') }),
    more,
    h('div', { class: 'filter-actions' },
      h('button', { type: 'submit', class: 'primary' }, t('action.search')),
      h('a', { href: '#/meetings', class: 'button secondary' }, t('action.clearFilters'))));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    ctx.navigate('/meetings', {
      q: q.value.trim(), district: district.value, kind: kind.value, status: status.value, from: from.value, to: to.value,
      sort: sort.value === 'newest' ? '' : sort.value, first: p.get('first') ?? '',
    });
  });

  const results = h('div', { class: 'results', 'aria-live': 'polite' }, loading());
  const root = h('section', { 'data-view': 'meetings', class: 'view' },
    pageHeader(t('meetings.title'), can.edit() ? h('a', { href: '#/meetings/new', class: 'button primary' }, t('meetings.new')) : null),
    form, results);

  try {
    // A district's meetings come from the district's own connection, filtered, sorted and paged by the server as the
    // root list is (the root meetings filter has no district).
    const variables = { where: meetingWhere(state), order: SORTS[state.sort], first: state.first, after: state.after || null };
    const conn = state.district
      ? (await query('DistrictMeetings', { ...variables, number: Number(state.district) })).district?.meetings
      : (await query('Meetings', variables)).meetings;
    const nodes = conn?.nodes ?? [];
    const total = conn?.totalCount ?? 0;
    const pageInfo = conn?.pageInfo;
    replace(results,
      h('p', { class: 'count', role: 'status' }, t('meetings.count', { count: total })),
      nodes.length ? h('ul', { class: 'row-list', 'aria-label': t('meetings.title') }, nodes.map(meetingRow)) : empty(t('meetings.empty')),
      h('div', { class: 'pager' },
        state.after ? h('a', { class: 'button secondary', href: `#/meetings?${new URLSearchParams(Object.entries({ ...state, after: '', first: p.get('first') ?? '' }).filter(([, v]) => v && v !== 'newest')).toString()}` }, t('paging.first')) : null,
        pageInfo?.hasNextPage ? h('button', { type: 'button', class: 'primary', onclick: () => ctx.setParams({ after: pageInfo.endCursor }) }, t('paging.more')) : null));
  } catch (e) {
    replace(results, errorBox(e, ctx.rerender));
  }
  return root;
}
