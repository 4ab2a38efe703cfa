// One decision followed up: owners (and who answers for each), due date and its extensions, status, the progress log and its "add note" form,
// and the meeting it came from. Editors change it; partners add notes to the decisions their organization owns.
import { h } from '../dom.js';
import { t, pick, enumLabel, enumValues } from '../i18n.js';
import { query, mutate, idempotencyKey } from '../graphql.js';
import { can, me, role } from '../auth.js';
import { pageHeader, field, input, textarea, enumSelect, createForm, requireFields, dl, badge, empty, concurrencyDialog } from '../ui.js';
import { dateTime, day, preciseDate, todayTehran } from '../format.js';
import { ownersForm } from './decision-owners.js';

async function loadDecision(id) {
  const data = await query('Decision', { id });
  if (!data.node) throw new Error(t('decision.notFound'));
  return data.node;
}

// Owners report progress: a partner's or inspector's organization (or a department of it), or the person named.
export function ownsDecision(d, viewer = me()) {
  if (!viewer) return false;
  const org = viewer.organization?.id ?? viewer.person?.organization?.id;
  return d.owners.some((o) => org && (o.id === org || o.parent?.id === org)) || d.ownerPeople.some((p) => viewer.person && p.id === viewer.person.id);
}

function card(id, title, ...content) {
  return h('section', { class: 'card', 'aria-labelledby': id }, h('h2', { id }, title), ...content);
}

function statusForm(ctx, d, state) {
  const status = enumSelect('DecisionStatus', { value: d.status ?? 'OPEN', values: enumValues('DecisionStatus'), name: 'status' });
  const fields = { status: field(t('decision.newStatus'), status, { name: 'status', required: true }) };
  return createForm({
    label: t('decision.changeStatus'), fields, body: [fields.status], submitLabel: t('decision.changeStatus'),
    onSubmit: async () => {
      const values = { id: d.id, version: state.version, status: status.value };
      return { payload: await mutate('ChangeDecisionStatus', values), values };
    },
    onSuccess: () => { ctx.announce(t('form.saved')); ctx.rerender(); },
    onConcurrency: async (err, values, resubmit) => {
      const theirs = await loadDecision(d.id);
      concurrencyDialog([[t('filter.status'), enumLabel('DecisionStatus', values.status), enumLabel('DecisionStatus', theirs.status)]],
        { onReapply: () => { state.version = theirs.version; resubmit(); }, onDiscard: () => ctx.rerender() });
    },
  }).form;
}

function dueDateForm(ctx, d, state) {
  const due = input({ type: 'date', name: 'dueDate', value: d.dueDate ?? '' });
  const reason = textarea({ name: 'reason', rows: 2 });
  const fields = {
    dueDate: field(t('decision.dueDate'), due, { name: 'dueDate' }),
    reason: field(t('decision.reason'), reason, { name: 'reason', required: !!d.dueDate, hint: d.dueDate ? t('decision.reasonHint') : null }),
  };
  return createForm({
    label: d.dueDate ? t('decision.extend') : t('decision.setDueDate'), fields, body: [fields.dueDate, fields.reason],
    submitLabel: d.dueDate ? t('decision.extend') : t('decision.setDueDate'),
    onSubmit: async () => {
      if (d.dueDate) requireFields([[reason.value.trim(), 'reason', t('validation.required')]]);
      const values = { id: d.id, version: state.version, dueDate: due.value || null, reason: reason.value.trim() || null };
      return { payload: await mutate('SetDecisionDueDate', values), values };
    },
    onSuccess: () => { ctx.announce(t('form.saved')); ctx.rerender(); },
    onConcurrency: async (err, values, resubmit) => {
      const theirs = await loadDecision(d.id);
      concurrencyDialog([[t('decision.dueDate'), day(values.dueDate), day(theirs.dueDate)]],
        { onReapply: () => { state.version = theirs.version; resubmit(); }, onDiscard: () => ctx.rerender() });
    },
  }).form;
}

