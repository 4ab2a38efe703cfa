import { h } from '../dom.js';
import { t, pick, enumLabel } from '../i18n.js';
import { query } from '../graphql.js';
import { pageHeader, empty, badge, dialogButton, pagedList } from '../ui.js';
import { can } from '../auth.js';
import { organizationForm, siteForm } from './manage.js';
import { partnershipForm, counterpartsForm } from './partnership-form.js';
import { organizationHref, districtTitle } from './organization.js';
import { num, day } from '../format.js';

// Sites in a table: name (and address), kind, capacity, the body that runs it; a city-wide site says so. The table
// shows the connection's first page; "more" appends the next (`next(after)` resolves to it). On a phone each row is a
// card (styles.css, table.stacked): the name across the width, then each fact under its column's name (data-label). The
// roles are written out because a table laid out as blocks loses them in some browsers, and a reader of the cards
// still hears each cell with its column's header.
function siteTable(conn, labelledBy, edit, next, announce) {
  const columns = { kind: t('site.kind'), capacity: t('site.capacity'), organization: t('site.organization') };
  const cell = (name, content) => h('td', { role: 'cell', 'data-label': columns[name] }, content);
  const tbody = h('tbody', { role: 'rowgroup' });
  const row = (s) => h('tr', { role: 'row', 'data-site': s.id },
    h('th', { scope: 'row', role: 'rowheader' }, pick(s), s.isCityWide ? [' ', h('span', { class: 'badge' }, t('site.cityWide'))] : null,
      s.address ? h('p', { class: 'meta' }, s.address) : null, edit ? h('p', null, edit(s)) : null),
    cell('kind', badge('SiteKind', s.kind)), cell('capacity', s.capacity != null ? num(s.capacity) : '—'),
    cell('organization', s.organization ? h('a', { href: organizationHref(s.organization) }, pick(s.organization)) : '—'));
  const header = (text) => h('th', { scope: 'col', role: 'columnheader' }, text);
  const { status, pager } = pagedList(conn, { list: tbody, row, more: next, announce, describedBy: labelledBy });
  return [status, h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-labelledby': labelledBy },
    h('table', { class: 'stacked', role: 'table', 'aria-labelledby': labelledBy },
      h('thead', { role: 'rowgroup' }, h('tr', { role: 'row' }, header(t('site.name')), header(columns.kind), header(columns.capacity), header(columns.organization))),
      tbody)), pager];
}

