// Who answers for a decision: its owner organizations, each with at most one person named, set by editors at the
// version they saw (setDecisionOwners replaces the whole list).
import { h, replace } from '../dom.js';
import { t, pick } from '../i18n.js';
import { mutate } from '../graphql.js';
import { combobox, createForm, concurrencyDialog } from '../ui.js';

// Each owner organization with the person named for it (the API pairs them in ownerships).
export function ownerRows(d) {
  return d.ownerships.map(({ organization, person }) => ({ organization, person: person ?? null }));
}

const names = (rows) => rows.map((r) => pick(r.organization) + (r.person ? ` (${pick(r.person, 'fullName')})` : '')).join('، ');

export function ownersForm(ctx, d, state, reload) {
  const rows = ownerRows(d);
  const list = h('ul', { class: 'edit-rows', 'aria-label': t('decision.owners') });
  const fields = {};

  function render() {
    for (const k of Object.keys(fields)) if (k.startsWith('owners[')) delete fields[k];
    replace(list, rows.map((row, i) => {
      const name = pick(row.organization);
      const person = combobox({
        kind: 'person', label: t('decisionOwners.personFor', { name }), value: row.person, name: `owners[${i}].personId`,
        hint: t('decisionOwners.personHint'), onPick: (p) => { row.person = p; },
      });
      fields[`owners[${i}].personId`] = person.element;
      const err = h('p', { class: 'field-error', hidden: true });
      fields[`owners[${i}]`] = { control: person.input, showError: (msg) => { err.textContent = msg; err.hidden = !msg; } };
      return h('li', { class: 'edit-row owner-row' },
        h('p', { class: 'who' }, h('strong', null, name)), err, person.element,
        h('button', { type: 'button', class: 'secondary small', onclick: () => { rows.splice(i, 1); render(); } }, t('action.removeNamed', { name })));
    }));
  }
  render();

  const add = combobox({
    kind: 'organization', label: t('decision.addOwner'), multiple: true, name: 'owners',
    onPick: (o) => {
      if (!o) return;
      if (rows.some((r) => r.organization.id === o.id)) { ctx.announce(t('decisionOwners.already', { name: pick(o) })); return; }
      rows.push({ organization: o, person: null });
      render();
      ctx.announce(t('decisionOwners.added', { name: pick(o) }));
    },
  });
  fields.owners = add.element;

  return createForm({
    label: t('decisionOwners.title'), fields,
    body: [h('p', { class: 'hint' }, t('decisionOwners.intro')), list, add.element],
    submitLabel: t('decisionOwners.save'),
    onSubmit: async () => {
      const values = {
        id: d.id, version: state.version,
        owners: rows.map((r) => ({ organizationId: r.organization.id, personId: r.person?.id ?? null })),
      };
      return { payload: await mutate('SetDecisionOwners', values), values };
    },
    onSuccess: (payload) => { state.version = payload.decision.version; ctx.announce(t('form.saved')); ctx.rerender(); },
    onConcurrency: async (err, values, resubmit) => {
      const theirs = await reload();
      concurrencyDialog([[t('decision.owners'), names(rows), names(ownerRows(theirs))]],
        { onReapply: () => { state.version = theirs.version; resubmit(); }, onDiscard: () => ctx.rerender() });
    },
  }).form;
}