function noteForm(ctx, d) {
  const key = idempotencyKey(); // a retry of this form adds one note
  const text = textarea({ name: 'text', rows: 3 });
  const on = input({ type: 'date', name: 'notedOn', value: todayTehran() });
  const fields = { text: field(t('decision.noteText'), text, { name: 'text', required: true }), notedOn: field(t('decision.notedOn'), on, { name: 'notedOn' }) };
  return createForm({
    label: t('decision.addNote'), fields, body: [fields.text, fields.notedOn], submitLabel: t('decision.addNote'),
    onSubmit: async () => {
      requireFields([[text.value.trim(), 'text', t('validation.required')]]);
      const values = { decisionId: d.id, text: text.value.trim(), notedOn: on.value || null, idempotencyKey: key };
      return { payload: await mutate('AddDecisionNote', values), values };
    },
    onSuccess: () => { ctx.announce(t('decision.noteAdded')); ctx.rerender(); },
  }).form;
}

export default async function decisionView(ctx) {
  const d = await loadDecision(ctx.args[0]);
  const edit = can.edit();
  const mayNote = edit || (['PARTNER', 'INSPECTOR'].includes(role()) && ownsDecision(d));
  const state = { version: d.version };
  const m = d.meeting;
  return h('section', { 'data-view': 'decision', class: 'view' },
    h('p', { class: 'breadcrumb' }, h('a', { href: '#/decisions' }, t('decisions.title')),
      m ? [' / ', h('a', { href: `#/meetings/${encodeURIComponent(m.id)}` }, pick(m, 'title'))] : null),
    pageHeader(d.text),
    card('dd-facts', t('decision.details'), dl([
      [t('decisions.kind'), badge('OutcomeKind', d.kind)],
      [t('filter.status'), d.status ? badge('DecisionStatus', d.status) : t('decisions.statusUnknown')],
      [t('decision.dueDate'), d.dueDate ? [day(d.dueDate), d.isOverdue ? [' · ', h('strong', { class: 'warn-text' }, t('decision.overdue'))] : null] : t('decision.noDueDate')],
      [t('decision.owners'), d.owners.length ? d.owners.map((o) => pick(o)).join('، ') : t('decision.noOwners')],
      [t('decision.ownerPeople'), d.ownerPeople.length ? d.ownerPeople.map((p) => pick(p, 'fullName')).join('، ') : null],
      [t('decisions.fromMeeting'), m ? [h('a', { href: `#/meetings/${encodeURIComponent(m.id)}` }, pick(m, 'title')), ' · ', preciseDate(m.startsAt, m.startsAtPrecision)] : null],
      [t('meeting.districts'), m?.districts.length ? m.districts.map((x) => t('district.numbered', { number: x.number })).join('، ') : null],
      [t('decision.formed'), d.workingGroups.length ? d.workingGroups.map((g, i) => [i ? '، ' : '', h('a', { href: `#/working-groups/${encodeURIComponent(g.id)}` }, pick(g))]) : null],
    ])),
    card('dd-due', t('decision.dueHistory'), d.dueDateChanges.length ? h('ol', { class: 'history' }, d.dueDateChanges.map((c) => h('li', null,
      c.previousDueDate ? t('decision.moved', { from: day(c.previousDueDate), to: c.dueDate ? day(c.dueDate) : '—' }) : t('decision.dueSet', { date: c.dueDate ? day(c.dueDate) : '—' }),
      c.reason ? h('p', null, t('decision.reasonIs', { reason: c.reason })) : null,
      h('p', { class: 'meta' }, h('time', { datetime: c.createdAt }, dateTime(c.createdAt)), ' · ', c.actor)))) : empty(t('decision.noDueHistory')),
    edit ? dueDateForm(ctx, d, state) : null),
    edit ? card('dd-owners', t('decisionOwners.title'), ownersForm(ctx, d, state, () => loadDecision(d.id))) : null,
    edit ? card('dd-status', t('decision.changeStatus'), statusForm(ctx, d, state)) : null,
    card('dd-notes', t('decision.progress'), d.notes.length ? h('ol', { class: 'history' }, d.notes.map((n) => h('li', null, n.text,
      h('p', { class: 'meta' }, h('time', { datetime: n.notedOn }, day(n.notedOn)), ' · ',
        n.authorPerson ? pick(n.authorPerson, 'fullName') : n.authorOrganization ? pick(n.authorOrganization) : n.author)))) : empty(t('decision.noNotes')),
    mayNote ? noteForm(ctx, d) : null));
}
