// A partnership of a district (a supporting province, «استان معین»): recorded, updated at the version it was read at,
// and its counterpart departments («ادارات متناظر») set. Editors and administrators, as the API allows.
import { h, replace } from '../dom.js';
import { t, pick, enumLabel } from '../i18n.js';
import { query, mutate } from '../graphql.js';
import { field, input, textarea, enumSelect, combobox, createForm, requireFields, concurrencyDialog } from '../ui.js';
import { day } from '../format.js';

async function loadPartnership(id) {
  const data = await query('Partnership', { id });
  if (!data.node) throw new Error(t('partnership.notFound'));
  return data.node;
}

// Rows of department pairs: a department of the supporting side beside its counterpart on the supported side.
function counterpartEditor(pairs, fields) {
  const list = h('ol', { class: 'edit-rows', 'aria-label': t('partnership.pairs') });
  function render() {
    for (const k of Object.keys(fields)) if (k.startsWith('counterparts[')) delete fields[k];
    replace(list, pairs.map((pair, i) => {
      const n = i + 1;
      const side = combobox({ kind: 'organization', label: t('partnership.sideDepartment', { n }), value: pair.organization, name: `counterparts[${i}].organizationId`, required: true, onPick: (o) => { pair.organization = o; } });
      const other = combobox({ kind: 'organization', label: t('partnership.counterpartDepartment', { n }), value: pair.counterpart, name: `counterparts[${i}].counterpartId`, required: true, onPick: (o) => { pair.counterpart = o; } });
      fields[`counterparts[${i}].organizationId`] = side.element;
      fields[`counterparts[${i}].counterpartId`] = other.element;
      fields[`counterparts[${i}]`] = side.element;
      return h('li', { class: 'edit-row counterpart-row' }, h('div', { class: 'two' }, side.element, other.element),
        h('button', { type: 'button', class: 'secondary small', onclick: () => { pairs.splice(i, 1); render(); } }, t('partnership.removePair', { n })));
    }));
  }
  render();
  const add = h('button', { type: 'button', class: 'secondary', onclick: () => {
    pairs.push({ organization: null, counterpart: null });
    render();
    list.lastChild?.querySelector('input')?.focus();
  } }, t('partnership.addPair'));
  fields.counterparts = { control: add, showError: () => {} };
  return { element: h('fieldset', { class: 'group' }, h('legend', null, t('partnership.counterparts')), list, add) };
}

const pairsOf = (p) => (p?.counterparts ?? []).map((c) => ({ organization: c.organization, counterpart: c.counterpart }));
const pairValues = (pairs) => pairs.map((c) => ({ organizationId: c.organization?.id ?? '', counterpartId: c.counterpart?.id ?? '' }));
const pairChecks = (pairs) => pairs.flatMap((c, i) => [
  [c.organization, `counterparts[${i}].organizationId`, t('validation.required')],
  [c.counterpart, `counterparts[${i}].counterpartId`, t('validation.required')],
]);
const pairText = (pairs) => pairs.map((c) => `${pick(c.organization)} ↔ ${pick(c.counterpart)}`).join('؛ ');

function period(p) {
  return p.startsOn || p.endsOn ? `${p.startsOn ? day(p.startsOn) : '…'} – ${p.endsOn ? day(p.endsOn) : '…'}` : '';
}

