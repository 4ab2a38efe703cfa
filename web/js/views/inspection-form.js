import { h, replace } from '../dom.js';
import { t, pick } from '../i18n.js';
import { mutate } from '../graphql.js';
import { me } from '../auth.js';
import { pageHeader, field, input, enumSelect, combobox, createForm, requireFields, districtSelect, districtOptions } from '../ui.js';
import { fromLocalInput } from '../format.js';

export default async function inspectionForm(ctx) {
  const viewer = me();
  const kind = enumSelect('InspectionKind', { value: 'FIELD', name: 'kind' });
  const title = input({ name: 'title' });
  const ownDistrict = (viewer?.organization ?? viewer?.person?.organization)?.district?.number;
  const list = await districtOptions().catch(() => []);
  const district = districtSelect({ value: list.find((d) => d.number === ownDistrict)?.id ?? '', useIds: true, blank: t('form.choose'), name: 'districtId' });
  const plannedAt = input({ type: 'datetime-local', name: 'plannedAt' });
  const inspected = combobox({ kind: 'organization', label: t('inspection.inspectedOrganization'), name: 'inspectedOrganizationId' });
  const site = combobox({ kind: 'site', label: t('inspection.inspectedSite'), name: 'inspectedSiteId' });
  const inspecting = combobox({ kind: 'organization', label: t('inspection.inspectingOrganization'), name: 'inspectingOrganizationId', required: true, value: viewer?.organization ?? viewer?.person?.organization ?? null });
  const inspectors = viewer?.person ? [viewer.person] : [];
  const inspectorList = h('ul', { class: 'chips', 'aria-label': t('inspection.inspectors') });
  const renderInspectors = () => replace(inspectorList, inspectors.map((p, i) => h('li', { class: 'chip' }, pick(p, 'fullName'),
    h('button', { type: 'button', class: 'icon', 'aria-label': t('action.removeNamed', { name: pick(p, 'fullName') }), onclick: () => { inspectors.splice(i, 1); renderInspectors(); } }, '×'))));
  renderInspectors();
  const addInspector = combobox({ kind: 'person', label: t('inspection.addInspector'), multiple: true, name: 'inspectorIds', onPick: (p) => { if (p && !inspectors.some((x) => x.id === p.id)) { inspectors.push(p); renderInspectors(); } } });
  const fields = {
    kind: field(t('inspection.kind'), kind, { name: 'kind', required: true }),
    title: field(t('inspection.title'), title, { name: 'title', required: true }),
    districtId: field(t('filter.district'), district, { name: 'districtId', required: true }),
    plannedAt: field(t('inspection.plannedAt'), plannedAt, { name: 'plannedAt', required: true, hint: t('form.tehranTime') }),
    inspectedOrganizationId: inspected.element,
    inspectedSiteId: site.element,
    inspectingOrganizationId: inspecting.element,
    inspectorIds: addInspector.element,
  };
  const { form } = createForm({
    label: t('inspection.schedule'),
    fields,
    body: [fields.kind, fields.title, fields.districtId, fields.plannedAt, inspected.element, site.element, inspecting.element, addInspector.element, inspectorList],
    submitLabel: t('inspection.schedule'),
    onSubmit: async () => {
      requireFields([
        [title.value.trim(), 'title', t('validation.required')],
        [district.value, 'districtId', t('validation.required')],
        [plannedAt.value, 'plannedAt', t('validation.required')],
        [inspecting.value, 'inspectingOrganizationId', t('validation.required')],
      ]);
      const values = {
        kind: kind.value, title: title.value.trim(), districtId: district.value, plannedAt: fromLocalInput(plannedAt.value),
        inspectedOrganizationId: inspected.value?.id ?? null, inspectedSiteId: site.value?.id ?? null,
        inspectingOrganizationId: inspecting.value.id, inspectorIds: inspectors.map((p) => p.id),
      };
      return { payload: await mutate('ScheduleInspection', values), values };
    },
    onSuccess: (payload) => { ctx.announce(t('inspection.scheduled')); ctx.navigate(`/inspections/${encodeURIComponent(payload.inspection.id)}`); },
  });
  return h('section', { 'data-view': 'inspection-form', class: 'view' },
    h('p', { class: 'breadcrumb' }, h('a', { href: '#/inspections' }, t('nav.inspections'))),
    pageHeader(t('inspection.schedule')), form);
}
