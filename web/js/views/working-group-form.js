import { h, replace } from '../dom.js';
import { t, pick } from '../i18n.js';
import { query, mutate, idempotencyKey } from '../graphql.js';
import { pageHeader, field, input, enumSelect, combobox, createForm, requireFields, districtSelect, empty } from '../ui.js';

export function memberPicker(members, fields) {
  const list = h('ul', { class: 'edit-rows', 'aria-label': t('workingGroup.members') });
  function render() {
    replace(list, members.map((m, i) => {
      const who = m.person ? pick(m.person, 'fullName') : pick(m.organization);
      const role = enumSelect('WorkingGroupRole', { value: m.role });
      role.addEventListener('change', () => { m.role = role.value; });
      const f = field(t('workingGroup.roleOf', { name: who }), role, { name: `members[${i}].role` });
      if (fields) fields[`members[${i}]`] = f;
      return h('li', { class: 'edit-row' }, f, h('button', { type: 'button', class: 'secondary small', onclick: () => { members.splice(i, 1); render(); } }, t('action.removeNamed', { name: who })));
    }));
  }
  render();
  const org = combobox({ kind: 'organization', label: t('workingGroup.addOrganization'), multiple: true, onPick: (o) => { if (o) { members.push({ organization: o, person: null, role: 'MEMBER' }); render(); } } });
  const person = combobox({ kind: 'person', label: t('workingGroup.addPerson'), multiple: true, onPick: (p) => { if (p) { members.push({ organization: null, person: p, role: 'MEMBER' }); render(); } } });
  return { element: h('div', { class: 'stack' }, list, org.element, person.element), render };
}

export default async function workingGroupForm(ctx) {
  const decisionId = ctx.params.get('decision');
  const root = h('section', { 'data-view': 'working-group-form', class: 'view' }, pageHeader(t('workingGroup.form')));
  if (!decisionId) {
    root.append(h('div', { class: 'alert warning', role: 'alert' }, h('p', null, t('workingGroup.needDecision'))), h('p', null, h('a', { href: '#/meetings' }, t('nav.meetings'))));
    return root;
  }
  const data = await query('Decision', { id: decisionId });
  const decision = data.node;
  if (!decision) throw new Error(t('decision.notFound'));
  const key = idempotencyKey();
  const name = input({ name: 'name' });
  const nameEn = input({ name: 'nameEn', lang: 'en', dir: 'ltr' });
  const specialty = input({ name: 'specialty' });
  const firstDistrict = decision.meeting?.districts?.[0];
  const district = districtSelect({ value: firstDistrict?.id ?? '', useIds: true, blank: t('form.none'), name: 'districtId' });
  const partner = combobox({ kind: 'organization', label: t('workingGroup.partner'), name: 'partnerOrganizationId' });
  const members = decision.owners.map((o) => ({ organization: o, person: null, role: 'MEMBER' }));
  const fields = {
    name: field(t('workingGroup.name'), name, { name: 'name', required: true }),
    nameEn: field(t('workingGroup.nameEn'), nameEn, { name: 'nameEn' }),
    specialty: field(t('workingGroup.specialty'), specialty, { name: 'specialty' }),
    districtId: field(t('filter.district'), district, { name: 'districtId' }),
    partnerOrganizationId: partner.element,
  };
  const picker = memberPicker(members, fields);
  fields.members = { control: picker.element.querySelector('input'), showError: () => {} };
  const { form } = createForm({
    label: t('workingGroup.form'),
    fields,
    body: [
      h('div', { class: 'card' }, h('p', { class: 'meta' }, t('workingGroup.fromDecision')), h('p', null, decision.text),
        decision.meeting ? h('p', { class: 'meta' }, h('a', { href: `#/meetings/${encodeURIComponent(decision.meeting.id)}` }, pick(decision.meeting, 'title'))) : null),
      fields.name, fields.nameEn, fields.specialty, fields.districtId, partner.element,
      h('fieldset', { class: 'group' }, h('legend', null, t('workingGroup.members')), picker.element),
    ],
    submitLabel: t('workingGroup.formSubmit'),
    onSubmit: async () => {
      requireFields([[name.value.trim(), 'name', t('validation.required')]]);
      const values = {
        decisionId: decision.id, name: name.value.trim(), nameEn: nameEn.value.trim() || null, specialty: specialty.value.trim() || null,
        districtId: district.value || null, partnerOrganizationId: partner.value?.id ?? null,
        members: members.map((m) => ({ organizationId: m.organization?.id ?? null, personId: m.person?.id ?? null, role: m.role })),
        idempotencyKey: key,
      };
      return { payload: await mutate('FormWorkingGroup', values), values };
    },
    onSuccess: (payload) => { ctx.announce(t('workingGroup.formed')); ctx.navigate(`/working-groups/${encodeURIComponent(payload.workingGroup.id)}`); },
  });
  root.append(form);
  return root;
}
