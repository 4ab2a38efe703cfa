// The archive card of the Records view: organizations, people and sites are archived (hidden from lists, kept with
// every link), never deleted, and restored as they were. Administrators only, as the API allows. What is listed is
// in the address (#/manage?records=site&shown=archived&q=...), so a filtered list survives a reload.
import { h, replace } from '../dom.js';
import { t, pick, enumLabel } from '../i18n.js';
import { query, mutate } from '../graphql.js';
import { field, input, load, empty, confirmDialog, errorText } from '../ui.js';
import { payloadErrorText } from '../errors.js';
import { date } from '../format.js';

const KINDS = {
  organization: {
    doc: 'ManageOrganizations', list: 'organizations', type: 'Organization', name: (o) => pick(o),
    search: (q) => ({ or: [{ name: { contains: q } }, { nameEn: { contains: q } }] }),
    detail: (o) => [enumLabel('OrganizationKind', o.kind), o.district ? t('district.numbered', { number: o.district.number }) : ''],
  },
  person: {
    doc: 'ManagePeople', list: 'people', type: 'Person', name: (p) => pick(p, 'fullName'),
    search: (q) => ({ or: [{ fullName: { contains: q } }, { fullNameEn: { contains: q } }] }),
    detail: (p) => [pick(p, 'title'), pick(p.organization)],
  },
  site: {
    doc: 'ManageSites', list: 'sites', type: 'Site', name: (s) => pick(s),
    search: (q) => ({ or: [{ name: { contains: q } }, { nameEn: { contains: q } }] }),
    detail: (s) => [enumLabel('SiteKind', s.kind), s.isCityWide ? t('site.cityWide') : s.district ? t('district.numbered', { number: s.district.number }) : ''],
  },
};
const SHOWN = ['all', 'active', 'archived'];

function option(value, label, current) {
  return h('option', { value, selected: value === current }, label);
}

// The variables of the list query: archived ones are asked for unless only active ones are shown.
export function archiveVariables(kind, { shown, q, after }) {
  const and = [];
  if (q) and.push(KINDS[kind].search(q));
  if (shown === 'archived') and.push({ archivedAt: { neq: null } });
  return { where: and.length ? { and } : null, includeArchived: shown !== 'active', first: 20, after: after || null };
}

export function archiveCard(ctx) {
  const p = ctx.params;
  const state = {
    kind: KINDS[p.get('records')] ? p.get('records') : 'organization',
    shown: SHOWN.includes(p.get('shown')) ? p.get('shown') : 'all',
    q: p.get('q') ?? '',
    after: p.get('after') ?? '',
  };
  const kindSel = h('select', { name: 'records' }, Object.keys(KINDS).map((k) => option(k, t(`archive.kind.${k}`), state.kind)));
  const shownSel = h('select', { name: 'shown' }, SHOWN.map((s) => option(s, t(`archive.shown.${s}`), state.shown)));
  const q = input({ type: 'search', name: 'q', value: state.q });
  const params = (changes) => ({ records: state.kind, shown: state.shown, q: state.q, ...changes });
  const filters = h('form', { class: 'filters', role: 'search', 'aria-label': t('archive.filters') },
    field(t('archive.search'), q),
    field(t('archive.records'), kindSel),
    field(t('archive.show'), shownSel),
    h('div', { class: 'filter-actions' }, h('button', { type: 'submit', class: 'primary' }, t('archive.list'))));
  filters.addEventListener('submit', (ev) => {
    ev.preventDefault();
    ctx.navigate('/manage', params({ records: kindSel.value, shown: shownSel.value, q: q.value.trim(), after: '' }));
  });

  // What the last archive or restore did: the API's errors in words, or what was done.
  const outcome = h('div', { class: 'archive-outcome', tabindex: '-1', hidden: true });
  const results = h('div', { class: 'results' });
  const spec = KINDS[state.kind];

  function say(kind, ...content) {
    outcome.className = `archive-outcome alert ${kind}`;
    outcome.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    replace(outcome, content);
    outcome.hidden = false;
    outcome.focus();
  }

  async function act(record, archive) {
    const name = spec.name(record);
    const verb = archive ? 'archive' : 'restore';
    const confirmed = await confirmDialog(t(`archive.${verb}Title`, { name }), t(`archive.${verb}Explain.${state.kind}`, { name }), t(`archive.${verb}`));
    if (!confirmed) return;
    try {
      const payload = await mutate(`${archive ? 'Archive' : 'Restore'}${spec.type}`, { id: record.id, version: record.version });
      if (payload.errors?.length) {
        const changed = payload.errors.some((e) => e.__typename === 'ConcurrencyError');
        say('error', h('p', { class: 'summary-title' }, t('archive.failed', { name })),
          h('ul', null, payload.errors.map((e) => h('li', null, payloadErrorText(e).text))),
          changed ? h('p', null, t('archive.reloaded')) : null);
        if (changed) reload();
        return;
      }
      say('ok', h('p', null, t(archive ? 'archive.archived' : 'archive.restored', { name })));
      reload();
    } catch (e) {
      say('error', h('p', null, errorText(e)));
    }
  }

  function row(record) {
    const name = spec.name(record);
    const archived = Boolean(record.archivedAt);
    return h('li', { class: 'row-card archive-row', 'data-archived': String(archived) },
      h('h3', null, name),
      h('p', { class: 'meta' }, spec.detail(record).filter(Boolean).join(' — ')),
      h('p', { class: 'meta' }, archived
        ? h('strong', null, t('archive.archivedOn', { date: date(record.archivedAt) }))
        : t('archive.active')),
      h('p', null, h('button', { type: 'button', class: archived ? 'secondary small' : 'danger small', onclick: () => act(record, !archived) },
        t(archived ? 'archive.restoreNamed' : 'archive.archiveNamed', { name }))));
  }

  function reload() {
    return load(results, () => query(spec.doc, archiveVariables(state.kind, state)), (data) => {
      const conn = data[spec.list];
      const nodes = conn?.nodes ?? [];
      return [
        h('p', { class: 'count', role: 'status' }, t('archive.count', { count: conn?.totalCount ?? 0 })),
        nodes.length ? h('ul', { class: 'row-list', 'aria-label': t(`archive.kind.${state.kind}`) }, nodes.map(row)) : empty(t('archive.empty')),
        h('div', { class: 'pager' },
          state.after ? h('button', { type: 'button', class: 'secondary', onclick: () => ctx.navigate('/manage', params({ after: '' })) }, t('paging.first')) : null,
          conn?.pageInfo?.hasNextPage ? h('button', { type: 'button', class: 'primary', onclick: () => ctx.navigate('/manage', params({ after: conn.pageInfo.endCursor })) }, t('paging.more')) : null),
      ];
    });
  }
  reload();

  const heading = h('h2', { id: 'm-archive', tabindex: '-1' }, t('archive.title'));
  // A list asked for by its address is where the user was: back there once the view has its focus.
  if (p.has('records')) setTimeout(() => { if (heading.isConnected) heading.focus(); }, 0);
  return h('section', { class: 'card', 'aria-labelledby': 'm-archive', 'data-card': 'archive' },
    heading, h('p', { class: 'hint' }, t('archive.intro')), filters, outcome, results);
}
