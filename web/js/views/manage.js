// Administrators: add organizations, people and crisis capacity sites, edit them, archive and restore them.
import { h } from '../dom.js';
import { t, pick } from '../i18n.js';
import { mutate } from '../graphql.js';
import { pageHeader, field, input, enumSelect, combobox, createForm, requireFields, districtSelect, dialog } from '../ui.js';
import { archiveCard } from './archive.js';

function card(id, title, form) {
  return h('section', { class: 'card', 'aria-labelledby': id }, h('h2', { id }, title), form);
}

export function organizationForm(ctx, { existing = null, districtId = '', onDone } = {}) {
  const state = { version: existing?.version };
  const name = input({ value: existing?.name ?? '' });
  const nameEn = input({ lang: 'en', dir: 'ltr', value: existing?.nameEn ?? '' });
  const kind = enumSelect('OrganizationKind', { value: existing?.kind ?? 'DEPARTMENT' });
  const level = enumSelect('OrganizationLevel', { value: existing?.level ?? 'DISTRICT' });
  const parent = combobox({ kind: 'organization', label: t('manage.parent'), name: 'parentId', value: existing?.parent ?? null });
  const district = districtSelect({ useIds: true, blank: t('form.none'), value: districtId });
  const fields = {
    name: field(t('manage.orgName'), name, { name: 'name', required: true }),
    nameEn: field(t('manage.nameEn'), nameEn, { name: 'nameEn' }),
    kind: field(t('manage.orgKind'), kind, { name: 'kind', required: true }),
    level: field(t('manage.level'), level, { name: 'level', required: true }),
    parentId: parent.element,
    districtId: field(t('filter.district'), district, { name: 'districtId' }),
  };
  const { form } = createForm({
    label: existing ? t('manage.editOrganization') : t('manage.newOrganization'), fields, body: Object.values(fields), submitLabel: existing ? t('action.save') : t('manage.newOrganization'),
    onSubmit: async () => {
      requireFields([[name.value.trim(), 'name', t('validation.required')]]);
      const values = { name: name.value.trim(), nameEn: nameEn.value.trim() || null, kind: kind.value, level: level.value, parentId: parent.value?.id ?? null, districtId: district.value || null };
      return { payload: existing ? await mutate('UpdateOrganization', { id: existing.id, version: state.version, ...values }) : await mutate('CreateOrganization', values), values };
    },
    onSuccess: (p) => {
      ctx.flash(t(existing ? 'manage.saved' : 'manage.created', { name: pick(p.organization) }));
      if (onDone) onDone(p); else { form.reset(); parent.setValue(null); }
    },
    onConcurrency: async () => { ctx.flash(t('concurrency.reloaded')); onDone?.(); },
  });
  return form;
}

export function personForm(ctx, { existing = null, onDone } = {}) {
  const state = { version: existing?.version };
  const fullName = input({ value: existing?.fullName ?? '' });
  const fullNameEn = input({ lang: 'en', dir: 'ltr', value: existing?.fullNameEn ?? '' });
  const title = input({ value: existing?.title ?? '' });
  const org = combobox({ kind: 'organization', label: t('site.organization'), name: 'organizationId', value: existing?.organization ?? null });
  const fields = {
    fullName: field(t('manage.fullName'), fullName, { name: 'fullName', required: true }),
    fullNameEn: field(t('manage.nameEn'), fullNameEn, { name: 'fullNameEn' }),
    title: field(t('manage.personTitle'), title, { name: 'title' }),
    organizationId: org.element,
  };
  const { form } = createForm({
    label: existing ? t('manage.editPerson') : t('manage.newPerson'), fields, body: Object.values(fields), submitLabel: existing ? t('action.save') : t('manage.newPerson'),
    onSubmit: async () => {
      requireFields([[fullName.value.trim(), 'fullName', t('validation.required')]]);
      const values = { fullName: fullName.value.trim(), fullNameEn: fullNameEn.value.trim() || null, title: title.value.trim() || null, organizationId: org.value?.id ?? null };
      if (existing) values.titleEn = existing.titleEn ?? null;
      return { payload: existing ? await mutate('UpdatePerson', { id: existing.id, version: state.version, ...values }) : await mutate('CreatePerson', values), values };
    },
    onSuccess: (p) => {
      ctx.flash(t(existing ? 'manage.saved' : 'manage.created', { name: pick(p.person, 'fullName') }));
      if (onDone) onDone(p); else { form.reset(); org.setValue(null); }
    },
    onConcurrency: async () => { ctx.flash(t('concurrency.reloaded')); onDone?.(); },
  });
  return form;
}

