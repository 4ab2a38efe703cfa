// Shared pieces of every view: states, fields, combobox, dialogs, payload errors.
import { h, append, replace, uid, clear } from './dom.js';
import { t, enumLabel, enumValues, pick } from './i18n.js';
import { ApiError, query } from './graphql.js';
import { requestErrorText, payloadErrorText } from './errors.js';
import { setKey } from './auth.js';
import { num, digits, day, dateTime, fromLocalInput, preciseDate } from './format.js';

export function loading() {
  return h('p', { class: 'state loading', role: 'status' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), t('state.loading'));
}

export function empty(text) {
  return h('p', { class: 'state empty' }, text ?? t('state.empty'));
}

// A sentence for an error the API or the network gave.
export function errorText(e) {
  if (e instanceof ApiError) {
    switch (e.kind) {
      case 'network': return t('error.network');
      case 'auth': return t('error.auth');
      case 'forbidden': return t('error.forbidden');
      case 'trusted': return t('error.trusted');
      default: return requestErrorText(e);
    }
  }
  return t('error.unexpected', { message: e?.message ?? String(e) });
}

export function errorBox(e, retry) {
  const expired = e instanceof ApiError && e.kind === 'auth';
  return h('div', { class: 'alert error', role: 'alert' },
    h('p', null, errorText(e)),
    h('div', { class: 'actions' },
      expired ? h('button', { type: 'button', class: 'primary', onclick: async () => { if (await reauthenticate()) retry?.(); } }, t('signin.again')) : null,
      retry ? h('button', { type: 'button', class: 'secondary', onclick: retry }, t('action.retry')) : null));
}

// Renders an async view body: loading, then content or an error with a retry.
export async function load(container, fetcher, render) {
  replace(container, loading());
  container.setAttribute('aria-busy', 'true');
  try {
    const data = await fetcher();
    replace(container, render(data));
  } catch (e) {
    if (e.name === 'AbortError') return;
    replace(container, errorBox(e, () => load(container, fetcher, render)));
  } finally {
    container.removeAttribute('aria-busy');
  }
}

export function pageHeader(title, ...actions) {
  return h('div', { class: 'page-header' }, h('h1', { tabindex: '-1', class: 'view-title' }, title),
    actions.length ? h('div', { class: 'actions' }, actions) : null);
}

export function link(href, text, attrs = {}) {
  return h('a', { href, ...attrs }, text);
}

export function badge(type, value) {
  return h('span', { class: `badge ${type}-${String(value).toLowerCase()}` }, enumLabel(type, value));
}

export function dl(rows) {
  return h('dl', { class: 'facts' }, rows.filter((r) => r && r[1] !== null && r[1] !== undefined && r[1] !== '')
    .map(([k, v]) => [h('dt', null, k), h('dd', null, v)]));
}

// ---- Form fields: each field has a stable id, a label, and a place for its error. ----

export function field(label, control, { name, hint, required } = {}) {
  const id = control.id || uid('f');
  control.id = id;
  const errorId = `${id}-error`;
  const hintId = hint ? `${id}-hint` : null;
  const described = [hintId, errorId].filter(Boolean).join(' ');
  control.setAttribute('aria-describedby', described);
  if (required) control.setAttribute('aria-required', 'true');
  const err = h('p', { class: 'field-error', id: errorId, hidden: true });
  const wrapper = h('div', { class: 'field', 'data-field': name ?? '' },
    h('div', { class: 'label-row' }, h('label', { for: id }, label), required ? h('span', { class: 'required', 'aria-hidden': 'true' }, '*') : null),
    hint ? h('p', { class: 'hint', id: hintId }, hint) : null,
    control,
    err);
  if (control.type === 'date' || control.type === 'datetime-local') {
    // The browser's picker is Gregorian: the Jalali day it means is shown beside it.
    const jalali = h('p', { class: 'hint jalali' });
    const update = () => {
      const v = control.value;
      jalali.textContent = !v ? '' : control.type === 'date' ? day(v) : dateTime(fromLocalInput(v));
    };
    control.addEventListener('input', update);
    control.addEventListener('change', update);
    update();
    wrapper.insertBefore(jalali, err);
  }
  wrapper.control = control;
  wrapper.showError = (message) => {
    err.textContent = message;
    err.hidden = !message;
    if (message) control.setAttribute('aria-invalid', 'true');
    else control.removeAttribute('aria-invalid');
  };
  return wrapper;
}

export function input(attrs = {}) {
  return h('input', { type: 'text', ...attrs });
}

export function textarea(attrs = {}) {
  return h('textarea', { rows: 4, ...attrs });
}

