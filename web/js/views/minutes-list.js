// Published minutes, newest first: what integrators (and everyone) read; each revision as the server renders it.
import { h, replace, setTrustedHtml } from '../dom.js';
import { t, pick } from '../i18n.js';
import { query } from '../graphql.js';
import { role } from '../auth.js';
import { pageHeader, empty, errorBox, loading, badge } from '../ui.js';
import { preciseDate } from '../format.js';

export default async function minutesList(ctx) {
  const after = ctx.params.get('after') ?? '';
  const results = h('div', null, loading());
  const root = h('section', { 'data-view': 'minutes-list', class: 'view' }, pageHeader(t('minutesList.title')), h('p', { class: 'hint' }, t('minutesList.intro')), results);
  try {
    const data = await query('PublishedMinutes', { where: { status: { eq: 'PUBLISHED' } }, first: 10, after: after || null });
    const conn = data.minutes;
    replace(results,
      h('p', { class: 'count', role: 'status' }, t('minutesList.count', { count: conn?.totalCount ?? 0 })),
      conn?.nodes?.length ? h('ul', { class: 'row-list' }, conn.nodes.map((m) => {
        const body = h('div', { class: 'minutes-html' });
        setTrustedHtml(body, m.html);
        const title = m.meeting ? pick(m.meeting, 'title') : t('minutes.title');
        return h('li', { class: 'row-card' },
          h('h3', null, role() === 'INTEGRATOR' || !m.meeting ? title : h('a', { href: `#/meetings/${encodeURIComponent(m.meeting.id)}/minutes` }, title)),
          h('p', { class: 'meta' }, t('minutes.revisionN', { n: m.revision }), ' ', badge('MinutesStatus', m.status), ' · ', t('minutes.publishedAt', { date: preciseDate(m.publishedAt, m.publishedAtPrecision) }),
            m.amends ? ` · ${t('minutes.amends', { n: m.amends.revision })}` : ''),
          h('details', null, h('summary', null, t('minutesList.read', { title })), body));
      })) : empty(t('minutesList.empty')),
      conn?.pageInfo?.hasNextPage ? h('div', { class: 'pager' }, h('button', { type: 'button', class: 'primary', onclick: () => ctx.setParams({ after: conn.pageInfo.endCursor }) }, t('paging.more'))) : null);
  } catch (e) {
    replace(results, errorBox(e, ctx.rerender));
  }
  return root;
}
