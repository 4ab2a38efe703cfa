// A campaign recorded or updated, its phases set (dates at their precision, the launch meeting) and a phase's
// service points set (a count per kind, the places where the source names them). Editors and administrators.
import { h, replace } from '../dom.js';
import { t, pick, enumLabel } from '../i18n.js';
import { query, mutate } from '../graphql.js';
import { can } from '../auth.js';
import { field, input, textarea, enumSelect, combobox, createForm, requireFields, concurrencyDialog } from '../ui.js';
import { preciseDate, num } from '../format.js';
import { preciseDateInput } from '../precise-date-input.js';

export async function loadCampaign(id) {
  const data = await query('Campaign', { id, withLaunchMeeting: can.edit() });
  if (!data.node) throw new Error(t('campaign.notFound'));
  return data.node;
}

const reapply = (state, theirs, resubmit, onDone) => ({ onReapply: () => { state.version = theirs.version; resubmit(); }, onDiscard: () => onDone?.() });

// Record a campaign, or update `existing` at the version it was read at.
export function campaignForm(ctx, { existing = null, onDone }) {
  const state = { version: existing?.version };
  const name = input({ name: 'name', value: existing?.name ?? '' });
  const nameEn = input({ name: 'nameEn', lang: 'en', dir: 'ltr', value: existing?.nameEn ?? '' });
  const description = textarea({ name: 'description', rows: 3, value: existing?.description ?? '' });
  const org = combobox({ kind: 'organization', label: t('campaign.organization'), value: existing?.organization ?? null, name: 'organizationId' });
  const fields = {
    name: field(t('campaign.name'), name, { name: 'name', required: true }),
    nameEn: field(t('manage.nameEn'), nameEn, { name: 'nameEn' }),
    description: field(t('campaign.description'), description, { name: 'description' }),
    organizationId: org.element,
  };
  const values = () => {
    const s = existing?.source;
    return {
      name: name.value.trim(), nameEn: nameEn.value.trim() || null, description: description.value.trim() || null, organizationId: org.value?.id ?? null,
      source: s ? { outlet: s.outlet, url: s.url, newsCode: s.newsCode, publishedOn: s.publishedOn } : null,
    };
  };
  return createForm({
    label: existing ? t('campaign.edit') : t('campaign.record'), fields, body: Object.values(fields),
    submitLabel: existing ? t('action.save') : t('campaign.record'),
    onSubmit: async () => {
      const v = values();
      requireFields([[v.name, 'name', t('validation.required')]]);
      const payload = existing ? await mutate('UpdateCampaign', { id: existing.id, version: state.version, ...v }) : await mutate('RecordCampaign', v);
      return { payload, values: v };
    },
    onSuccess: (p, v) => { ctx.flash(t(existing ? 'campaign.saved' : 'campaign.recorded', { name: v.name })); onDone?.(p.campaign); },
    onConcurrency: async (err, mine, resubmit) => {
      const theirs = await loadCampaign(existing.id);
      concurrencyDialog([
        [t('campaign.name'), mine.name, theirs.name],
        [t('manage.nameEn'), mine.nameEn, theirs.nameEn],
        [t('campaign.description'), mine.description, theirs.description],
        [t('campaign.organization'), pick(org.value), pick(theirs.organization)],
      ], reapply(state, theirs, resubmit, onDone));
    },
  }).form;
}

const phaseText = (phases) => phases.map((p) => `${num(p.number)}: ${[preciseDate(p.startsAt, p.startsAtPrecision), preciseDate(p.endsAt, p.endsAtPrecision)].filter(Boolean).join(' – ') || '—'}`).join('؛ ');

