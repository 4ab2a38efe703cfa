import { h, replace } from '../dom.js';
import { t, pick, enumLabel } from '../i18n.js';
import { query, mutate } from '../graphql.js';
import { can } from '../auth.js';
import { pageHeader, field, input, textarea, enumSelect, dl, badge, empty, combobox, createForm, requireFields, confirmDialog, errorBox, pagedList } from '../ui.js';
import { payloadErrorText } from '../errors.js';
import { dateTime, day, preciseDate, todayTehran, num } from '../format.js';
import { preciseWhen, reportedBy } from '../provenance.js';

export async function loadMeeting(id) {
  const data = await query('Meeting', { id });
  if (!data.node) throw new Error(t('meeting.notFound'));
  return data.node;
}

function section(title, content, id) {
  const hid = `sec-${id}`;
  return h('section', { class: 'card', 'aria-labelledby': hid }, h('h2', { id: hid }, title), content);
}

function person(a) {
  if (a.person) return [pick(a.person, 'fullName'), a.person.title ? ` (${pick(a.person, 'title')})` : ''];
  if (a.organization) return pick(a.organization);
  return a.description ?? '';
}

function decisionForm(meeting, onDone) {
  const text = textarea({ name: 'text', rows: 3 });
  const kind = enumSelect('OutcomeKind', { value: 'DECISION', name: 'kind' });
  const due = input({ type: 'date', name: 'dueDate' });
  const owners = [];
  const ownerList = h('ul', { class: 'chips', 'aria-label': t('decision.owners') });
  const renderOwners = () => replace(ownerList, owners.map((o, i) => h('li', { class: 'chip' }, pick(o),
    h('button', { type: 'button', class: 'icon', 'aria-label': t('action.removeNamed', { name: pick(o) }), onclick: () => { owners.splice(i, 1); renderOwners(); } }, '×'))));
  const ownerBox = combobox({ kind: 'organization', label: t('decision.addOwner'), multiple: true, name: 'ownerOrganizationIds', onPick: (o) => { if (o && !owners.some((x) => x.id === o.id)) { owners.push(o); renderOwners(); } } });
  const fields = { kind: field(t('decisions.kind'), kind, { name: 'kind' }), text: field(t('decision.text'), text, { name: 'text', required: true }), dueDate: field(t('decision.dueDate'), due, { name: 'dueDate' }), ownerOrganizationIds: ownerBox.element };
  const { form } = createForm({
    label: t('decision.record'),
    fields,
    body: [fields.kind, fields.text, fields.dueDate, ownerBox.element, ownerList],
    submitLabel: t('decision.record'),
    onSubmit: async () => {
      requireFields([[text.value.trim(), 'text', t('validation.required')]]);
      const values = { meetingId: meeting.id, kind: kind.value, text: text.value.trim(), dueDate: due.value || null, ownerOrganizationIds: owners.map((o) => o.id) };
      return { payload: await mutate('RecordDecision', values), values };
    },
    onSuccess: onDone,
  });
  return form;
}

