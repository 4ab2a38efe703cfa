// A campaign: its phases with dates at the source's precision, each phase's service points by kind with their
// counts and the places the source names, and the meeting that launched it. Editors change each part.
import { h } from '../dom.js';
import { t, pick, enumLabel } from '../i18n.js';
import { can } from '../auth.js';
import { pageHeader, dl, empty, dialogButton } from '../ui.js';
import { preciseDate, num } from '../format.js';
import { reportedBy } from '../provenance.js';
import { loadCampaign, campaignForm, phasesForm, servicePointsForm } from './campaign-form.js';

const when = (iso, precision) => (iso && precision !== 'UNKNOWN' ? preciseDate(iso, precision) : t('campaign.noDate'));

function place(s) {
  const where = s.isCityWide ? t('site.cityWide') : s.district ? t('district.numbered', { number: s.district.number }) : null;
  return h('li', null, pick(s), ' ', h('span', { class: 'meta' }, [enumLabel('SiteKind', s.kind), where].filter(Boolean).join(' — ')));
}

function servicePoints(phase) {
  if (!phase.servicePoints.length) return empty(t('campaign.noPoints'));
  const total = phase.servicePoints.reduce((sum, p) => sum + (p.count ?? 0), 0);
  const id = `points-${phase.number}`;
  return h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-labelledby': id }, h('table', null,
    h('caption', { id }, t('campaign.pointsOf', { n: phase.number })),
    h('thead', null, h('tr', null, h('th', { scope: 'col' }, t('campaign.kind')), h('th', { scope: 'col' }, t('campaign.count')), h('th', { scope: 'col' }, t('campaign.places')))),
    h('tbody', null, phase.servicePoints.map((p) => h('tr', { 'data-service-point': p.kind },
      h('th', { scope: 'row' }, enumLabel('ServicePointKind', p.kind), p.notes ? h('p', { class: 'meta' }, p.notes) : null),
      h('td', null, p.count != null ? num(p.count) : t('campaign.countUnknown')),
      h('td', null, p.sites.length ? h('ul', { class: 'places' }, p.sites.map(place)) : '—')))),
    h('tfoot', null, h('tr', null, h('th', { scope: 'row' }, t('campaign.total')), h('td', null, num(total)), h('td', null)))));
}

export default async function campaign(ctx) {
  const c = await loadCampaign(ctx.args[0]);
  const edit = can.edit();
  const phases = c.phases.map((p) => h('section', { class: 'card', 'data-phase': p.number, 'aria-labelledby': `phase-${p.number}` },
    h('h2', { id: `phase-${p.number}` }, t('campaign.phaseN', { n: p.number })),
    p.description ? h('p', null, p.description) : null,
    dl([
      [t('campaign.startsAt'), when(p.startsAt, p.startsAtPrecision)],
      [t('campaign.endsAt'), when(p.endsAt, p.endsAtPrecision)],
      [t('campaign.launchMeeting'), p.launchMeeting ? h('a', { href: `#/meetings/${encodeURIComponent(p.launchMeeting.id)}` }, pick(p.launchMeeting, 'title')) : null],
    ]),
    servicePoints(p),
    edit ? h('p', { class: 'actions' }, dialogButton(ctx, t('campaign.setPoints', { n: p.number }), (done) => servicePointsForm(ctx, { campaign: c, phase: p, onDone: done }))) : null));
  return h('section', { 'data-view': 'campaign', class: 'view' },
    h('p', { class: 'breadcrumb' }, h('a', { href: '#/campaigns' }, t('nav.campaigns'))),
    pageHeader(pick(c), ...(edit ? [
      dialogButton(ctx, t('campaign.edit'), (done) => campaignForm(ctx, { existing: c, onDone: done })),
      dialogButton(ctx, t('campaign.setPhases'), (done) => phasesForm(ctx, { existing: c, onDone: done }))] : [])),
    h('section', { class: 'card' }, dl([
      [t('campaign.description'), c.description],
      [t('campaign.organization'), c.organization ? pick(c.organization) : null],
      [t('campaign.source'), reportedBy(c.source)],
      [t('campaign.phases'), t('campaigns.phaseCount', { count: c.phases.length })],
    ])),
    phases.length ? phases : h('section', { class: 'card' }, empty(t('campaign.noPhases'))));
}