// Replace the phases of `existing` (numbered, with dates at their precision and the meeting that launched each).
export function phasesForm(ctx, { existing, onDone }) {
  const state = { version: existing.version };
  const fields = {};
  const phases = existing.phases.map((p) => ({ number: p.number, description: p.description ?? '', startsAt: p.startsAt, startsAtPrecision: p.startsAtPrecision, endsAt: p.endsAt, endsAtPrecision: p.endsAtPrecision, launchMeeting: p.launchMeeting ?? null }));
  const list = h('ol', { class: 'edit-rows', 'aria-label': t('campaign.phases') });
  function render() {
    for (const k of Object.keys(fields)) if (k.startsWith('phases[')) delete fields[k];
    replace(list, phases.map((p, i) => {
      const n = input({ type: 'number', min: 1, inputmode: 'numeric', value: p.number ?? '', oninput: (e) => { p.number = e.target.value === '' ? null : Number(e.target.value); } });
      const desc = input({ value: p.description, oninput: (e) => { p.description = e.target.value; } });
      const meeting = combobox({ kind: 'meeting', label: t('campaign.launchMeetingOf', { n: i + 1 }), value: p.launchMeeting, name: `phases[${i}].launchMeetingId`, onPick: (m) => { p.launchMeeting = m; } });
      fields[`phases[${i}].number`] = field(t('campaign.phaseNumber', { n: i + 1 }), n, { name: `phases[${i}].number`, required: true });
      fields[`phases[${i}].description`] = field(t('campaign.phaseDescription', { n: i + 1 }), desc, { name: `phases[${i}].description` });
      fields[`phases[${i}].launchMeetingId`] = meeting.element;
      fields[`phases[${i}]`] = fields[`phases[${i}].number`];
      return h('li', { class: 'edit-row' }, h('div', { class: 'two' }, fields[`phases[${i}].number`], fields[`phases[${i}].description`]),
        preciseDateInput(p, 'startsAt', { name: `phases[${i}].startsAt`, label: t('campaign.startsAtOf', { n: i + 1 }), fields }),
        preciseDateInput(p, 'endsAt', { name: `phases[${i}].endsAt`, label: t('campaign.endsAtOf', { n: i + 1 }), fields }), meeting.element,
        h('button', { type: 'button', class: 'secondary small', onclick: () => { phases.splice(i, 1); render(); } }, t('campaign.removePhase', { n: i + 1 })));
    }));
  }
  render();
  const add = h('button', { type: 'button', class: 'secondary', onclick: () => {
    phases.push({ number: Math.max(0, ...phases.map((p) => p.number ?? 0)) + 1, description: '', startsAt: null, startsAtPrecision: 'DAY', endsAt: null, endsAtPrecision: 'UNKNOWN', launchMeeting: null });
    render();
    list.lastChild?.querySelector('input')?.focus();
  } }, t('campaign.addPhase'));
  fields.phases = { control: add, showError: () => {} };
  return createForm({
    label: t('campaign.setPhases'), fields, body: [list, add], submitLabel: t('campaign.savePhases'),
    onSubmit: async () => {
      requireFields(phases.map((p, i) => [p.number, `phases[${i}].number`, t('validation.required')]));
      const v = {
        id: existing.id, version: state.version,
        phases: phases.map((p) => ({
          number: p.number, description: p.description.trim() || null,
          startsAt: p.startsAtPrecision === 'UNKNOWN' ? null : p.startsAt, startsAtPrecision: p.startsAtPrecision,
          endsAt: p.endsAtPrecision === 'UNKNOWN' ? null : p.endsAt, endsAtPrecision: p.endsAtPrecision,
          launchMeetingId: p.launchMeeting?.id ?? null,
        })),
      };
      return { payload: await mutate('SetCampaignPhases', v), values: v };
    },
    onSuccess: () => { ctx.flash(t('campaign.phasesSaved', { name: pick(existing) })); onDone?.(); },
    onConcurrency: async (err, mine, resubmit) => {
      const theirs = await loadCampaign(existing.id);
      concurrencyDialog([[t('campaign.phases'), phaseText(phases), phaseText(theirs.phases)]], reapply(state, theirs, resubmit, onDone));
    },
  }).form;
}

const pointText = (points) => points.map((p) => `${enumLabel('ServicePointKind', p.kind)}${p.count != null && p.count !== '' ? ` ${num(p.count)}` : ''}`).join('؛ ');

