// Where a record's facts come from and how precise its date is, shown the same way for meetings and inspections:
// a date at its precision (never an invented hour), what the precision means, whether it is the report's publication
// date, and the outlet with its news code and publication day.
// The outlet's name is isolated in a <bdi>: `.facts dd` takes its direction from its first strong letter, and a Persian
// outlet name would otherwise turn the whole English line right to left.
import { h } from './dom.js';
import { t } from './i18n.js';
import { day, digits, preciseDate } from './format.js';

export function preciseWhen(iso, precision, fromPublication) {
  if (!iso) return null;
  return [h('time', { datetime: iso }, preciseDate(iso, precision)), ' ', h('span', { class: 'meta' }, t(`provenance.precision.${precision ?? 'TIME'}`)),
    fromPublication ? h('span', { class: 'meta' }, ` — ${t('provenance.fromPublication')}`) : null];
}

export function reportedBy(source) {
  if (!source) return null;
  return [h('bdi', null, source.outlet),
    source.newsCode ? h('span', { class: 'meta' }, ` — ${t('provenance.newsCode', { code: digits(source.newsCode) })}`) : null,
    source.publishedOn ? h('span', { class: 'meta' }, ` — ${t('provenance.publishedOn', { date: day(source.publishedOn) })}`) : null,
    source.url ? [' — ', h('a', { href: source.url, rel: 'noopener noreferrer' }, t('provenance.sourceLink'))] : null];
}
