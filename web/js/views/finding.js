import { h, replace } from '../dom.js';
import { t, pick, enumLabel, enumValues } from '../i18n.js';
import { query, mutate } from '../graphql.js';
import { can } from '../auth.js';
import { pageHeader, field, textarea, enumSelect, createForm, requireFields, dl, badge, empty, concurrencyDialog } from '../ui.js';
import { dateTime, day } from '../format.js';

async function loadFinding(id) {
  const data = await query('Finding', { id });
  if (!data.node) throw new Error(t('finding.notFound'));
  return data.node;
}

export default async function findingView(ctx) {
  const f = await loadFinding(ctx.args[0]);
  const inspect = can.inspect();
  const state = { version: f.version };
  let forms = null;
  if (inspect && f.status !== 'DISMISSED') {
    const status = enumSelect('FindingStatus', { value: f.status, values: enumValues('FindingStatus').filter((s) => s !== 'DISMISSED') });
    const note = textarea({ name: 'note', rows: 3 });
    const fields = { status: field(t('finding.newStatus'), status, { name: 'status', required: true }), note: field(t('finding.note'), note, { name: 'note', required: true }) };
    const change = createForm({
      label: t('finding.changeStatus'),
      fields,
      body: [fields.status, fields.note],
      submitLabel: t('finding.changeStatus'),
      onSubmit: async () => {
        requireFields([[note.value.trim(), 'note', t('validation.required')]]);
        const values = { id: f.id, version: state.version, status: status.value, note: note.value.trim() };
        return { payload: await mutate('ChangeFindingStatus', values), values };
      },
      onSuccess: () => { ctx.announce(t('form.saved')); ctx.rerender(); },
      onConcurrency: async (err, values, resubmit) => {
        const theirs = await loadFinding(f.id);
        concurrencyDialog([
          [t('filter.status'), enumLabel('FindingStatus', values.status), enumLabel('FindingStatus', theirs.status)],
          [t('finding.note'), values.note, theirs.history[theirs.history.length - 1]?.change],
        ], { onReapply: () => { state.version = theirs.version; resubmit(); }, onDiscard: () => ctx.rerender() });
      },
    });
    const reason = textarea({ name: 'reason', rows: 3 });
    const rf = { reason: field(t('finding.dismissReason'), reason, { name: 'reason', required: true }) };
    const dismiss = createForm({
      label: t('finding.dismiss'),
      fields: rf,
      body: [rf.reason],
      submitLabel: t('finding.dismiss'),
      onSubmit: async () => {
        requireFields([[reason.value.trim(), 'reason', t('validation.required')]]);
        const values = { id: f.id, version: state.version, reason: reason.value.trim() };
        return { payload: await mutate('DismissFinding', values), values };
      },
      onSuccess: () => { ctx.announce(t('form.saved')); ctx.rerender(); },
      onConcurrency: async (err, values, resubmit) => {
        const theirs = await loadFinding(f.id);
        concurrencyDialog([[t('filter.status'), t('finding.dismiss'), enumLabel('FindingStatus', theirs.status)]], { onReapply: () => { state.version = theirs.version; resubmit(); }, onDiscard: () => ctx.rerender() });
      },
    });
    forms = [
      h('section', { class: 'card', 'aria-labelledby': 'fs-h' }, h('h2', { id: 'fs-h' }, t('finding.changeStatus')), change.form),
      h('section', { class: 'card', 'aria-labelledby': 'fd-h' }, h('h2', { id: 'fd-h' }, t('finding.dismiss')), h('p', { class: 'hint' }, t('finding.dismissHint')), dismiss.form),
    ];
  }
  return h('section', { 'data-view': 'finding', class: 'view' },
    h('p', { class: 'breadcrumb' }, h('a', { href: '#/findings' }, t('nav.findings')), f.inspection ? [' / ', h('a', { href: `#/inspections/${encodeURIComponent(f.inspection.id)}` }, f.inspection.title)] : null),
    pageHeader(f.title),
    h('section', { class: 'card' }, dl([
      [t('filter.status'), badge('FindingStatus', f.status)],
      [t('finding.severity'), badge('FindingSeverity', f.severity)],
      [t('finding.category'), enumLabel('FindingCategory', f.category)],
      [t('finding.channel'), enumLabel('FindingChannel', f.channel)],
      [t('finding.filedAt'), dateTime(f.createdAt)],
      [t('filter.district'), f.inspection?.district ? t('district.numbered', { number: f.inspection.district.number }) : null],
      [t('finding.location'), f.location],
      [t('finding.responsible'), f.responsibleOrganization ? pick(f.responsibleOrganization) : null],
      [t('finding.dueDate'), f.dueDate ? day(f.dueDate) : null],
      [t('finding.confidential'), f.isConfidential ? t('form.yes') : t('form.no')],
      [t('finding.dismissReason'), f.dismissalReason],
    ]), f.description ? h('p', { class: 'summary' }, f.description) : null),
    h('section', { class: 'card', 'aria-labelledby': 'fh-h' }, h('h2', { id: 'fh-h' }, t('finding.history')),
      f.history.length ? h('ol', { class: 'history' }, f.history.map((e) => h('li', null,
        badge('FindingStatus', e.status), ' ', e.change,
        h('p', { class: 'meta' }, h('time', { datetime: e.createdAt }, dateTime(e.createdAt)), ' · ', e.actor)))) : empty()),
    forms);
}