// Replace the service points of `phase` (one entry per kind, a count, notes, the named places).
export function servicePointsForm(ctx, { campaign, phase, onDone }) {
  const state = { version: phase.version };
  const fields = {};
  const points = phase.servicePoints.map((s) => ({ kind: s.kind, count: s.count, notes: s.notes ?? '', sites: [...s.sites] }));
  const list = h('ol', { class: 'edit-rows', 'aria-label': t('campaign.servicePoints') });
  function render() {
    for (const k of Object.keys(fields)) if (k.startsWith('servicePoints[')) delete fields[k];
    replace(list, points.map((p, i) => {
      const kind = enumSelect('ServicePointKind', { value: p.kind });
      kind.addEventListener('change', () => { p.kind = kind.value; });
      const count = input({ type: 'number', min: 0, inputmode: 'numeric', value: p.count ?? '', oninput: (e) => { p.count = e.target.value === '' ? null : Number(e.target.value); } });
      const notes = input({ value: p.notes, oninput: (e) => { p.notes = e.target.value; } });
      const site = combobox({ kind: 'site', label: t('campaign.addPlace', { n: i + 1 }), multiple: true, name: `servicePoints[${i}].siteIds`, onPick: (s) => { if (s && !p.sites.some((x) => x.id === s.id)) { p.sites.push(s); render(); } } });
      fields[`servicePoints[${i}].kind`] = field(t('campaign.pointKind', { n: i + 1 }), kind, { name: `servicePoints[${i}].kind`, required: true });
      fields[`servicePoints[${i}].count`] = field(t('campaign.pointCount', { n: i + 1 }), count, { name: `servicePoints[${i}].count`, hint: t('campaign.countHint') });
      fields[`servicePoints[${i}].notes`] = field(t('campaign.pointNotes', { n: i + 1 }), notes, { name: `servicePoints[${i}].notes` });
      fields[`servicePoints[${i}].siteIds`] = site.element;
      fields[`servicePoints[${i}]`] = fields[`servicePoints[${i}].kind`];
      return h('li', { class: 'edit-row' }, h('div', { class: 'two' }, fields[`servicePoints[${i}].kind`], fields[`servicePoints[${i}].count`]), fields[`servicePoints[${i}].notes`],
        p.sites.length ? h('ul', { class: 'chips', 'aria-label': t('campaign.placesOf', { n: i + 1 }) }, p.sites.map((s, j) => h('li', { class: 'chip' }, pick(s), ' ',
          h('button', { type: 'button', class: 'secondary small', onclick: () => { p.sites.splice(j, 1); render(); } }, t('action.removeNamed', { name: pick(s) }))))) : null,
        site.element,
        h('button', { type: 'button', class: 'secondary small', onclick: () => { points.splice(i, 1); render(); } }, t('campaign.removePoint', { n: i + 1 })));
    }));
  }
  render();
  const add = h('button', { type: 'button', class: 'secondary', onclick: () => { points.push({ kind: 'OTHER', count: null, notes: '', sites: [] }); render(); list.lastChild?.querySelector('select')?.focus(); } }, t('campaign.addPoint'));
  fields.servicePoints = { control: add, showError: () => {} };
  return createForm({
    label: t('campaign.setPoints', { n: phase.number }), fields, body: [list, add], submitLabel: t('campaign.savePoints'),
    onSubmit: async () => {
      const v = { phaseId: phase.id, version: state.version, servicePoints: points.map((p) => ({ kind: p.kind, count: p.count, notes: p.notes.trim() || null, siteIds: p.sites.map((s) => s.id) })) };
      return { payload: await mutate('SetPhaseServicePoints', v), values: v };
    },
    onSuccess: () => { ctx.flash(t('campaign.pointsSaved', { n: phase.number })); onDone?.(); },
    onConcurrency: async (err, mine, resubmit) => {
      const theirs = (await loadCampaign(campaign.id)).phases.find((x) => x.id === phase.id);
      if (!theirs) { ctx.flash(t('concurrency.reloaded')); onDone?.(); return; }
      concurrencyDialog([[t('campaign.servicePoints'), pointText(points), pointText(theirs.servicePoints)]], reapply(state, theirs, resubmit, onDone));
    },
  }).form;
}