export function siteForm(ctx, { existing = null, districtId = '', onDone } = {}) {
  const state = { version: existing?.version };
  const name = input({ value: existing?.name ?? '' });
  const nameEn = input({ lang: 'en', dir: 'ltr', value: existing?.nameEn ?? '' });
  const kind = enumSelect('SiteKind', { value: existing?.kind ?? 'EMERGENCY_SHELTER' });
  const capacity = input({ type: 'number', min: 0, inputmode: 'numeric', value: existing?.capacity ?? '' });
  const district = districtSelect({ useIds: true, blank: t('form.choose'), value: districtId });
  const org = combobox({ kind: 'organization', label: t('site.organization'), name: 'organizationId', value: existing?.organization ?? null });
  const address = input({ value: existing?.address ?? '' });
  const cityWide = h('input', { type: 'checkbox', name: 'cityWide', checked: Boolean(existing?.isCityWide), id: `city-wide-${existing?.id ?? 'new'}` });
  const cityWideError = h('p', { class: 'field-error', hidden: true });
  const fields = {
    name: field(t('site.name'), name, { name: 'name', required: true }),
    nameEn: field(t('manage.nameEn'), nameEn, { name: 'nameEn' }),
    kind: field(t('site.kind'), kind, { name: 'kind', required: true }),
    capacity: field(t('site.capacity'), capacity, { name: 'capacity' }),
    cityWide: Object.assign(h('div', { class: 'field', 'data-field': 'cityWide' },
      h('label', { class: 'check', for: cityWide.id }, cityWide, ` ${t('site.cityWideField')}`), h('p', { class: 'hint' }, t('site.cityWideHint')), cityWideError), {
      control: cityWide, showError: (msg) => { cityWideError.textContent = msg; cityWideError.hidden = !msg; },
    }),
    districtId: field(t('filter.district'), district, { name: 'districtId', hint: t('site.districtHint') }),
    organizationId: org.element,
    address: field(t('manage.address'), address, { name: 'address' }),
  };
  const { form } = createForm({
    label: existing ? t('manage.editSite') : t('manage.newSite'), fields, body: Object.values(fields), submitLabel: existing ? t('action.save') : t('manage.newSite'),
    onSubmit: async () => {
      requireFields([[name.value.trim(), 'name', t('validation.required')], [cityWide.checked || district.value, 'districtId', t('site.districtOrCityWide')]]);
      const values = { name: name.value.trim(), nameEn: nameEn.value.trim() || null, kind: kind.value, capacity: capacity.value === '' ? null : Number(capacity.value), districtId: cityWide.checked ? null : district.value || null, cityWide: cityWide.checked, organizationId: org.value?.id ?? null, address: address.value.trim() || null };
      if (existing) Object.assign(values, { latitude: existing.latitude ?? null, longitude: existing.longitude ?? null });
      return { payload: existing ? await mutate('UpdateSite', { id: existing.id, version: state.version, ...values }) : await mutate('CreateSite', values), values };
    },
    onSuccess: (p) => {
      ctx.flash(t(existing ? 'manage.saved' : 'manage.created', { name: pick(p.site) }));
      if (onDone) onDone(p); else { form.reset(); org.setValue(null); }
    },
    onConcurrency: async () => { ctx.flash(t('concurrency.reloaded')); onDone?.(); },
  });
  return form;
}

function editPicker(ctx, kind, label, title, make) {
  const box = combobox({ kind, label, onPick: (record) => {
    if (!record) return;
    let d = null;
    const done = () => { d?.close(); box.setValue(null); };
    d = dialog(title, make(record, done), { wide: true });
  } });
  return box.element;
}

export default function manage(ctx) {
  return h('section', { 'data-view': 'manage', class: 'view' },
    pageHeader(t('nav.manage')),
    h('p', { class: 'hint' }, t('manage.intro')),
    card('m-edit', t('manage.edit'), h('div', { class: 'stack' },
      editPicker(ctx, 'organization', t('manage.findOrganization'), t('manage.editOrganization'), (o, done) => organizationForm(ctx, { existing: o, districtId: o.district?.id ?? '', onDone: done })),
      editPicker(ctx, 'person', t('manage.findPerson'), t('manage.editPerson'), (p, done) => personForm(ctx, { existing: p, onDone: done })))),
    archiveCard(ctx),
    card('m-org', t('manage.newOrganization'), organizationForm(ctx)),
    card('m-person', t('manage.newPerson'), personForm(ctx)),
    card('m-site', t('manage.newSite'), siteForm(ctx)));
}