// Record a partnership of district `districtId` (with its counterpart pairs), or update `existing`'s details.
export function partnershipForm(ctx, { existing = null, districtId, onDone }) {
  const state = { version: existing?.version };
  const kind = enumSelect('PartnershipKind', { value: existing?.kind ?? 'SUPPORTING_PROVINCE', name: 'kind' });
  const org = combobox({ kind: 'organization', label: t('partnership.organization'), value: existing?.organization ?? null, name: 'organizationId', required: true });
  const supported = combobox({ kind: 'organization', label: t('partnership.supported'), value: existing?.supportedOrganization ?? null, name: 'supportedOrganizationId', hint: t('partnership.supportedHint') });
  const leading = h('input', { type: 'checkbox', name: 'isLeading', checked: Boolean(existing?.isLeading), id: `leading-${existing?.id ?? 'new'}` });
  const startsOn = input({ type: 'date', name: 'startsOn', value: existing?.startsOn ?? '' });
  const endsOn = input({ type: 'date', name: 'endsOn', value: existing?.endsOn ?? '' });
  const instruction = input({ name: 'instruction', value: existing?.instruction ?? '' });
  const description = textarea({ name: 'description', rows: 3, value: existing?.description ?? '' });
  const leadingError = h('p', { class: 'field-error', hidden: true });
  const fields = {
    kind: field(t('partnership.kind'), kind, { name: 'kind', required: true }),
    organizationId: org.element,
    supportedOrganizationId: supported.element,
    isLeading: Object.assign(h('div', { class: 'field', 'data-field': 'isLeading' },
      h('label', { class: 'check', for: leading.id }, leading, ` ${t('partnership.isLeading')}`), leadingError), {
      control: leading, showError: (msg) => { leadingError.textContent = msg; leadingError.hidden = !msg; },
    }),
    startsOn: field(t('partnership.startsOn'), startsOn, { name: 'startsOn' }),
    endsOn: field(t('partnership.endsOn'), endsOn, { name: 'endsOn' }),
    instruction: field(t('partnership.instructionField'), instruction, { name: 'instruction', hint: t('partnership.instructionHint') }),
    description: field(t('partnership.description'), description, { name: 'description' }),
  };
  const pairs = pairsOf(existing);
  const editor = existing ? null : counterpartEditor(pairs, fields);
  const values = () => ({
    kind: kind.value, organizationId: org.value?.id ?? '', districtId, supportedOrganizationId: supported.value?.id ?? null,
    isLeading: leading.checked, startsOn: startsOn.value || null, endsOn: endsOn.value || null,
    instruction: instruction.value.trim() || null, description: description.value.trim() || null,
  });
  return createForm({
    label: existing ? t('partnership.edit') : t('partnership.record'), fields,
    body: [fields.kind, org.element, supported.element, fields.isLeading, h('div', { class: 'two' }, fields.startsOn, fields.endsOn),
      fields.instruction, fields.description, editor?.element],
    submitLabel: existing ? t('action.save') : t('partnership.record'),
    onSubmit: async () => {
      requireFields([[org.value, 'organizationId', t('validation.required')], ...(existing ? [] : pairChecks(pairs))]);
      const v = values();
      const payload = existing
        ? await mutate('UpdatePartnership', { id: existing.id, version: state.version, ...v })
        : await mutate('RecordPartnership', { ...v, counterparts: pairValues(pairs) });
      return { payload, values: v };
    },
    onSuccess: () => { ctx.flash(t(existing ? 'partnership.saved' : 'partnership.recorded', { name: pick(org.value) })); onDone?.(); },
    onConcurrency: async (err, mine, resubmit) => {
      const theirs = await loadPartnership(existing.id);
      concurrencyDialog([
        [t('partnership.kind'), enumLabel('PartnershipKind', mine.kind), enumLabel('PartnershipKind', theirs.kind)],
        [t('partnership.organization'), pick(org.value), pick(theirs.organization)],
        [t('partnership.supported'), pick(supported.value), pick(theirs.supportedOrganization)],
        [t('partnership.isLeading'), t(mine.isLeading ? 'form.yes' : 'form.no'), t(theirs.isLeading ? 'form.yes' : 'form.no')],
        [t('partnership.periodField'), period(mine), period(theirs)],
        [t('partnership.instructionField'), mine.instruction, theirs.instruction],
        [t('partnership.description'), mine.description, theirs.description],
      ], { onReapply: () => { state.version = theirs.version; resubmit(); }, onDiscard: () => onDone?.() });
    },
  }).form;
}

// Replace the counterpart pairs of `existing` at the version it was read at.
export function counterpartsForm(ctx, { existing, onDone }) {
  const state = { version: existing.version };
  const fields = {};
  const pairs = pairsOf(existing);
  const editor = counterpartEditor(pairs, fields);
  return createForm({
    label: t('partnership.setCounterparts'), fields, body: [editor.element], submitLabel: t('partnership.saveCounterparts'),
    onSubmit: async () => {
      requireFields(pairChecks(pairs));
      const v = { id: existing.id, version: state.version, counterparts: pairValues(pairs) };
      return { payload: await mutate('SetPartnershipCounterparts', v), values: v };
    },
    onSuccess: () => { ctx.flash(t('partnership.counterpartsSaved', { name: pick(existing.organization) })); onDone?.(); },
    onConcurrency: async (err, mine, resubmit) => {
      const theirs = await loadPartnership(existing.id);
      concurrencyDialog([[t('partnership.counterparts'), pairText(pairs), pairText(pairsOf(theirs))]],
        { onReapply: () => { state.version = theirs.version; resubmit(); }, onDiscard: () => onDone?.() });
    },
  }).form;
}