export function enumSelect(type, { value, blank, name, values } = {}) {
  const select = h('select', { name });
  if (blank !== undefined) select.append(h('option', { value: '' }, blank));
  for (const v of values ?? enumValues(type)) {
    select.append(h('option', { value: v, selected: v === value }, enumLabel(type, v)));
  }
  if (value) select.value = value;
  return select;
}

let districtCache = null;
export async function districtOptions() {
  if (!districtCache) {
    districtCache = query('DistrictOptions', {}).then((d) => d.districts.nodes).catch((e) => { districtCache = null; throw e; });
  }
  return districtCache;
}

export function districtName(d) {
  return d ? t('district.numbered', { number: d.number }) : '';
}

// A <select> of the 22 districts (value = number, or id with useIds).
export function districtSelect({ value, blank = t('filter.allDistricts'), useIds = false, name } = {}) {
  const select = h('select', { name }, h('option', { value: '' }, blank));
  districtOptions().then((list) => {
    for (const d of list) {
      const v = useIds ? d.id : String(d.number);
      select.append(h('option', { value: v, selected: String(value) === v }, pick(d) || districtName(d)));
    }
    if (value) select.value = String(value);
  }).catch(() => {});
  return select;
}

// ---- Combobox: pick a person, organization or site by search (ARIA 1.2 combobox + listbox). ----

const SEARCHES = {
  person: {
    doc: 'SearchPeople',
    where: (q) => ({ or: [{ fullName: { contains: q } }, { fullNameEn: { contains: q } }, { title: { contains: q } }] }),
    list: (d) => d.people?.nodes ?? [],
    label: (p) => pick(p, 'fullName'),
    detail: (p) => [pick(p, 'title'), pick(p.organization)].filter(Boolean).join(' — '),
  },
  organization: {
    doc: 'SearchOrganizations',
    where: (q) => ({ or: [{ name: { contains: q } }, { nameEn: { contains: q } }] }),
    list: (d) => d.organizations?.nodes ?? [],
    label: (o) => pick(o),
    detail: (o) => enumLabel('OrganizationKind', o.kind),
  },
  site: {
    doc: 'SearchSites',
    where: (q) => ({ or: [{ name: { contains: q } }, { nameEn: { contains: q } }] }),
    list: (d) => d.sites?.nodes ?? [],
    label: (s) => pick(s),
    detail: (s) => [enumLabel('SiteKind', s.kind), s.isCityWide ? t('site.cityWide') : s.district ? t('district.numbered', { number: s.district.number }) : ''].filter(Boolean).join(' — '),
  },
  meeting: {
    doc: 'Meetings',
    where: (q) => ({ or: [{ title: { contains: q } }, { titleEn: { contains: q } }] }),
    list: (d) => d.meetings?.nodes ?? [],
    label: (m) => pick(m, 'title'),
    detail: (m) => preciseDate(m.startsAt, m.startsAtPrecision),
  },
};

