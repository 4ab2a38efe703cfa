// Query console for administrators and integrators: the document, variables, run, the JSON answer,
// the GraphQL-Cost report, a schema browser from introspection, completion of field names.
// The console sends the documents its user types; with trusted documents only, those are refused.
import { h, replace, uid } from '../dom.js';
import { t } from '../i18n.js';
import { query, post } from '../graphql.js';
import { pageHeader, field, textarea, input, loading, errorBox, empty } from '../ui.js';
import { num } from '../format.js';

function typeName(ref) {
  if (!ref) return '';
  if (ref.kind === 'NON_NULL') return `${typeName(ref.ofType)}!`;
  if (ref.kind === 'LIST') return `[${typeName(ref.ofType)}]`;
  return ref.name;
}
function namedType(ref) {
  let r = ref;
  while (r && r.ofType) r = r.ofType;
  return r?.name;
}

// Which type's fields fit at `pos`: walks the braces before the cursor.
export function contextType(text, pos, schema, types) {
  const before = text.slice(0, pos);
  const stack = [];
  let lastIdent = null;
  let pendingType = null;
  let depthParen = 0;
  let i = 0;
  let rootName = schema.queryType?.name;
  let sawOperation = false;
  while (i < before.length) {
    const c = before[i];
    if (c === '#') { while (i < before.length && before[i] !== '\n') i += 1; continue; }
    if (c === '"') { i += 1; while (i < before.length && before[i] !== '"') { if (before[i] === '\\') i += 1; i += 1; } i += 1; continue; }
    if (c === '(') { depthParen += 1; i += 1; continue; }
    if (c === ')') { depthParen -= 1; i += 1; continue; }
    if (depthParen > 0) { i += 1; continue; }
    if (/[A-Za-z_]/.test(c)) {
      let j = i;
      while (j < before.length && /[A-Za-z0-9_]/.test(before[j])) j += 1;
      const word = before.slice(i, j);
      if (!stack.length && !sawOperation) {
        if (word === 'mutation') rootName = schema.mutationType?.name;
        else if (word === 'subscription') rootName = schema.subscriptionType?.name;
        else if (word === 'fragment') pendingType = 'fragment';
        if (['query', 'mutation', 'subscription'].includes(word)) sawOperation = true;
      }
      if (lastIdent === 'on') pendingType = word;
      lastIdent = word;
      i = j;
      continue;
    }
    if (c === '{') {
      if (!stack.length) {
        stack.push(pendingType && pendingType !== 'fragment' ? pendingType : rootName);
      } else if (pendingType && pendingType !== 'fragment') {
        stack.push(pendingType);
      } else {
        const parent = types.get(stack[stack.length - 1]);
        const f = parent?.fields?.find((x) => x.name === lastIdent);
        stack.push(f ? namedType(f.type) : null);
      }
      pendingType = null;
      lastIdent = null;
      sawOperation = true;
    } else if (c === '}') {
      stack.pop();
      if (!stack.length) { sawOperation = false; rootName = schema.queryType?.name; }
      lastIdent = null;
    }
    i += 1;
  }
  return stack.length ? stack[stack.length - 1] : null;
}

