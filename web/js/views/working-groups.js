import { h, replace } from '../dom.js';
import { t, pick } from '../i18n.js';
import { query } from '../graphql.js';
import { pageHeader, field, input, enumSelect, empty, badge, errorBox, loading } from '../ui.js';
import { num } from '../format.js';

export default async function workingGroups(ctx) {
  const q = ctx.params.get('q') ?? '';
  const status = ctx.params.get('status') ?? '';
  const after = ctx.params.get('after') ?? '';
  const qi = input({ type: 'search', value: q, name: 'q' });
  const st = enumSelect('WorkingGroupStatus', { value: status, blank: t('filter.all'), name: 'status' });
  const form = h('form', { class: 'filters', role: 'search', 'aria-label': t('workingGroups.filters') },
    field(t('workingGroups.search'), qi), field(t('filter.status'), st),
    h('div', { class: 'filter-actions' }, h('button', { type: 'submit', class: 'primary' }, t('action.search'))));
  form.addEventListener('submit', (ev) => { ev.preventDefault(); ctx.navigate('/working-groups', { q: qi.value.trim(), status: st.value }); });
  const results = h('div', null, loading());
  const root = h('section', { 'data-view': 'working-groups', class: 'view' },
    pageHeader(t('nav.workingGroups')), h('p', { class: 'hint' }, t('workingGroups.formHint')), form, results);
  const and = [];
  if (q) and.push({ or: [{ name: { contains: q } }, { specialty: { contains: q } }, { nameEn: { contains: q } }] });
  if (status) and.push({ status: { eq: status } });
  try {
    const data = await query('WorkingGroups', { where: and.length ? { and } : null, first: 20, after: after || null });
    const conn = data.workingGroups;
    replace(results,
      h('p', { class: 'count', role: 'status' }, t('workingGroups.count', { count: conn?.totalCount ?? 0 })),
      conn?.nodes?.length ? h('ul', { class: 'row-list' }, conn.nodes.map((g) => h('li', { class: 'row-card' },
        h('h3', null, h('a', { href: `#/working-groups/${encodeURIComponent(g.id)}` }, pick(g))),
        h('p', { class: 'meta' }, badge('WorkingGroupStatus', g.status),
          g.district ? [' · ', t('district.numbered', { number: g.district.number })] : null,
          g.partnerOrganization ? [' · ', pick(g.partnerOrganization)] : null,
          ' · ', t('workingGroups.memberCount', { count: g.members.length })),
        g.specialty ? h('p', { class: 'meta' }, g.specialty) : null))) : empty(t('workingGroups.empty')),
      conn?.pageInfo?.hasNextPage ? h('div', { class: 'pager' }, h('button', { type: 'button', class: 'primary', onclick: () => ctx.setParams({ after: conn.pageInfo.endCursor }) }, t('paging.more'))) : null);
  } catch (e) {
    replace(results, errorBox(e, ctx.rerender));
  }
  return root;
}