// combobox({ kind, label, onPick }) -> { element, input, setValue, value }
// Single: the chosen record shows in the input. With multiple, each pick calls onPick and the input clears.
export function combobox({ kind, label, onPick, value = null, multiple = false, name, required = false, hint }) {
  const search = SEARCHES[kind];
  const listId = uid('lb');
  const inputEl = h('input', {
    type: 'text', role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': listId,
    autocomplete: 'off', placeholder: t('combobox.placeholder'),
  });
  const listbox = h('ul', { role: 'listbox', id: listId, class: 'listbox', hidden: true, 'aria-label': label });
  const status = h('span', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  let options = [];
  let active = -1;
  let chosen = value;
  let timer = null;
  let seq = 0;

  if (chosen && !multiple) inputEl.value = search.label(chosen);

  function close() {
    listbox.hidden = true;
    inputEl.setAttribute('aria-expanded', 'false');
    inputEl.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function highlight(i) {
    active = i;
    [...listbox.children].forEach((li, j) => li.setAttribute('aria-selected', j === i ? 'true' : 'false'));
    const li = listbox.children[i];
    if (li && li.id) {
      inputEl.setAttribute('aria-activedescendant', li.id);
      li.scrollIntoView({ block: 'nearest' });
    }
  }

  function choose(i) {
    const item = options[i];
    if (!item) return;
    close();
    if (multiple) {
      inputEl.value = '';
      chosen = null;
    } else {
      chosen = item;
      inputEl.value = search.label(item);
    }
    onPick?.(item);
  }

  async function run() {
    const q = inputEl.value.trim();
    const mine = ++seq;
    if (!q) { close(); return; }
    let list;
    try {
      const data = await query(search.doc, { where: search.where(q), first: 10 });
      list = search.list(data);
    } catch (e) {
      if (mine !== seq) return;
      replace(listbox, h('li', { class: 'option-note', role: 'option', 'aria-disabled': 'true' }, errorText(e)));
      listbox.hidden = false;
      return;
    }
    if (mine !== seq) return;
    options = list;
    replace(listbox, list.length
      ? list.map((item, i) => h('li', {
        role: 'option', id: `${listId}-${i}`, 'aria-selected': 'false',
        onmousedown: (ev) => { ev.preventDefault(); choose(i); },
      }, h('span', { class: 'option-label' }, search.label(item)), h('span', { class: 'option-detail' }, search.detail(item))))
      : h('li', { class: 'option-note', role: 'option', 'aria-disabled': 'true' }, t('combobox.none')));
    listbox.hidden = false;
    inputEl.setAttribute('aria-expanded', 'true');
    status.textContent = t('combobox.count', { count: list.length });
    active = -1;
  }

  inputEl.addEventListener('input', () => {
    if (!multiple && chosen) { chosen = null; onPick?.(null); }
    clearTimeout(timer);
    timer = setTimeout(run, 250);
  });
  inputEl.addEventListener('keydown', (ev) => {
    const open = !listbox.hidden && options.length;
    if (ev.key === 'ArrowDown') {
      ev.preventDefault();
      if (listbox.hidden) run(); else if (open) highlight(Math.min(active + 1, options.length - 1));
    } else if (ev.key === 'ArrowUp') {
      ev.preventDefault();
      if (open) highlight(Math.max(active - 1, 0));
    } else if (ev.key === 'Enter') {
      if (open && active >= 0) { ev.preventDefault(); choose(active); } else if (open && options.length === 1) { ev.preventDefault(); choose(0); }
    } else if (ev.key === 'Escape') {
      if (!listbox.hidden) { ev.preventDefault(); ev.stopPropagation(); close(); }
    }
  });
  inputEl.addEventListener('blur', () => setTimeout(close, 150));

  const f = field(label, inputEl, { name, required, hint });
  f.classList.add('combobox');
  f.append(listbox, status);
  return {
    element: f,
    input: inputEl,
    get value() { return chosen; },
    setValue(v) { chosen = v; inputEl.value = v ? search.label(v) : ''; },
    label: search.label,
  };
}

// ---- Dialog: a modal <dialog>, focus kept inside, Escape closes, focus returns where it was. ----

export function dialog(title, body, { actions = [], onClose, wide = false } = {}) {
  const titleId = uid('dlg');
  const closeBtn = h('button', { type: 'button', class: 'icon close', 'aria-label': t('action.close') }, '×');
  const el = h('dialog', { class: wide ? 'wide' : null, 'aria-labelledby': titleId },
    h('div', { class: 'dialog-head' }, h('h2', { id: titleId }, title), closeBtn),
    h('div', { class: 'dialog-body' }, body),
    actions.length ? h('div', { class: 'dialog-actions' }, actions) : null);
  const opener = document.activeElement;
  function close() {
    if (!el.open) return;
    el.close();
  }
  closeBtn.addEventListener('click', close);
  el.addEventListener('close', () => {
    el.remove();
    onClose?.();
    if (opener && opener.isConnected) opener.focus();
  });
  el.addEventListener('keydown', (ev) => {
    if (ev.key !== 'Tab') return;
    const focusable = [...el.querySelectorAll('a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])')]
      .filter((n) => n.offsetParent !== null || n === document.activeElement);
    if (!focusable.length) return;
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (ev.shiftKey && document.activeElement === first) { ev.preventDefault(); last.focus(); } else if (!ev.shiftKey && document.activeElement === last) { ev.preventDefault(); first.focus(); }
  });
  document.body.append(el);
  el.showModal();
  const firstInput = el.querySelector('.dialog-body input, .dialog-body textarea, .dialog-body select, .dialog-actions button');
  (firstInput ?? closeBtn).focus();
  return { element: el, close };
}

// A button that opens `make(done)` in a wide dialog; `done` closes it and re-renders the view, so the view shows what
// the form changed.
export function dialogButton(ctx, label, make) {
  return h('button', { type: 'button', class: 'secondary small', onclick: () => {
    let d = null;
    const done = () => { d?.close(); ctx.rerender(); };
    d = dialog(label, make(done), { wide: true });
  } }, label);
}

export function confirmDialog(title, message, confirmLabel) {
  return new Promise((resolve) => {
    let result = false;
    const ok = h('button', { type: 'button', class: 'primary' }, confirmLabel);
    const cancel = h('button', { type: 'button', class: 'secondary' }, t('action.cancel'));
    const d = dialog(title, h('p', null, message), { actions: [cancel, ok], onClose: () => resolve(result) });
    ok.addEventListener('click', () => { result = true; d.close(); });
    cancel.addEventListener('click', () => d.close());
  });
}

// ---- Sign in again without leaving the page (an expired or revoked key). ----

let reauthOpen = null;
export function reauthenticate() {
  if (reauthOpen) return reauthOpen;
  reauthOpen = new Promise((resolve) => {
    const keyInput = h('input', { type: 'password', autocomplete: 'off', spellcheck: 'false' });
    const f = field(t('signin.key'), keyInput, { hint: t('signin.keyHint') });
    let ok = false;
    const submit = h('button', { type: 'submit', class: 'primary' }, t('signin.submit'));
    const form = h('form', { class: 'stack' }, h('p', null, t('error.authKept')), f, h('div', { class: 'dialog-actions' }, submit));
    const d = dialog(t('signin.again'), form, { onClose: () => { reauthOpen = null; resolve(ok); } });
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      if (!keyInput.value.trim()) { f.showError(t('signin.keyRequired')); return; }
      setKey(keyInput.value);
      ok = true;
      d.close();
    });
  });
  return reauthOpen;
}