export default async function district(ctx) {
  const number = Number(ctx.args[0]);
  const organizationsWhere = { district: { number: { eq: number } } };
  const data = await query('District', { number, organizations: organizationsWhere });
  const d = data.district;
  if (!d) throw new Error(t('district.notFound'));
  const cityWide = data.cityWideSites;
  const announce = ctx.announce;
  const moreSites = async (after) => (await query('DistrictSites', { number, after })).district?.sites;
  const moreCityWide = async (after) => (await query('CityWideSites', { after })).sites;
  const moreOrganizations = async (after) => (await query('DistrictOrganizations', { organizations: organizationsWhere, after })).organizations;
  const admin = can.admin();
  const edit = can.edit(); // partnerships: editors and administrators; partners read them
  const siteEdit = admin ? (s) => dialogButton(ctx, t('action.editNamed', { name: pick(s) }), (done) => siteForm(ctx, { existing: s, districtId: s.isCityWide ? '' : d.id, onDone: done })) : null;
  return h('section', { 'data-view': 'district', class: 'view' },
    h('p', { class: 'breadcrumb' }, h('a', { href: '#/districts' }, t('districts.title'))),
    pageHeader(districtTitle(d)),
    d.areaName ? h('p', null, pick(d, 'areaName')) : null,
    h('p', { class: 'actions' },
      h('a', { class: 'button secondary', href: `#/meetings?district=${d.number}` }, t('district.meetings')),
      h('a', { class: 'button secondary', href: `#/?district=${d.number}` }, t('nav.dashboard'))),
    h('section', { class: 'card', 'aria-labelledby': 'sites-h' }, h('h2', { id: 'sites-h' }, t('district.sites')),
      d.sites.nodes.length ? siteTable(d.sites, 'sites-h', siteEdit, moreSites, announce) : empty(t('district.noSites'))),
    cityWide?.nodes.length ? h('section', { class: 'card', 'aria-labelledby': 'city-sites-h', 'data-city-wide-sites': '' }, h('h2', { id: 'city-sites-h' }, t('district.cityWideSites')),
      h('p', { class: 'hint' }, t('district.cityWideHint')), siteTable(cityWide, 'city-sites-h', siteEdit, moreCityWide, announce)) : null,
    h('section', { class: 'card', 'aria-labelledby': 'orgs-h' }, h('h2', { id: 'orgs-h' }, t('district.organizations')),
      d.partnerships.length || edit ? h('h3', null, t('district.partnerships')) : null,
      d.partnerships.length ? h('ul', { class: 'partnerships' }, d.partnerships.map((p) => partnership(p, edit ? [
        dialogButton(ctx, t('partnership.editNamed', { name: pick(p.organization) }), (done) => partnershipForm(ctx, { existing: p, districtId: d.id, onDone: done })),
        dialogButton(ctx, t('partnership.counterpartsNamed', { name: pick(p.organization) }), (done) => counterpartsForm(ctx, { existing: p, onDone: done })),
      ] : null))) : edit ? empty(t('partnership.none')) : null,
      edit ? h('p', null, dialogButton(ctx, t('partnership.record'), (done) => partnershipForm(ctx, { districtId: d.id, onDone: done }))) : null,
      h('h3', { id: 'local-orgs-h' }, t('district.localOrganizations')),
      data.organizations?.nodes.length ? organizationList(data.organizations, moreOrganizations, announce, admin
        ? (o) => [' ', dialogButton(ctx, t('action.editNamed', { name: pick(o) }), (done) => organizationForm(ctx, { existing: o, districtId: d.id, onDone: done }))]
        : null) : empty(t('district.noOrganizations')),
      d.servedBy.length ? [h('h3', null, t('district.servedBy')), h('ul', { class: 'org-list', 'data-served-by': '' }, d.servedBy.map((o) => h('li', null, h('a', { href: organizationHref(o) }, pick(o)), ' ',
        h('span', { class: 'meta' }, [enumLabel('OrganizationKind', o.kind), ...o.capacities.map((c) => enumLabel('CapacityKind', c.kind))].join(' · ')))))] : null),
    h('section', { class: 'card', 'aria-labelledby': 'wg-h' }, h('h2', { id: 'wg-h' }, t('nav.workingGroups')),
      d.workingGroups.length ? h('ul', null, d.workingGroups.map((g) => h('li', null, h('a', { href: `#/working-groups/${encodeURIComponent(g.id)}` }, pick(g)), ' ', badge('WorkingGroupStatus', g.status)))) : empty(t('workingGroups.empty'))));
}

// The district's own organizations, a page at a time like its sites.
function organizationList(conn, next, announce, edit) {
  const list = h('ul', { class: 'org-list', 'aria-labelledby': 'local-orgs-h' });
  const row = (o) => h('li', null, h('a', { href: organizationHref(o) }, pick(o)), ' ', h('span', { class: 'meta' }, enumLabel('OrganizationKind', o.kind)),
    o.parent ? h('span', { class: 'meta' }, ` — ${pick(o.parent)}`) : null, edit ? edit(o) : null);
  const { status, pager } = pagedList(conn, { list, row, more: next, announce, describedBy: 'local-orgs-h' });
  return [status, list, pager];
}

// A supporting organization with what the sources say of it: the leading flag, the period, the instruction it
// rests on and the counterpart departments of each side. Nothing is shown for what the source leaves out.
function partnership(p, actions) {
  const period = p.startsOn || p.endsOn ? t('partnership.period', { from: p.startsOn ? day(p.startsOn) : '…', to: p.endsOn ? day(p.endsOn) : '…' }) : null;
  return h('li', { 'data-partnership': p.id },
    pick(p.organization), ' ', badge('PartnershipKind', p.kind),
    p.isLeading ? [' ', h('span', { class: 'badge' }, t('partnership.leading'))] : null,
    p.supportedOrganization ? h('p', { class: 'meta' }, t('partnership.supports', { name: pick(p.supportedOrganization) })) : null,
    period ? h('p', { class: 'meta' }, period) : null,
    p.instruction ? h('p', { class: 'meta' }, t('partnership.instruction', { text: p.instruction })) : null,
    p.counterparts.length ? h('p', { class: 'meta' }, t('partnership.counterparts'), ' ',
      p.counterparts.map((c) => `${pick(c.organization)} ↔ ${pick(c.counterpart)}`).join('؛ ')) : null,
    p.description ? h('p', { class: 'meta' }, p.description) : null,
    actions ? h('p', { class: 'actions' }, actions) : null);
}
