// Decisions past their due date, and minutes waiting for approval (the dashboard's figures).
import { h, replace } from '../dom.js';
import { t, pick } from '../i18n.js';
import { pageHeader, field, districtSelect, loading, empty, errorBox, badge } from '../ui.js';
import { day, dateTime, todayTehran } from '../format.js';
import { followUp, isOverdue } from './dashboard.js';

export default async function decisions(ctx) {
  const district = ctx.params.get('district') ?? '';
  const minutesView = ctx.params.get('view') === 'minutes';
  const select = districtSelect({ value: district, name: 'district' });
  select.addEventListener('change', () => ctx.setParams({ district: select.value }));
  const body = h('div', null, loading());
  const root = h('section', { 'data-view': minutesView ? 'minutes-awaiting' : 'decisions', class: 'view' },
    pageHeader(minutesView ? t('dashboard.minutesAwaiting') : t('dashboard.decisionsOverdue')),
    h('p', null, minutesView ? h('a', { href: `#/decisions?${new URLSearchParams({ overdue: '1', ...(district ? { district } : {}) })}` }, t('dashboard.decisionsOverdue'))
      : h('a', { href: `#/decisions?${new URLSearchParams({ view: 'minutes', ...(district ? { district } : {}) })}` }, t('dashboard.minutesAwaiting'))),
    h('div', { class: 'filters' }, field(t('filter.district'), select)),
    body);
  try {
    const meetings = await followUp(district);
    const today = todayTehran();
    if (minutesView) {
      const rows = meetings.filter((m) => m.minutes.some((x) => x.status === 'DRAFT'));
      replace(body, rows.length ? h('ul', { class: 'row-list' }, rows.map((m) => h('li', { class: 'row-card' },
        h('h3', null, h('a', { href: `#/meetings/${encodeURIComponent(m.id)}/minutes` }, pick(m, 'title'))),
        h('p', { class: 'meta' }, dateTime(m.startsAt), ' · ', m.minutes.filter((x) => x.status === 'DRAFT').map((x) => t('minutes.revisionN', { n: x.revision })).join('، '))))) : empty(t('decisions.noMinutes')));
    } else {
      const rows = meetings.flatMap((m) => m.decisions.filter((d) => isOverdue(d, today)).map((d) => ({ d, m })));
      replace(body, rows.length ? h('ul', { class: 'row-list' }, rows.map(({ d, m }) => h('li', { class: 'row-card overdue' },
        h('p', null, d.text),
        h('p', { class: 'meta' }, badge('DecisionStatus', d.status), ' · ', t('decision.due', { date: day(d.dueDate) }),
          d.owners.length ? [' · ', d.owners.map((o) => pick(o)).join('، ')] : null),
        h('p', { class: 'meta' }, h('a', { href: `#/meetings/${encodeURIComponent(m.id)}` }, pick(m, 'title')))))) : empty(t('decisions.none')));
    }
  } catch (e) {
    replace(body, errorBox(e, ctx.rerender));
  }
  return root;
}