// ---- Forms that send a mutation: payload errors beside the fields, concurrency, network, auth. ----

// createForm({ fields: { path: fieldWrapper }, submitLabel, onSubmit }) where onSubmit returns the payload
// (or throws). The form keeps everything typed whatever goes wrong.
export function createForm({ fields = {}, body, submitLabel, onSubmit, onSuccess, onConcurrency, extraActions = [], label }) {
  const summary = h('div', { class: 'form-summary', tabindex: '-1', hidden: true });
  const submit = h('button', { type: 'submit', class: 'primary' }, submitLabel);
  const statusEl = h('p', { class: 'form-status', role: 'status', 'aria-live': 'polite' });
  const form = h('form', { class: 'stack', novalidate: true, 'aria-label': label }, summary, body, h('div', { class: 'form-actions' }, submit, extraActions, statusEl));
  let busy = false;

  function clearErrors() {
    for (const f of Object.values(fields)) f?.showError?.('');
    summary.hidden = true;
    clear(summary);
  }

  function showErrors(messages, heading) {
    summary.className = 'form-summary alert error';
    replace(summary, h('p', { class: 'summary-title' }, heading ?? t('form.errors')), h('ul', null, messages.map((m) => h('li', null, m))));
    summary.hidden = false;
    summary.setAttribute('role', 'alert');
    summary.focus();
  }

  function fieldFor(path) {
    if (fields[path]) return fields[path];
    // attendees[1].personId -> attendees[1] -> attendees
    let p = path;
    while (p) {
      const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      if (cut <= 0) break;
      p = p.slice(0, cut);
      if (fields[p]) return fields[p];
    }
    const root = path.replace(/^input\./, '');
    if (root !== path) return fieldFor(root);
    const lower = Object.keys(fields).find((k) => k.toLowerCase() === path.toLowerCase());
    return lower ? fields[lower] : null;
  }

  const labelOf = (path) => fieldFor(path)?.querySelector('label')?.textContent ?? null;

  // fromApi: the API's errors are worded in English and shown in the page's language; the page's own checks
  // (requireFields) are worded in it already.
  async function handleErrors(errors, values, fromApi = true) {
    const messages = [];
    let firstField = null;
    for (const err of errors) {
      if (err.__typename === 'ValidationError') {
        const f = fieldFor(err.field);
        const { text, beside } = fromApi ? payloadErrorText(err, labelOf) : { text: err.message, beside: err.message };
        if (f) {
          f.showError(beside);
          firstField ??= f;
        }
        messages.push(h('span', null, f ? h('a', { href: `#${f.control?.id ?? ''}`, onclick: (ev) => { ev.preventDefault(); f.control?.focus(); } }, text)
          : fromApi ? text : `${err.field}: ${text}`));
      } else if (err.__typename === 'ConcurrencyError' && onConcurrency) {
        await onConcurrency(err, values, () => form.requestSubmit());
        return;
      } else {
        messages.push(payloadErrorText(err).text);
      }
    }
    showErrors(messages);
    if (firstField && messages.length === 1) firstField.control?.focus();
  }

  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    if (busy) return; // a double click sends once
    busy = true;
    submit.disabled = true;
    submit.setAttribute('aria-busy', 'true');
    clearErrors();
    statusEl.textContent = t('form.sending');
    try {
      const result = await onSubmit();
      if (result === undefined) { statusEl.textContent = ''; return; }
      const { payload, values } = result;
      if (payload?.errors?.length) {
        statusEl.textContent = '';
        await handleErrors(payload.errors, values);
      } else {
        statusEl.textContent = t('form.saved');
        await onSuccess?.(payload, values);
      }
    } catch (e) {
      statusEl.textContent = '';
      if (e instanceof ApiError && e.kind === 'auth') {
        showErrors([t('error.authKept')], t('error.auth'));
        if (await reauthenticate()) form.requestSubmit();
      } else if (e instanceof ApiError && e.kind === 'network') {
        showErrors([t('error.networkKept')], t('error.network'));
      } else if (e instanceof ApiError && e.kind === 'validation') {
        // client-side checks: e.errors are ValidationError-shaped
        await handleErrors(e.errors, null, false);
      } else {
        showErrors([errorText(e)]);
      }
    } finally {
      busy = false;
      submit.disabled = false;
      submit.removeAttribute('aria-busy');
    }
  });

  return { form, submit, clearErrors, showErrors, status: statusEl };
}

