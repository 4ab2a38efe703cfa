import { h, replace } from '../dom.js';
import { t, pick, enumLabel, enumValues } from '../i18n.js';
import { mutate, idempotencyKey } from '../graphql.js';
import { pageHeader, field, input, textarea, enumSelect, combobox, createForm, requireFields, concurrencyDialog, districtOptions, districtName } from '../ui.js';
import { toLocalInput, fromLocalInput, dateTime } from '../format.js';
import { loadMeeting } from './meeting.js';
import { visitEditor, tagField } from './meeting-visits.js';

export default async function meetingForm(ctx) {
  const [id] = ctx.args;
  const existing = id ? await loadMeeting(id) : null;
  const saved = existing ? { id: existing.id, version: existing.version } : { id: null, version: null };
  const key = idempotencyKey();

  const kind = enumSelect('MeetingKind', { value: existing?.kind ?? 'COORDINATION', name: 'kind' });
  const title = input({ name: 'title', value: existing?.title ?? '', maxlength: 300 });
  const titleEn = input({ name: 'titleEn', value: existing?.titleEn ?? '', lang: 'en', dir: 'ltr' });
  const summary = textarea({ name: 'summary', value: existing?.summary ?? '' });
  const startsAt = input({ type: 'datetime-local', name: 'startsAt', value: toLocalInput(existing?.startsAt) });
  const endsAt = input({ type: 'datetime-local', name: 'endsAt', value: toLocalInput(existing?.endsAt) });
  const venue = input({ name: 'venue', value: existing?.venue ?? '' });
  const host = combobox({ kind: 'organization', label: t('meeting.host'), value: existing?.hostOrganization ?? null, name: 'hostOrganizationId' });

  const chosenDistricts = new Set((existing?.districts ?? []).map((d) => d.id));
  const districtBox = h('div', { class: 'checkbox-grid' });
  const districtsFieldset = h('fieldset', { class: 'field', 'data-field': 'districtIds' }, h('legend', null, t('meeting.districts')), districtBox);
  const districtError = h('p', { class: 'field-error', hidden: true });
  districtsFieldset.append(districtError);
  districtsFieldset.showError = (msg) => { districtError.textContent = msg; districtError.hidden = !msg; };
  districtOptions().then((list) => replace(districtBox, list.map((d) => {
    const cb = h('input', { type: 'checkbox', value: d.id, checked: chosenDistricts.has(d.id), id: `district-${d.number}` });
    cb.addEventListener('change', () => { if (cb.checked) chosenDistricts.add(d.id); else chosenDistricts.delete(d.id); });
    return h('label', { for: cb.id, class: 'check' }, cb, ` ${districtName(d)}`);
  }))).catch(() => {});

  const fields = {
    kind: field(t('meeting.kind'), kind, { name: 'kind', required: true }),
    title: field(t('meeting.titleField'), title, { name: 'title', required: true }),
    titleEn: field(t('meeting.titleEn'), titleEn, { name: 'titleEn' }),
    summary: field(t('meeting.summary'), summary, { name: 'summary' }),
    startsAt: field(t('meeting.startsAt'), startsAt, { name: 'startsAt', required: true, hint: t('form.tehranTime') }),
    endsAt: field(t('meeting.endsAt'), endsAt, { name: 'endsAt', hint: t('form.tehranTime') }),
    venue: field(t('meeting.venue'), venue, { name: 'venue' }),
    hostOrganizationId: host.element,
    districtIds: districtsFieldset,
  };

  // Agenda: rows of title + notes.
  const agenda = (existing?.agenda ?? []).map((a) => ({ title: a.title, notes: a.notes ?? '' }));
  const agendaList = h('ol', { class: 'edit-rows' });
  function renderAgenda() {
    for (const k of Object.keys(fields)) if (k.startsWith('items[')) delete fields[k];
    replace(agendaList, agenda.map((item, i) => {
      const ti = input({ value: item.title, oninput: (e) => { item.title = e.target.value; } });
      const no = input({ value: item.notes, oninput: (e) => { item.notes = e.target.value; } });
      fields[`items[${i}].title`] = field(t('agenda.itemTitle', { n: i + 1 }), ti, { name: `items[${i}].title`, required: true });
      fields[`items[${i}].notes`] = field(t('agenda.itemNotes', { n: i + 1 }), no, { name: `items[${i}].notes` });
      return h('li', { class: 'edit-row' }, fields[`items[${i}].title`], fields[`items[${i}].notes`],
        h('button', { type: 'button', class: 'secondary small', onclick: () => { agenda.splice(i, 1); renderAgenda(); } }, t('action.removeNamed', { name: t('agenda.itemN', { n: i + 1 }) })));
    }));
  }
  renderAgenda();
  const addAgenda = h('button', { type: 'button', class: 'secondary', onclick: () => { agenda.push({ title: '', notes: '' }); renderAgenda(); agendaList.lastChild?.querySelector('input')?.focus(); } }, t('agenda.add'));

  // Attendees: a person or an organization, picked by search, with a role.
  const attendees = (existing?.attendees ?? []).map((a) => ({ person: a.person, organization: a.organization, role: a.role, description: a.description ?? '' }));
  const attendeeList = h('ul', { class: 'edit-rows' });
  function renderAttendees() {
    for (const k of Object.keys(fields)) if (k.startsWith('attendees[')) delete fields[k];
    replace(attendeeList, attendees.map((a, i) => {
      const who = a.person ? pick(a.person, 'fullName') : pick(a.organization);
      const roleSel = enumSelect('AttendeeRole', { value: a.role });
      roleSel.addEventListener('change', () => { a.role = roleSel.value; });
      const desc = input({ value: a.description, oninput: (e) => { a.description = e.target.value; } });
      fields[`attendees[${i}].role`] = field(t('attendee.roleOf', { name: who }), roleSel, { name: `attendees[${i}].role` });
      fields[`attendees[${i}].description`] = field(t('attendee.description'), desc, { name: `attendees[${i}].description` });
      const err = h('p', { class: 'field-error', hidden: true });
      const row = h('li', { class: 'edit-row attendee' },
        h('p', { class: 'who' }, h('strong', null, who), ' ', h('span', { class: 'meta' }, a.person ? t('attendee.person') : t('attendee.organization'))),
        err, fields[`attendees[${i}].role`], fields[`attendees[${i}].description`],
        h('button', { type: 'button', class: 'secondary small', onclick: () => { attendees.splice(i, 1); renderAttendees(); } }, t('action.removeNamed', { name: who })));
      const rowField = { control: row.querySelector('select'), showError: (msg) => { err.textContent = msg; err.hidden = !msg; } };
      fields[`attendees[${i}]`] = rowField;
      return row;
    }));
  }
  renderAttendees();
  const addPerson = combobox({ kind: 'person', label: t('attendee.addPerson'), multiple: true, onPick: (p) => { if (p) { attendees.push({ person: p, organization: null, role: 'PARTICIPANT', description: '' }); renderAttendees(); } } });
  const addOrg = combobox({ kind: 'organization', label: t('attendee.addOrganization'), multiple: true, onPick: (o) => { if (o) { attendees.push({ person: null, organization: o, role: 'PARTICIPANT', description: '' }); renderAttendees(); } } });
  fields.attendees = addPerson.element;
  const visits = visitEditor(existing, fields);
  const tags = tagField(existing, fields);
  fields.items = { control: addAgenda, showError: () => {} };

  function meetingValues() {
    // An unchanged start keeps the precision its source gave; a start typed here is to the minute.
    const keepsStart = Boolean(existing) && startsAt.value === toLocalInput(existing.startsAt);
    const source = existing?.source;
    return {
      startsAtPrecision: keepsStart ? existing.startsAtPrecision : 'TIME',
      startsAtFromPublication: keepsStart ? existing.startsAtFromPublication : false,
      sourceUrl: existing?.sourceUrl ?? null,
      source: source ? { outlet: source.outlet, url: source.url, newsCode: source.newsCode, publishedOn: source.publishedOn } : null,
      kind: kind.value,
      title: title.value.trim(),
      titleEn: titleEn.value.trim() || null,
      summary: summary.value.trim() || null,
      startsAt: fromLocalInput(startsAt.value),
      endsAt: fromLocalInput(endsAt.value),
      venue: venue.value.trim() || null,
      hostOrganizationId: host.value?.id ?? null,
      districtIds: [...chosenDistricts],
    };
  }

  let step = 'meeting'; // which part still has to be saved: meeting -> agenda -> attendees -> visits -> tags
  const { form } = createForm({
    label: existing ? t('meeting.edit') : t('meetings.new'),
    fields,
    body: [
      h('fieldset', { class: 'group' }, h('legend', null, t('meeting.details')), fields.kind, fields.title, fields.titleEn, fields.summary,
        h('div', { class: 'two' }, fields.startsAt, fields.endsAt), fields.venue, host.element, districtsFieldset, tags.element),
      h('fieldset', { class: 'group' }, h('legend', null, t('meeting.agenda')), agendaList, addAgenda),
      h('fieldset', { class: 'group' }, h('legend', null, t('meeting.attendees')), attendeeList, addPerson.element, addOrg.element),
      visits.element,
    ],
    submitLabel: existing ? t('action.save') : t('meeting.record'),
    onSubmit: async () => {
      const values = meetingValues();
      requireFields([
        [values.title, 'title', t('validation.required')],
        [values.startsAtPrecision === 'UNKNOWN' || values.startsAt, 'startsAt', t('validation.required')],
        ...agenda.map((a, i) => [a.title.trim(), `items[${i}].title`, t('validation.required')]),
        ...visits.checks(),
      ]);
      if (step === 'meeting') {
        const payload = saved.id
          ? await mutate('UpdateMeeting', { id: saved.id, version: saved.version, ...values })
          : await mutate('RecordMeeting', { ...values, idempotencyKey: key });
        if (payload.errors?.length) return { payload, values };
        saved.id = payload.meeting.id;
        saved.version = payload.meeting.version;
        step = 'agenda';
      }
      if (step === 'agenda') {
        if (agenda.length || existing?.agenda.length) {
          const payload = await mutate('SetMeetingAgenda', { meetingId: saved.id, version: saved.version, items: agenda.map((a) => ({ title: a.title.trim(), notes: a.notes.trim() || null })) });
          if (payload.errors?.length) return { payload, values };
          saved.version = payload.meeting.version;
        }
        step = 'attendees';
      }
      if (step === 'attendees') {
        if (attendees.length || existing?.attendees.length) {
          const payload = await mutate('SetMeetingAttendees', {
            meetingId: saved.id, version: saved.version,
            attendees: attendees.map((a) => ({ personId: a.person?.id ?? null, organizationId: a.organization?.id ?? (a.person ? null : null), role: a.role, description: a.description.trim() || null })),
          });
          if (payload.errors?.length) return { payload, values };
          saved.version = payload.meeting.version;
        }
        step = 'visits';
      }
      if (step === 'visits') {
        if (visits.touched()) {
          const payload = await mutate('SetMeetingSiteVisits', { meetingId: saved.id, version: saved.version, visits: visits.values() });
          if (payload.errors?.length) return { payload, values };
          saved.version = payload.meeting.version;
        }
        step = 'tags';
      }
      if (step === 'tags') {
        if (tags.touched()) {
          const payload = await mutate('SetMeetingTags', { meetingId: saved.id, version: saved.version, tags: tags.values() });
          if (payload.errors?.length) return { payload, values };
          saved.version = payload.meeting.version;
        }
        step = 'done';
      }
      return { payload: { errors: null }, values };
    },
    onSuccess: async () => {
      ctx.announce(t('meeting.saved'));
      step = existing ? 'meeting' : 'done';
      ctx.navigate(`/meetings/${encodeURIComponent(saved.id)}`);
    },
    onConcurrency: async (err, values, resubmit) => {
      const theirs = await loadMeeting(saved.id);
      const rows = [
        [t('meeting.titleField'), values?.title, theirs.title],
        [t('meeting.kind'), enumLabel('MeetingKind', values?.kind), enumLabel('MeetingKind', theirs.kind)],
        [t('meeting.startsAt'), dateTime(values?.startsAt), dateTime(theirs.startsAt)],
        [t('meeting.venue'), values?.venue, theirs.venue],
        [t('meeting.summary'), values?.summary, theirs.summary],
        [t('meeting.agenda'), agenda.map((a) => a.title).join(' | '), theirs.agenda.map((a) => a.title).join(' | ')],
        [t('meeting.attendees'), String(attendees.length), String(theirs.attendees.length)],
        [t('meeting.siteVisits'), visits.summary(), theirs.siteVisits.map((v) => pick(v.site)).join(' | ')],
        [t('meeting.tags'), tags.summary(), theirs.tags.map((x) => x.name).join('، ')],
      ];
      concurrencyDialog(rows, {
        onReapply: () => { saved.version = theirs.version; resubmit(); },
        onDiscard: () => ctx.rerender(),
      });
    },
  });

  return h('section', { 'data-view': 'meeting-form', class: 'view' },
    h('p', { class: 'breadcrumb' }, h('a', { href: existing ? `#/meetings/${encodeURIComponent(existing.id)}` : '#/meetings' }, existing ? pick(existing, 'title') : t('nav.meetings'))),
    pageHeader(existing ? t('meeting.edit') : t('meetings.new')),
    form);
}