export default async function consoleView() {
  const doc = textarea({ rows: 14, spellcheck: 'false', autocomplete: 'off', 'aria-autocomplete': 'list', value: '{\n  me { role keyName }\n}\n', dir: 'ltr', lang: 'en' });
  const vars = textarea({ rows: 5, spellcheck: 'false', value: '{}', dir: 'ltr', lang: 'en' });
  const opName = input({ dir: 'ltr', lang: 'en', spellcheck: 'false' });
  const result = h('pre', { class: 'result', tabindex: '0', role: 'region', 'aria-label': t('console.result') }, '');
  const costEl = h('p', { class: 'cost', role: 'status' });
  const message = h('div', { 'aria-live': 'polite' });
  const run = h('button', { type: 'submit', class: 'primary' }, t('console.run'));

  const suggestionsId = uid('sugg');
  const suggestions = h('ul', { class: 'listbox', role: 'listbox', id: suggestionsId, hidden: true, 'aria-label': t('console.completions') });
  doc.setAttribute('aria-controls', suggestionsId);

  const form = h('form', { class: 'stack', 'aria-label': t('console.title') },
    h('div', { class: 'completion' }, field(t('console.document'), doc, { hint: t('console.documentHint') }), suggestions),
    field(t('console.variables'), vars),
    field(t('console.operationName'), opName),
    h('div', { class: 'form-actions' }, run, costEl),
    message,
    h('h2', null, t('console.result')), result);

  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    replace(message);
    let variables = {};
    try { variables = vars.value.trim() ? JSON.parse(vars.value) : {}; } catch (e) {
      replace(message, h('div', { class: 'alert error', role: 'alert' }, h('p', null, t('console.badVariables', { message: e.message }))));
      vars.focus();
      return;
    }
    run.disabled = true;
    result.textContent = t('state.loading');
    try {
      const res = await post(doc.value, opName.value.trim() || null, variables, { cost: true });
      result.textContent = res.json ? JSON.stringify(res.json, null, 2) : `HTTP ${res.status}`;
      costEl.textContent = res.cost ? t('console.cost', { field: res.cost.fieldCost, type: res.cost.typeCost }) : '';
      const codes = (res.json?.errors ?? []).map((e) => e.extensions?.code);
      if (codes.includes('HC0067')) {
        replace(message, h('div', { class: 'alert warning', role: 'alert' }, h('p', null, t('console.trustedOnly'))));
      } else if (res.status === 401 || codes.includes('AUTH_NOT_AUTHENTICATED')) {
        replace(message, h('div', { class: 'alert error', role: 'alert' }, h('p', null, t('error.auth'))));
      }
    } catch (e) {
      result.textContent = '';
      replace(message, errorBox(e));
    } finally {
      run.disabled = false;
    }
  });

  // Schema browser and completion, from the console's own introspection document.
  const browser = h('div', { class: 'schema-browser', 'aria-live': 'polite' }, loading());
  const detail = h('div', { class: 'type-detail' });
  let schema = null;
  const types = new Map();
  let options = [];
  let active = -1;

  function showType(name) {
    const ty = types.get(name);
    if (!ty) return;
    const fieldsOf = ty.fields ?? ty.inputFields ?? [];
    replace(detail,
      h('h3', null, h('code', null, ty.name), ' ', h('span', { class: 'meta' }, ty.kind)),
      ty.description ? h('p', null, ty.description) : null,
      fieldsOf.length ? h('ul', { class: 'field-list' }, fieldsOf.map((f) => h('li', null,
        h('code', null, f.name, f.args?.length ? `(${f.args.map((a) => `${a.name}: ${typeName(a.type)}`).join(', ')})` : '', ': '),
        h('button', { type: 'button', class: 'link-like', onclick: () => showType(namedType(f.type)) }, h('code', null, typeName(f.type))),
        f.description ? h('p', { class: 'meta' }, f.description) : null))) : null,
      ty.enumValues?.length ? h('ul', { class: 'field-list' }, ty.enumValues.map((v) => h('li', null, h('code', null, v.name), v.description ? h('p', { class: 'meta' }, v.description) : null))) : null,
      ty.possibleTypes?.length ? h('p', null, ty.possibleTypes.map((p, i) => [i ? ', ' : '', h('button', { type: 'button', class: 'link-like', onclick: () => showType(p.name) }, h('code', null, p.name))])) : null);
    detail.querySelector('h3')?.setAttribute('tabindex', '-1');
    detail.querySelector('h3')?.focus();
  }

  query('ConsoleIntrospection', {}).then((data) => {
    schema = data.__schema;
    for (const ty of schema.types) types.set(ty.name, ty);
    const visible = schema.types.filter((ty) => !ty.name.startsWith('__'));
    const filter = input({ type: 'search', dir: 'ltr', lang: 'en' });
    const list = h('ul', { class: 'type-list' });
    const renderList = () => replace(list, visible.filter((ty) => ty.name.toLowerCase().includes(filter.value.toLowerCase()))
      .map((ty) => h('li', null, h('button', { type: 'button', onclick: () => showType(ty.name) }, ty.name))));
    filter.addEventListener('input', renderList);
    renderList();
    replace(browser, field(t('console.filterTypes'), filter), list);
    showTypeQuiet(schema.queryType?.name);
  }).catch((e) => replace(browser, errorBox(e), h('p', null, t('console.noIntrospection'))));

  function showTypeQuiet(name) {
    const focus = document.activeElement;
    showType(name);
    focus?.focus?.();
  }

  function closeSuggestions() {
    suggestions.hidden = true;
    doc.removeAttribute('aria-activedescendant');
    options = [];
    active = -1;
  }
  function currentWord() {
    const pos = doc.selectionStart;
    const m = /[A-Za-z_][A-Za-z0-9_]*$/.exec(doc.value.slice(0, pos));
    return { pos, word: m ? m[0] : '' };
  }
  function suggest() {
    if (!schema) return;
    const { pos, word } = currentWord();
    if (!word) { closeSuggestions(); return; }
    const typeNameHere = contextType(doc.value, pos - word.length, schema, types);
    const ty = types.get(typeNameHere);
    const fieldsHere = ty?.fields ?? [];
    options = fieldsHere.filter((f) => f.name.startsWith(word) && f.name !== word).slice(0, 12);
    if (!options.length) { closeSuggestions(); return; }
    replace(suggestions, options.map((f, i) => h('li', {
      role: 'option', id: `${suggestionsId}-${i}`, 'aria-selected': 'false',
      onmousedown: (e) => { e.preventDefault(); accept(i); },
    }, h('span', { class: 'option-label' }, `${f.name} `), h('span', { class: 'option-detail' }, `${typeName(f.type)} — ${ty.name}`))));
    suggestions.hidden = false;
    highlight(0);
  }
  function highlight(i) {
    active = i;
    [...suggestions.children].forEach((li, j) => li.setAttribute('aria-selected', String(i === j)));
    doc.setAttribute('aria-activedescendant', `${suggestionsId}-${i}`);
  }
  function accept(i) {
    const f = options[i];
    if (!f) return;
    const { pos, word } = currentWord();
    doc.value = doc.value.slice(0, pos - word.length) + f.name + doc.value.slice(pos);
    const caret = pos - word.length + f.name.length;
    doc.setSelectionRange(caret, caret);
    closeSuggestions();
    doc.focus();
  }
  doc.addEventListener('input', suggest);
  doc.addEventListener('blur', () => setTimeout(closeSuggestions, 150));
  doc.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); form.requestSubmit(); return; }
    if (suggestions.hidden) return;
    if (e.key === 'ArrowDown') { e.preventDefault(); highlight(Math.min(active + 1, options.length - 1)); }
    else if (e.key === 'ArrowUp') { e.preventDefault(); highlight(Math.max(active - 1, 0)); }
    else if (e.key === 'Enter' || e.key === 'Tab') { e.preventDefault(); accept(active); }
    else if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); closeSuggestions(); }
  });

  return h('section', { 'data-view': 'console', class: 'view' },
    pageHeader(t('console.title')),
    h('p', { class: 'hint' }, t('console.intro')),
    h('div', { class: 'console-grid' },
      h('div', { class: 'card' }, form),
      h('aside', { class: 'card', 'aria-labelledby': 'schema-h' }, h('h2', { id: 'schema-h' }, t('console.schema')), browser, detail)));
}
