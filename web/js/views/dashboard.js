import { h, replace } from '../dom.js';
import { t, enumLabel } from '../i18n.js';
import { query } from '../graphql.js';
import { can } from '../auth.js';
import { pageHeader, field, districtSelect, loading, errorBox } from '../ui.js';
import { jalaliMonth, num, toLocalInput } from '../format.js';
import { barChart } from '../chart.js';

const SEVERITIES = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];
const OPEN = ['FILED', 'UNDER_REVIEW', 'REFERRED'];

// The meetings whose minutes have a revision awaiting approval (a draft). The server filters them, across the revisions
// the caller may read: only editors and admins read drafts, so for any other role the list is always empty, and the
// dashboard leaves its figure out rather than show a zero that says nothing.
export const AWAITING = { minutes: { some: { status: { eq: 'DRAFT' } } } };

// A page of those meetings, for the city or one district, latest first; `after` is the cursor of the page before.
export async function awaitingPage(district, after = null) {
  if (district) {
    return (await query('DistrictFollowUp', { number: Number(district), where: AWAITING, after })).district?.meetings;
  }
  return (await query('MeetingFollowUp', { where: AWAITING, after })).meetings;
}

function figure(label, value, href, name) {
  return h('li', { class: 'figure', 'data-figure': name },
    h('a', { href }, h('span', { class: 'figure-value' }, num(value)), h('span', { class: 'figure-label' }, label)));
}

export default async function dashboard(ctx) {
  const district = ctx.params.get('district') ?? '';
  const select = districtSelect({ value: district, blank: t('dashboard.city'), name: 'district' });
  select.addEventListener('change', () => ctx.setParams({ district: select.value }));
  const body = h('div', { class: 'stack' }, loading());
  const root = h('section', { 'data-view': 'dashboard', class: 'view' },
    pageHeader(district ? t('dashboard.titleDistrict', { number: Number(district) }) : t('dashboard.titleCity')),
    h('div', { class: 'filters' }, field(t('dashboard.scope'), select)),
    body);

  const month = jalaliMonth();
  const monthFrom = toLocalInput(month.start).slice(0, 10);
  const q = (extra) => new URLSearchParams(Object.entries({ district, ...extra }).filter(([, v]) => v)).toString();
  try {
    const findingWhere = (sev) => ({ and: [{ status: { in: OPEN } }, { severity: { eq: sev } }, ...(district ? [{ inspection: { district: { number: { eq: Number(district) } } } }] : [])] });
    const readFindings = can.readOversight();
    const inMonthWhere = { and: [{ startsAt: { gte: month.start } }, { startsAt: { lt: month.end } }] };
    // The meeting figures come from the city's lists or from the district's; the findings' and decisions' take the district as a filter.
    const [counts, local] = await Promise.all([
      query('Dashboard', {
        city: !district,
        meetings: inMonthWhere,
        awaiting: AWAITING,
        low: findingWhere('LOW'), medium: findingWhere('MEDIUM'), high: findingWhere('HIGH'), critical: findingWhere('CRITICAL'),
        district: district ? Number(district) : null,
      }),
      district ? query('DistrictDashboard', { number: Number(district), meetings: inMonthWhere, awaiting: AWAITING }) : null,
    ]);
    const scope = district ? local.district : counts;
    const inMonth = scope?.meetings?.totalCount ?? 0;
    const overdue = counts.overdue?.totalCount ?? 0;
    const drafts = scope?.awaiting?.totalCount ?? 0;
    const sev = { LOW: counts.low?.totalCount ?? 0, MEDIUM: counts.medium?.totalCount ?? 0, HIGH: counts.high?.totalCount ?? 0, CRITICAL: counts.critical?.totalCount ?? 0 };
    const openTotal = Object.values(sev).reduce((a, b) => a + b, 0);
    const lastDay = toLocalInput(new Date(new Date(month.end).getTime() - 3600000).toISOString()).slice(0, 10);
    const chart = barChart(SEVERITIES.map((s) => ({
      key: s, label: enumLabel('FindingSeverity', s), value: sev[s], className: `bar-${s.toLowerCase()}`, href: `#/findings?${q({ severity: s, open: '1' })}`,
    })), { title: t('dashboard.findingsChart') });
    replace(body,
      h('ul', { class: 'figures', 'aria-label': t('dashboard.figures') },
        figure(t('dashboard.meetingsThisMonth'), inMonth, `#/meetings?${q({ from: monthFrom, to: lastDay })}`, 'meetings-this-month'),
        readFindings ? figure(t('dashboard.openFindings'), openTotal, `#/findings?${q({ open: '1' })}`, 'open-findings') : null,
        figure(t('dashboard.decisionsOverdue'), overdue, `#/decisions?${q({ overdue: '1' })}`, 'decisions-overdue'),
        can.edit() ? figure(t('dashboard.minutesAwaiting'), drafts, `#/decisions?${q({ view: 'minutes' })}`, 'minutes-awaiting') : null),
      readFindings ? h('section', { class: 'card', 'aria-labelledby': 'chart-title' },
        h('h2', { id: 'chart-title' }, t('dashboard.findingsChart')),
        chart,
        h('ul', { class: 'legend-list' }, SEVERITIES.map((s) => h('li', { 'data-severity': s }, h('a', { href: `#/findings?${q({ severity: s, open: '1' })}` }, `${enumLabel('FindingSeverity', s)}: ${num(sev[s])}`))))) : null);
  } catch (e) {
    replace(body, errorBox(e, ctx.rerender));
  }
  return root;
}
