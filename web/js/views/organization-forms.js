// What an organization can bring in a crisis (one entry per kind: a description, a quantity, a contact) and the
// districts it serves, each replaced at the version it was read at. Editors and administrators, as the API allows.
import { h, replace } from '../dom.js';
import { t, pick, enumLabel } from '../i18n.js';
import { query, mutate } from '../graphql.js';
import { field, input, enumSelect, createForm, concurrencyDialog, districtOptions, districtName } from '../ui.js';
import { num } from '../format.js';

export async function loadOrganization(id) {
  const data = await query('Organization', { id });
  if (!data.node) throw new Error(t('organization.notFound'));
  return data.node;
}

const capacityText = (list) => list.map((c) => `${enumLabel('CapacityKind', c.kind)}${c.quantity != null ? ` ${num(c.quantity)}` : ''}`).join('؛ ');
const areaText = (list) => list.map((d) => t('district.numbered', { number: d.number })).join('؛ ');

function compare(state, theirs, resubmit, onDone) {
  return { onReapply: () => { state.version = theirs.version; resubmit(); }, onDiscard: () => onDone?.() };
}

export function capacitiesForm(ctx, { existing, onDone }) {
  const state = { version: existing.version };
  const fields = {};
  const rows = existing.capacities.map((c) => ({ kind: c.kind, description: c.description ?? '', quantity: c.quantity, contact: c.contact ?? '' }));
  const list = h('ol', { class: 'edit-rows', 'aria-label': t('organization.capacities') });
  function render() {
    for (const k of Object.keys(fields)) if (k.startsWith('capacities[')) delete fields[k];
    replace(list, rows.map((r, i) => {
      const n = i + 1;
      const kind = enumSelect('CapacityKind', { value: r.kind });
      kind.addEventListener('change', () => { r.kind = kind.value; });
      const description = input({ value: r.description, oninput: (e) => { r.description = e.target.value; } });
      const quantity = input({ type: 'number', min: 0, inputmode: 'numeric', value: r.quantity ?? '', oninput: (e) => { r.quantity = e.target.value === '' ? null : Number(e.target.value); } });
      const contact = input({ value: r.contact, oninput: (e) => { r.contact = e.target.value; } });
      const key = (f) => `capacities[${i}].${f}`;
      fields[key('kind')] = field(t('capacity.kindOf', { n }), kind, { name: key('kind'), required: true });
      fields[key('description')] = field(t('capacity.descriptionOf', { n }), description, { name: key('description') });
      fields[key('quantity')] = field(t('capacity.quantityOf', { n }), quantity, { name: key('quantity'), hint: t('capacity.quantityHint') });
      fields[key('contact')] = field(t('capacity.contactOf', { n }), contact, { name: key('contact') });
      fields[`capacities[${i}]`] = fields[key('kind')];
      return h('li', { class: 'edit-row' }, h('div', { class: 'two' }, fields[key('kind')], fields[key('quantity')]), fields[key('description')], fields[key('contact')],
        h('button', { type: 'button', class: 'secondary small', onclick: () => { rows.splice(i, 1); render(); } }, t('capacity.remove', { n })));
    }));
  }
  render();
  const add = h('button', { type: 'button', class: 'secondary', onclick: () => { rows.push({ kind: 'VOLUNTEERS', description: '', quantity: null, contact: '' }); render(); list.lastChild?.querySelector('select')?.focus(); } }, t('capacity.add'));
  fields.capacities = { control: add, showError: () => {} };
  return createForm({
    label: t('organization.setCapacities'), fields, body: [list, add], submitLabel: t('organization.saveCapacities'),
    onSubmit: async () => {
      const v = { organizationId: existing.id, version: state.version, capacities: rows.map((r) => ({ kind: r.kind, description: r.description.trim() || null, quantity: r.quantity, contact: r.contact.trim() || null })) };
      return { payload: await mutate('SetOrganizationCapacities', v), values: v };
    },
    onSuccess: () => { ctx.flash(t('organization.capacitiesSaved', { name: pick(existing) })); onDone?.(); },
    onConcurrency: async (err, mine, resubmit) => {
      const theirs = await loadOrganization(existing.id);
      concurrencyDialog([[t('organization.capacities'), capacityText(rows), capacityText(theirs.capacities)]], compare(state, theirs, resubmit, onDone));
    },
  }).form;
}

export function serviceAreasForm(ctx, { existing, onDone }) {
  const state = { version: existing.version };
  const chosen = new Map(existing.serviceAreas.map((d) => [d.id, d]));
  const box = h('div', { class: 'checkbox-grid' });
  const err = h('p', { class: 'field-error', hidden: true });
  const set = h('fieldset', { class: 'field', 'data-field': 'districtIds' }, h('legend', null, t('organization.serviceAreas')), box, err);
  const fields = { districtIds: { control: set, showError: (msg) => { err.textContent = msg; err.hidden = !msg; } } };
  districtOptions().then((all) => replace(box, all.map((d) => {
    const cb = h('input', { type: 'checkbox', value: d.id, checked: chosen.has(d.id), id: `area-${d.number}` });
    cb.addEventListener('change', () => { if (cb.checked) chosen.set(d.id, d); else chosen.delete(d.id); });
    return h('label', { for: cb.id, class: 'check' }, cb, ` ${districtName(d)}`);
  }))).catch(() => {});
  return createForm({
    label: t('organization.setServiceAreas'), fields, body: [h('p', { class: 'hint' }, t('organization.serviceAreasHint')), set], submitLabel: t('organization.saveServiceAreas'),
    onSubmit: async () => {
      const v = { organizationId: existing.id, version: state.version, districtIds: [...chosen.keys()] };
      return { payload: await mutate('SetOrganizationServiceAreas', v), values: v };
    },
    onSuccess: () => { ctx.flash(t('organization.serviceAreasSaved', { name: pick(existing) })); onDone?.(); },
    onConcurrency: async (err2, mine, resubmit) => {
      const theirs = await loadOrganization(existing.id);
      concurrencyDialog([[t('organization.serviceAreas'), areaText([...chosen.values()]), areaText(theirs.serviceAreas)]], compare(state, theirs, resubmit, onDone));
    },
  }).form;
}
