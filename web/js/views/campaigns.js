// City campaigns (پویش): a list with a search, and for editors a form to record one.
import { h, replace } from '../dom.js';
import { t, pick } from '../i18n.js';
import { query } from '../graphql.js';
import { can } from '../auth.js';
import { pageHeader, field, input, empty, errorBox, loading, dialog } from '../ui.js';
import { preciseDate } from '../format.js';
import { campaignForm } from './campaign-form.js';

// The span of a campaign's dated phases, each end as precise as its source.
function span(phases) {
  const dated = phases.filter((p) => p.startsAt && p.startsAtPrecision !== 'UNKNOWN');
  if (!dated.length) return null;
  const first = dated.reduce((a, b) => (a.startsAt <= b.startsAt ? a : b));
  return t('campaigns.from', { date: preciseDate(first.startsAt, first.startsAtPrecision) });
}

export default async function campaigns(ctx) {
  const q = ctx.params.get('q') ?? '';
  const after = ctx.params.get('after') ?? '';
  const qi = input({ type: 'search', value: q, name: 'q' });
  const form = h('form', { class: 'filters', role: 'search', 'aria-label': t('campaigns.filters') },
    field(t('campaigns.search'), qi),
    h('div', { class: 'filter-actions' }, h('button', { type: 'submit', class: 'primary' }, t('action.search'))));
  form.addEventListener('submit', (ev) => { ev.preventDefault(); ctx.navigate('/campaigns', { q: qi.value.trim() }); });
  const record = can.edit() ? h('button', { type: 'button', class: 'primary', onclick: () => {
    let d = null;
    d = dialog(t('campaign.record'), campaignForm(ctx, { onDone: (c) => { d?.close(); ctx.navigate(`/campaigns/${encodeURIComponent(c.id)}`); } }), { wide: true });
  } }, t('campaign.record')) : null;
  const results = h('div', null, loading());
  const root = h('section', { 'data-view': 'campaigns', class: 'view' }, pageHeader(t('nav.campaigns'), record), form, results);
  const where = q ? { or: [{ name: { contains: q } }, { nameEn: { contains: q } }, { description: { contains: q } }] } : null;
  try {
    const conn = (await query('Campaigns', { where, first: 20, after: after || null })).campaigns;
    replace(results,
      h('p', { class: 'count', role: 'status' }, t('campaigns.count', { count: conn?.totalCount ?? 0 })),
      conn?.nodes?.length ? h('ul', { class: 'row-list' }, conn.nodes.map((c) => h('li', { class: 'row-card', 'data-campaign': c.id },
        h('h3', null, h('a', { href: `#/campaigns/${encodeURIComponent(c.id)}` }, pick(c))),
        h('p', { class: 'meta' }, [t('campaigns.phaseCount', { count: c.phases.length }), span(c.phases), c.organization ? pick(c.organization) : null].filter(Boolean).join(' · ')),
        c.description ? h('p', { class: 'meta' }, c.description) : null))) : empty(t('campaigns.empty')),
      conn?.pageInfo?.hasNextPage ? h('div', { class: 'pager' }, h('button', { type: 'button', class: 'primary', onclick: () => ctx.setParams({ after: conn.pageInfo.endCursor }) }, t('paging.more'))) : null);
  } catch (e) {
    replace(results, errorBox(e, ctx.rerender));
  }
  return root;
}
