import { h, replace } from '../dom.js';
import { t, pick } from '../i18n.js';
import { query } from '../graphql.js';
import { can } from '../auth.js';
import { pageHeader, field, enumSelect, districtSelect, empty, badge, errorBox, loading } from '../ui.js';
import { preciseDate } from '../format.js';

export default async function inspections(ctx) {
  const district = ctx.params.get('district') ?? '';
  const status = ctx.params.get('status') ?? '';
  const after = ctx.params.get('after') ?? '';
  const ds = districtSelect({ value: district, name: 'district' });
  const st = enumSelect('InspectionStatus', { value: status, blank: t('filter.all'), name: 'status' });
  const form = h('form', { class: 'filters', role: 'search', 'aria-label': t('inspections.filters') },
    field(t('filter.district'), ds), field(t('filter.status'), st),
    h('div', { class: 'filter-actions' }, h('button', { type: 'submit', class: 'primary' }, t('action.search'))));
  form.addEventListener('submit', (ev) => { ev.preventDefault(); ctx.navigate('/inspections', { district: ds.value, status: st.value }); });
  const results = h('div', null, loading());
  const root = h('section', { 'data-view': 'inspections', class: 'view' },
    pageHeader(t('nav.inspections'), can.inspect() ? h('a', { href: '#/inspections/new', class: 'button primary' }, t('inspection.schedule')) : null),
    form, results);
  const and = [];
  if (district) and.push({ district: { number: { eq: Number(district) } } });
  if (status) and.push({ status: { eq: status } });
  try {
    const data = await query('Inspections', { where: and.length ? { and } : null, first: 20, after: after || null });
    const conn = data.inspections;
    replace(results,
      h('p', { class: 'count', role: 'status' }, t('inspections.count', { count: conn?.totalCount ?? 0 })),
      conn?.nodes?.length ? h('ul', { class: 'row-list' }, conn.nodes.map((i) => h('li', { class: 'row-card' },
        h('h3', null, h('a', { href: `#/inspections/${encodeURIComponent(i.id)}` }, i.title)),
        h('p', { class: 'meta' }, badge('InspectionKind', i.kind), ' ', badge('InspectionStatus', i.status), ' · ',
          h('time', { datetime: i.plannedAt }, preciseDate(i.plannedAt, i.plannedAtPrecision)),
          i.district ? [' · ', t('district.numbered', { number: i.district.number })] : null,
          i.inspectingOrganization ? [' · ', pick(i.inspectingOrganization)] : null),
        i.inspectedOrganization || i.inspectedSite ? h('p', { class: 'meta' }, t('inspection.target'), ': ', [pick(i.inspectedOrganization), pick(i.inspectedSite)].filter(Boolean).join(' — ')) : null))) : empty(t('inspections.empty')),
      conn?.pageInfo?.hasNextPage ? h('div', { class: 'pager' }, h('button', { type: 'button', class: 'primary', onclick: () => ctx.setParams({ after: conn.pageInfo.endCursor }) }, t('paging.more'))) : null);
  } catch (e) {
    replace(results, errorBox(e, ctx.rerender));
  }
  return root;
}
