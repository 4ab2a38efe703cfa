// An organization: where it sits, what it can bring in a crisis and the districts it serves. Editors set both;
// administrators also edit the record itself.
import { h } from '../dom.js';
import { t, pick, enumLabel } from '../i18n.js';
import { can } from '../auth.js';
import { pageHeader, dl, empty, badge, dialogButton } from '../ui.js';
import { num } from '../format.js';
import { organizationForm } from './manage.js';
import { loadOrganization, capacitiesForm, serviceAreasForm } from './organization-forms.js';

// «منطقه ۲۰», and its name beside it only when the name says more than the number.
export function districtTitle(d) {
  const numbered = t('district.numbered', { number: d.number });
  return pick(d) && pick(d) !== numbered ? `${numbered} — ${pick(d)}` : numbered;
}

export const organizationHref = (o) => `#/organizations/${encodeURIComponent(o.id)}`;

export default async function organization(ctx) {
  const o = await loadOrganization(ctx.args[0]);
  const edit = can.edit();
  const districtLink = (d) => h('a', { href: `#/districts/${d.number}` }, districtTitle(d));
  return h('section', { 'data-view': 'organization', class: 'view' },
    o.district ? h('p', { class: 'breadcrumb' }, districtLink(o.district)) : h('p', { class: 'breadcrumb' }, h('a', { href: '#/districts' }, t('districts.title'))),
    pageHeader(pick(o), can.admin() ? dialogButton(ctx, t('action.editNamed', { name: pick(o) }), (done) => organizationForm(ctx, { existing: o, districtId: o.district?.id ?? '', onDone: done })) : null),
    o.archivedAt ? h('p', { class: 'alert warning' }, t('organization.archived')) : null,
    h('section', { class: 'card' }, dl([
      [t('manage.orgKind'), enumLabel('OrganizationKind', o.kind)],
      [t('manage.level'), enumLabel('OrganizationLevel', o.level)],
      [t('manage.parent'), o.parent ? h('a', { href: organizationHref(o.parent) }, pick(o.parent)) : null],
      [t('filter.district'), o.district ? districtLink(o.district) : null],
      [t('organization.children'), o.children.length ? o.children.map((c, i) => [i ? '، ' : '', h('a', { href: organizationHref(c) }, pick(c))]) : null],
    ])),
    h('section', { class: 'card', 'aria-labelledby': 'org-capacities' }, h('h2', { id: 'org-capacities' }, t('organization.capacities')),
      o.capacities.length ? h('ul', { class: 'row-list' }, o.capacities.map((c) => h('li', { class: 'row-card', 'data-capacity': c.kind },
        badge('CapacityKind', c.kind), c.quantity != null ? [' ', h('strong', null, num(c.quantity))] : null,
        c.description ? h('p', null, c.description) : null,
        c.contact ? h('p', { class: 'meta' }, t('capacity.contact', { contact: c.contact })) : null))) : empty(t('organization.noCapacities')),
      edit ? h('p', { class: 'actions' }, dialogButton(ctx, t('organization.setCapacities'), (done) => capacitiesForm(ctx, { existing: o, onDone: done }))) : null),
    h('section', { class: 'card', 'aria-labelledby': 'org-areas' }, h('h2', { id: 'org-areas' }, t('organization.serviceAreas')),
      o.serviceAreas.length ? h('ul', { class: 'service-areas' }, o.serviceAreas.map((d) => h('li', { 'data-service-area': d.number }, districtLink(d)))) : empty(t('organization.noServiceAreas')),
      edit ? h('p', { class: 'actions' }, dialogButton(ctx, t('organization.setServiceAreas'), (done) => serviceAreasForm(ctx, { existing: o, onDone: done }))) : null));
}
