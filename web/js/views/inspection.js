import { h, replace } from '../dom.js';
import { t, pick } from '../i18n.js';
import { query, mutate, idempotencyKey } from '../graphql.js';
import { can } from '../auth.js';
import { pageHeader, field, input, textarea, enumSelect, combobox, createForm, requireFields, dl, badge, empty, errorBox } from '../ui.js';
import { payloadErrorText } from '../errors.js';
import { dateTime } from '../format.js';
import { preciseWhen, reportedBy } from '../provenance.js';

export function findingRow(f, fresh = false) {
  return h('li', { class: ['row-card', fresh ? 'fresh' : null], 'data-finding-id': f.id },
    h('h3', null, h('a', { href: `#/findings/${encodeURIComponent(f.id)}` }, f.title)),
    h('p', { class: 'meta' }, badge('FindingSeverity', f.severity), ' ', badge('FindingStatus', f.status), ' ', badge('FindingCategory', f.category),
      f.isConfidential ? [' ', h('span', { class: 'badge' }, t('finding.confidential'))] : null,
      ' · ', h('time', { datetime: f.createdAt }, dateTime(f.createdAt)),
      f.inspection?.district ? [' · ', t('district.numbered', { number: f.inspection.district.number })] : null));
}

// The finding form: one idempotency key per form, so a double click or a retry files one finding.
function fileFindingForm(inspection, onFiled) {
  let key = idempotencyKey();
  const category = enumSelect('FindingCategory', { value: 'PROBLEM', name: 'category' });
  const severity = enumSelect('FindingSeverity', { value: 'MEDIUM', name: 'severity' });
  const channel = enumSelect('FindingChannel', { value: 'FIELD', name: 'channel' });
  const title = input({ name: 'title' });
  const description = textarea({ name: 'description' });
  const location = input({ name: 'location' });
  const due = input({ type: 'date', name: 'dueDate' });
  const confidential = h('input', { type: 'checkbox', name: 'isConfidential', id: 'finding-confidential' });
  const responsible = combobox({ kind: 'organization', label: t('finding.responsible'), name: 'responsibleOrganizationId' });
  const fields = {
    title: field(t('finding.title'), title, { name: 'title', required: true }),
    category: field(t('finding.category'), category, { name: 'category', required: true }),
    severity: field(t('finding.severity'), severity, { name: 'severity', required: true }),
    channel: field(t('finding.channel'), channel, { name: 'channel', required: true }),
    description: field(t('finding.description'), description, { name: 'description' }),
    location: field(t('finding.location'), location, { name: 'location' }),
    dueDate: field(t('finding.dueDate'), due, { name: 'dueDate' }),
    responsibleOrganizationId: responsible.element,
  };
  const { form } = createForm({
    label: t('finding.file'),
    fields,
    body: [fields.title, h('div', { class: 'two' }, fields.category, fields.severity), fields.channel, fields.description, fields.location,
      responsible.element, fields.dueDate, h('label', { for: 'finding-confidential', class: 'check' }, confidential, ` ${t('finding.confidential')}`)],
    submitLabel: t('finding.file'),
    onSubmit: async () => {
      requireFields([[title.value.trim(), 'title', t('validation.required')]]);
      const values = {
        inspectionId: inspection.id, category: category.value, severity: severity.value, channel: channel.value, title: title.value.trim(),
        description: description.value.trim() || null, location: location.value.trim() || null, responsibleOrganizationId: responsible.value?.id ?? null,
        dueDate: due.value || null, isConfidential: confidential.checked, idempotencyKey: key,
      };
      return { payload: await mutate('FileFinding', values), values };
    },
    onSuccess: (payload) => {
      key = idempotencyKey(); // a new finding needs a new key
      form.reset();
      responsible.setValue(null);
      onFiled(payload.finding);
    },
  });
  return form;
}

export default async function inspectionView(ctx) {
  const data = await query('Inspection', { id: ctx.args[0] });
  const i = data.node;
  if (!i) throw new Error(t('inspection.notFound'));
  const inspect = can.inspect();
  const alertBox = h('div', { 'aria-live': 'polite' });
  async function step(name) {
    try {
      const payload = await mutate(name, { id: i.id, version: i.version });
      if (payload.errors?.length) {
        replace(alertBox, h('div', { class: 'alert error', role: 'alert' }, payload.errors.map((e) => h('p', null, payloadErrorText(e).text))));
        return;
      }
      ctx.announce(t('form.saved'));
      ctx.rerender();
    } catch (e) { replace(alertBox, errorBox(e)); }
  }
  const list = h('ul', { class: 'row-list', 'aria-label': t('inspection.findings') }, i.findings.map((f) => findingRow(f)));
  const emptyNote = empty(t('inspection.noFindings'));
  if (i.findings.length) emptyNote.hidden = true;
  const onFinding = (ev) => {
    const f = ev.detail;
    if (f.inspection?.id !== i.id || list.querySelector(`[data-finding-id="${CSS.escape(f.id)}"]`)) return;
    list.prepend(findingRow(f, true));
    emptyNote.hidden = true;
  };
  window.addEventListener('hh:finding-filed', onFinding);
  ctx.onLeave(() => window.removeEventListener('hh:finding-filed', onFinding));

  const canFile = inspect && i.status !== 'CANCELLED';
  return h('section', { 'data-view': 'inspection', class: 'view' },
    h('p', { class: 'breadcrumb' }, h('a', { href: '#/inspections' }, t('nav.inspections'))),
    pageHeader(i.title,
      inspect && i.status === 'PLANNED' ? h('button', { type: 'button', class: 'primary', onclick: () => step('StartInspection') }, t('inspection.start')) : null,
      inspect && i.status === 'IN_PROGRESS' ? h('button', { type: 'button', class: 'primary', onclick: () => step('CompleteInspection') }, t('inspection.complete')) : null),
    alertBox,
    h('section', { class: 'card' }, dl([
      [t('inspection.kind'), badge('InspectionKind', i.kind)],
      [t('filter.status'), badge('InspectionStatus', i.status)],
      [t('inspection.plannedAt'), preciseWhen(i.plannedAt, i.plannedAtPrecision, i.plannedAtFromPublication)],
      [t('inspection.startedAt'), i.startedAt ? dateTime(i.startedAt) : null],
      [t('inspection.completedAt'), i.completedAt ? dateTime(i.completedAt) : null],
      [t('filter.district'), i.district ? h('a', { href: `#/districts/${i.district.number}` }, t('district.numbered', { number: i.district.number })) : null],
      [t('inspection.inspectingOrganization'), pick(i.inspectingOrganization)],
      [t('inspection.inspectedOrganization'), i.inspectedOrganization ? pick(i.inspectedOrganization) : null],
      [t('inspection.inspectedSite'), i.inspectedSite ? pick(i.inspectedSite) : null],
      [t('inspection.inspectors'), i.inspectors.length ? i.inspectors.map((p) => pick(p, 'fullName')).join('، ') : null],
      [t('provenance.reportedBy'), reportedBy(i.source)],
    ])),
    h('section', { class: 'card', 'aria-labelledby': 'findings-h' }, h('h2', { id: 'findings-h' }, t('inspection.findings')), list, emptyNote),
    canFile ? h('section', { class: 'card', 'aria-labelledby': 'file-h' }, h('h2', { id: 'file-h' }, t('finding.file')),
      fileFindingForm(i, (f) => {
        ctx.flash(t('finding.filed', { title: f.title }));
        if (!list.querySelector(`[data-finding-id="${CSS.escape(f.id)}"]`)) list.prepend(findingRow(f, true));
        emptyNote.hidden = true;
      })) : null);
}
