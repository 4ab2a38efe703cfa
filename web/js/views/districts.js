import { h } from '../dom.js';
import { t, pick } from '../i18n.js';
import { query } from '../graphql.js';
import { pageHeader, empty } from '../ui.js';
import { num } from '../format.js';

export default async function districts() {
  const data = await query('Districts', {});
  const list = data.districts?.nodes ?? [];
  return h('section', { 'data-view': 'districts', class: 'view' },
    pageHeader(t('districts.title')),
    list.length ? h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': t('districts.title') }, h('table', null,
      h('caption', { class: 'visually-hidden' }, t('districts.title')),
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, t('districts.number')), h('th', { scope: 'col' }, t('districts.name')), h('th', { scope: 'col' }, t('districts.area')), h('th', { scope: 'col' }, t('districts.sites')), h('th', { scope: 'col' }, t('districts.partners')))),
      h('tbody', null, list.map((d) => h('tr', null,
        h('td', null, num(d.number)),
        h('th', { scope: 'row' }, h('a', { href: `#/districts/${d.number}` }, pick(d))),
        h('td', null, pick(d, 'areaName')),
        h('td', null, num(d.sites.totalCount)),
        h('td', null, num(d.partnerships.length))))))) : empty());
}