export default async function meetingView(ctx) {
  const [id] = ctx.args;
  const m = await loadMeeting(id);
  const edit = can.edit();

  const decisionRow = (d) => {
    const overdue = d.isOverdue;
    return h('li', { class: overdue ? 'overdue' : null, 'data-decision-id': d.id },
      h('p', null, h('a', { href: `#/decisions/${encodeURIComponent(d.id)}` }, d.text)),
      h('p', { class: 'meta' }, badge('OutcomeKind', d.kind), d.status ? [' ', badge('DecisionStatus', d.status)] : null,
        d.dueDate ? [' · ', t('decision.due', { date: day(d.dueDate) })] : null,
        overdue ? [' · ', h('strong', { class: 'warn-text' }, t('decision.overdue'))] : null),
      d.owners.length ? h('p', { class: 'meta' }, t('decision.ownersList', { names: d.owners.map((o) => pick(o)).join('، ') })) : null,
      d.workingGroups.length ? h('p', { class: 'meta' }, t('decision.formed'), ' ', d.workingGroups.map((g, i) => [i ? '، ' : '', h('a', { href: `#/working-groups/${encodeURIComponent(g.id)}` }, pick(g))])) : null,
      edit ? h('p', null, h('a', { class: 'button secondary small', href: `#/working-groups/new?decision=${encodeURIComponent(d.id)}` }, t('workingGroup.formFrom'))) : null);
  };
  const decisionList = h('ol', { class: 'decisions' });
  const moreDecisions = async (after) => (await query('MeetingDecisions', { id: m.id, after })).node?.decisions;
  const decisionPages = pagedList(m.decisions, { list: decisionList, row: decisionRow, more: moreDecisions, announce: ctx.announce, describedBy: 'sec-decisions' });
  const decisions = m.decisions.nodes.length ? [decisionPages.status, decisionList, decisionPages.pager] : empty(t('meeting.noDecisions'));

  const cancelButton = edit && m.status !== 'CANCELLED' ? h('button', {
    type: 'button', class: 'danger', onclick: async () => {
      if (!(await confirmDialog(t('meeting.cancel'), t('meeting.cancelConfirm'), t('meeting.cancel')))) return;
      try {
        const payload = await mutate('CancelMeeting', { id: m.id, version: m.version });
        if (payload.errors?.length) {
          const text = payload.errors.map((e) => payloadErrorText(e).text).join(' ');
          ctx.announce(text);
          alertBox.replaceChildren(h('div', { class: 'alert error', role: 'alert' }, h('p', null, text)));
          return;
        }
        ctx.rerender();
      } catch (e) { alertBox.replaceChildren(errorBox(e)); }
    },
  }, t('meeting.cancel')) : null;
  const alertBox = h('div');

  const latestMinutes = m.minutes[m.minutes.length - 1];
  return h('section', { 'data-view': 'meeting', class: 'view' },
    h('p', { class: 'breadcrumb' }, h('a', { href: '#/meetings' }, t('nav.meetings'))),
    pageHeader(pick(m, 'title'),
      edit ? h('a', { href: `#/meetings/${encodeURIComponent(m.id)}/edit`, class: 'button primary' }, t('meeting.edit')) : null,
      h('a', { href: `#/meetings/${encodeURIComponent(m.id)}/minutes`, class: 'button secondary' }, t('minutes.title')),
      cancelButton),
    alertBox,
    section(t('meeting.details'), [
      dl([
        [t('meeting.kind'), badge('MeetingKind', m.kind)],
        [t('meeting.status'), badge('MeetingStatus', m.status)],
        [t('meeting.startsAt'), preciseWhen(m.startsAt, m.startsAtPrecision, m.startsAtFromPublication) ?? t('meeting.dateUnknown')],
        [t('meeting.endsAt'), m.endsAt ? h('time', { datetime: m.endsAt }, dateTime(m.endsAt)) : null],
        [t('meeting.venue'), m.venue],
        [t('meeting.host'), m.hostOrganization ? pick(m.hostOrganization) : null],
        [t('meeting.districts'), m.districts.length ? m.districts.map((d, i) => [i ? '، ' : '', h('a', { href: `#/districts/${d.number}` }, t('district.numbered', { number: d.number }))]) : null],
        [t('meeting.workingGroup'), m.workingGroup ? h('a', { href: `#/working-groups/${encodeURIComponent(m.workingGroup.id)}` }, pick(m.workingGroup)) : null],
        [t('meeting.tags'), m.tags.length ? m.tags.map((x) => x.name).join('، ') : null],
        [t('meeting.source'), m.sourceUrl ? h('a', { href: m.sourceUrl, rel: 'noopener noreferrer' }, t('provenance.sourceLink')) : null],
        [t('provenance.reportedBy'), m.source ? reportedBy({ ...m.source, url: null }) : null],
      ]),
      m.summary ? h('p', { class: 'summary' }, m.summary) : null,
    ], 'details'),
    section(t('meeting.agenda'), m.agenda.length ? h('ol', null, m.agenda.map((a) => h('li', null, a.title, a.notes ? h('p', { class: 'meta' }, a.notes) : null))) : empty(t('meeting.noAgenda')), 'agenda'),
    section(t('meeting.attendees'), m.attendees.length ? h('ul', { class: 'attendees' }, m.attendees.map((a) => h('li', null,
      h('span', null, person(a)), ' ', a.role ? badge('AttendeeRole', a.role) : h('span', { class: 'meta' }, t('meeting.roleUnstated')),
      a.person && a.organization ? h('span', { class: 'meta' }, ` — ${pick(a.organization)}`) : null,
      a.description && (a.person || a.organization) ? h('span', { class: 'meta' }, ` — ${a.description}`) : null))) : empty(t('meeting.noAttendees')), 'attendees'),
    section(t('meeting.decisions'), [decisions, edit ? h('details', { class: 'inline-form' }, h('summary', null, t('decision.record')), decisionForm(m, async () => { ctx.announce(t('decision.recorded')); ctx.rerender(); })) : null], 'decisions'),
    section(t('meeting.siteVisits'), m.siteVisits.length ? h('ol', null, m.siteVisits.map((v) => h('li', null, pick(v.site), ' ', v.site ? badge('SiteKind', v.site.kind) : null,
      v.site?.capacity ? h('span', { class: 'meta' }, ` — ${t('site.capacityValue', { capacity: v.site.capacity })}`) : null, v.notes ? h('p', { class: 'meta' }, v.notes) : null,
      v.photos.length ? h('ul', { class: 'captions', 'aria-label': t('meeting.photos') }, v.photos.map((p) => h('li', null, p.caption))) : null))) : empty(t('meeting.noSiteVisits')), 'visits'),
    section(t('meeting.workingGroupsFormed'), m.workingGroupsFormed.length ? h('ul', null, m.workingGroupsFormed.map((g) => h('li', null, h('a', { href: `#/working-groups/${encodeURIComponent(g.id)}` }, pick(g)), ' ', badge('WorkingGroupStatus', g.status)))) : empty(t('meeting.noWorkingGroups')), 'groups'),
    section(t('minutes.title'), [
      m.minutes.length ? h('ul', null, m.minutes.map((x) => h('li', null, t('minutes.revisionN', { n: x.revision }), ' ', badge('MinutesStatus', x.status),
        x.publishedAt ? h('span', { class: 'meta' }, ` — ${t('minutes.publishedAt', { date: preciseDate(x.publishedAt, x.publishedAtPrecision) })}`) : null))) : empty(t('minutes.none')),
      h('p', null, h('a', { href: `#/meetings/${encodeURIComponent(m.id)}/minutes`, class: 'button secondary' }, latestMinutes ? t('minutes.open') : (edit ? t('minutes.write') : t('minutes.open')))),
    ], 'minutes'));
}