// Client-side check before sending: same rules as the API for required fields.
export function requireFields(checks) {
  const errors = checks.filter(([ok]) => !ok).map(([, field, message]) => ({ __typename: 'ValidationError', field, message }));
  if (errors.length) throw new ApiError('validation', 'invalid', { errors });
}

// Someone else changed the record: show both versions, let the user reapply theirs.
// rows: [[label, mine, theirs], ...]; reapply(newVersion) resubmits.
export function concurrencyDialog(rows, { onReapply, onDiscard }) {
  const table = h('table', { class: 'compare' },
    h('caption', { class: 'visually-hidden' }, t('concurrency.title')),
    h('thead', null, h('tr', null, h('th', { scope: 'col' }, t('concurrency.field')), h('th', { scope: 'col' }, t('concurrency.mine')), h('th', { scope: 'col' }, t('concurrency.theirs')))),
    h('tbody', null, rows.map(([label, mine, theirs]) => h('tr', { class: String(mine ?? '') !== String(theirs ?? '') ? 'differs' : null },
      h('th', { scope: 'row' }, label), h('td', null, digits(mine ?? '—')), h('td', null, digits(theirs ?? '—'))))));
  const reapply = h('button', { type: 'button', class: 'primary' }, t('concurrency.reapply'));
  const discard = h('button', { type: 'button', class: 'secondary' }, t('concurrency.discard'));
  const d = dialog(t('concurrency.title'), [h('p', null, t('concurrency.explain')), table], { actions: [discard, reapply], wide: true });
  reapply.addEventListener('click', () => { d.close(); onReapply(); });
  discard.addEventListener('click', () => { d.close(); onDiscard?.(); });
  return d;
}

// A record's nested list (a district's sites, a meeting's decisions), paged by its connection: how many of its
// `totalCount` are shown, and a "more" button while `pageInfo.hasNextPage`. `more(after)` resolves to the next page's
// connection; its rows are appended to `list` by `row(node)`, focus moves to the first new row (so the keyboard stays
// where the reader was) and the new count is announced as the page announces its other changes. `describedBy` is
// the list's heading, so each of a view's "more" buttons says which list it extends.
export function pagedList(conn, { list, row, more, announce, describedBy }) {
  let shown = 0;
  let pageInfo = null;
  const status = h('p', { class: 'count meta' });
  const button = h('button', { type: 'button', class: 'secondary', 'aria-describedby': describedBy }, t('paging.more'));
  const failure = h('div');
  const pager = h('div', { class: 'pager' }, button, failure);
  const add = (page) => {
    const rows = (page?.nodes ?? []).map(row);
    list.append(...rows);
    shown += rows.length;
    pageInfo = page?.pageInfo ?? null;
    status.textContent = t('paging.shown', { shown, total: page?.totalCount ?? shown });
    pager.hidden = !pageInfo?.hasNextPage;
    return rows;
  };
  add(conn);
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      const [first] = add(await more(pageInfo.endCursor));
      clear(failure);
      const target = first?.querySelector('a, button') ?? first;
      if (target && !target.matches('a, button')) target.tabIndex = -1;
      target?.focus();
      announce(status.textContent);
    } catch (e) {
      replace(failure, errorBox(e));
    } finally {
      button.disabled = false;
    }
  });
  return { status, pager };
}

export function count(n) {
  return num(n);
}

export { append };
