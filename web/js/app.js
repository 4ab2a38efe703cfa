// Boot, shell and router. Routes live in location.hash: #/meetings?q=...&district=...&after=...
import { h, replace } from './dom.js';
import { t, lang, setLang, applyDocument, onLangChange, pick } from './i18n.js';
import { query, subscribe, onAuthExpired, closeSocket, ApiError, onSocketStatus } from './graphql.js';
import { getKey, clearKey, takeKeyFromAddress, setViewer, me, role, can } from './auth.js';
import { errorBox, loading, reauthenticate } from './ui.js';

const main = document.getElementById('main');
const header = document.getElementById('app-header');
const notices = document.getElementById('notices');
const announcer = document.getElementById('announcer');

const always = () => true;
const notIntegrator = () => role() !== 'INTEGRATOR';

// [pattern, module, allowed(), name for nav]
const ROUTES = [
  [/^\/signin$/, 'signin', always],
  [/^\/$/, 'dashboard', notIntegrator],
  [/^\/meetings$/, 'meetings', notIntegrator],
  [/^\/minutes$/, 'minutes-list', always],
  [/^\/meetings\/new$/, 'meeting-form', can.edit],
  [/^\/meetings\/([^/]+)\/edit$/, 'meeting-form', can.edit],
  [/^\/meetings\/([^/]+)\/minutes$/, 'minutes', notIntegrator],
  [/^\/meetings\/([^/]+)$/, 'meeting', notIntegrator],
  [/^\/decisions$/, 'decisions', notIntegrator],
  [/^\/decisions\/([^/]+)$/, 'decision', notIntegrator],
  [/^\/organizations\/([^/]+)$/, 'organization', notIntegrator],
  [/^\/campaigns$/, 'campaigns', notIntegrator],
  [/^\/campaigns\/([^/]+)$/, 'campaign', notIntegrator],
  [/^\/districts$/, 'districts', notIntegrator],
  [/^\/districts\/(\d+)$/, 'district', notIntegrator],
  [/^\/working-groups$/, 'working-groups', notIntegrator],
  [/^\/working-groups\/new$/, 'working-group-form', can.edit],
  [/^\/working-groups\/([^/]+)$/, 'working-group', notIntegrator],
  [/^\/inspections$/, 'inspections', can.readOversight],
  [/^\/inspections\/new$/, 'inspection-form', can.inspect],
  [/^\/inspections\/([^/]+)$/, 'inspection', can.readOversight],
  [/^\/findings$/, 'findings', can.readOversight],
  [/^\/findings\/([^/]+)$/, 'finding', can.readOversight],
  [/^\/console$/, 'console', can.console],
  [/^\/manage$/, 'manage', can.admin],
];

const NAV = [
  ['#/', 'nav.dashboard', notIntegrator, 'dashboard'],
  ['#/meetings', 'nav.meetings', notIntegrator, 'meetings'],
  ['#/minutes', 'nav.minutes', always, 'minutes-list'],
  ['#/decisions', 'nav.decisions', notIntegrator, 'decisions'],
  ['#/working-groups', 'nav.workingGroups', notIntegrator, 'working-groups'],
  ['#/districts', 'nav.districts', notIntegrator, 'districts'],
  ['#/campaigns', 'nav.campaigns', notIntegrator, 'campaigns'],
  ['#/inspections', 'nav.inspections', can.readOversight, 'inspections'],
  ['#/findings', 'nav.findings', can.readOversight, 'findings'],
  ['#/console', 'nav.console', can.console, 'console'],
  ['#/manage', 'nav.manage', can.admin, 'manage'],
];

export function parseHash() {
  const raw = location.hash.replace(/^#/, '') || '/';
  const [path, qs = ''] = raw.split('?');
  return { path: path || '/', params: new URLSearchParams(qs) };
}

// navigate('/meetings', { q: 'x' }): a new history entry; empty values are left out.
export function navigate(path, params = {}, { replace: replaceEntry = false } = {}) {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') qs.set(k, v);
  }
  const s = qs.toString();
  const target = `#${path}${s ? `?${s}` : ''}`;
  if (replaceEntry) {
    history.replaceState(null, '', target);
    route();
  } else if (location.hash === target) {
    route();
  } else {
    location.hash = target;
  }
}

let cleanups = [];
let renderSeq = 0;
let dirty = false; // the user typed into the current view
main.addEventListener('input', () => { dirty = true; });

function leave() {
  for (const fn of cleanups) {
    try { fn(); } catch { /* ignore */ }
  }
  cleanups = [];
}

async function route({ focus = true } = {}) {
  const seq = ++renderSeq;
  const { path, params } = parseHash();
  leave();
  dirty = false;
  if (!getKey() && path !== '/signin') {
    navigate('/signin', {}, { replace: true });
    return;
  }
  if (getKey() && !me()) {
    if (!(await loadViewer())) return;
  }
  if (path === '/' && role() === 'INTEGRATOR') {
    navigate('/minutes', {}, { replace: true });
    return;
  }
  renderHeader(path);
  let found = null;
  for (const [pattern, name, allowed] of ROUTES) {
    const m = pattern.exec(path);
    if (m) { found = { name, allowed, args: m.slice(1).map(decodeURIComponent) }; break; }
  }
  if (!found) {
    show(notice('not-found', t('route.notFound'), t('route.notFoundText')), focus);
    return;
  }
  if (getKey() && !found.allowed()) {
    show(notice('forbidden', t('route.forbidden'), t('route.forbiddenText', { role: t(`role.${role()}`) })), focus);
    return;
  }
  replace(main, loading());
  try {
    const mod = await import(`./views/${found.name}.js`);
    if (seq !== renderSeq) return;
    const ctx = {
      args: found.args,
      params,
      navigate,
      onLeave: (fn) => cleanups.push(fn),
      setParams(changes, opts) {
        const next = Object.fromEntries(params.entries());
        Object.assign(next, changes);
        navigate(path, next, opts);
      },
      announce,
      flash: showNotice,
      rerender: () => route({ focus: false }),
    };
    const el = await mod.default(ctx);
    if (seq !== renderSeq) return;
    show(el, focus);
  } catch (e) {
    if (seq !== renderSeq) return;
    show(h('section', { 'data-view': 'error' }, errorBox(e, () => route())), focus);
  }
}

function show(el, focus) {
  replace(main, el);
  // A new view, or a view drawn again after the control that had focus went away: focus its title.
  if (focus || !document.activeElement || document.activeElement === document.body) {
    const title = main.querySelector('h1');
    (title ?? main).focus({ preventScroll: false });
  }
}

function notice(view, title, text) {
  return h('section', { 'data-view': view, class: 'view' },
    h('h1', { tabindex: '-1' }, title),
    h('div', { class: 'alert warning', role: 'alert' }, h('p', null, text)),
    h('p', null, h('a', { href: role() === 'INTEGRATOR' ? '#/minutes' : '#/' }, t('route.home'))));
}

async function loadViewer() {
  try {
    const data = await query('Me', {});
    setViewer(data.me);
    startLiveFindings();
    return true;
  } catch (e) {
    if (e instanceof ApiError && e.kind === 'auth') {
      clearKey();
      sessionStorage.setItem('hh.signinError', 'error.keyRefused');
      navigate('/signin', {}, { replace: true });
    } else {
      replace(main, h('section', { 'data-view': 'error', class: 'view' }, h('h1', { tabindex: '-1' }, t('app.title')), errorBox(e, () => route())));
    }
    return false;
  }
}

export async function signIn() {
  setViewer(null);
  if (await loadViewer()) navigate(role() === 'INTEGRATOR' ? '/minutes' : '/');
}

function signOut() {
  clearKey();
  setViewer(null);
  closeSocket();
  stopLive();
  navigate('/signin');
}

function renderHeader(path) {
  const v = me();
  const current = '/' + (path.split('/')[1] ?? '');
  const langButton = h('button', {
    type: 'button', class: 'lang-switch', lang: lang() === 'fa' ? 'en' : 'fa',
    'aria-label': t('lang.switchLabel'),
    onclick: () => setLang(lang() === 'fa' ? 'en' : 'fa'),
  }, t('lang.other'));
  const menuId = 'main-nav-list';
  const menuButton = h('button', {
    type: 'button', class: 'menu-toggle', 'aria-expanded': 'false', 'aria-controls': menuId,
  }, t('nav.menu'));
  const list = h('ul', { id: menuId, class: 'nav-list' },
    v ? NAV.filter(([, , allowed]) => allowed()).map(([href, key]) => {
      const target = href.slice(1);
      const isCurrent = target === '/' ? current === '/' : current === target;
      return h('li', null, h('a', { href, 'aria-current': isCurrent ? 'page' : null }, t(key)));
    }) : null);
  menuButton.addEventListener('click', () => {
    const open = menuButton.getAttribute('aria-expanded') !== 'true';
    menuButton.setAttribute('aria-expanded', String(open));
    list.classList.toggle('open', open);
  });
  replace(header,
    h('div', { class: 'brand' }, h('a', { href: v && role() === 'INTEGRATOR' ? '#/minutes' : '#/', class: 'brand-link' },
      h('span', { class: 'brand-name' }, t('app.name')), h('span', { class: 'brand-tag' }, t('app.tagline')))),
    v ? h('nav', { 'aria-label': t('nav.label'), class: 'main-nav' }, menuButton, list) : null,
    h('div', { class: 'header-tools' },
      v ? h('span', { class: 'who', 'data-role': v.role },
        h('span', { class: 'role-badge' }, t(`role.${v.role}`)),
        ' ', h('span', { class: 'who-name' }, v.person ? pick(v.person, 'fullName') : v.organization ? pick(v.organization) : (v.keyName ?? v.keyPrefix))) : null,
      langButton,
      v ? h('button', { type: 'button', class: 'secondary signout', onclick: signOut }, t('action.signOut')) : null));
  document.getElementById('skip-link').textContent = t('app.skip');
}

export function announce(text) {
  announcer.textContent = '';
  setTimeout(() => { announcer.textContent = text; }, 50);
}

// ---- Live findings: findingFiled in the user's district (every district when the key has none). ----

let liveStops = [];
function stopLive() {
  for (const stop of liveStops) stop();
  liveStops = [];
}

async function startLiveFindings() {
  stopLive();
  if (!can.readOversight()) return;
  const own = (me()?.organization ?? me()?.person?.organization)?.district?.number;
  const districts = own ? [own] : Array.from({ length: 22 }, (_, i) => i + 1);
  for (const district of districts) {
    const stop = await subscribe('FindingFiled', { district }, {
      next: (data) => {
        const finding = data.findingFiled;
        window.dispatchEvent(new CustomEvent('hh:finding-filed', { detail: finding }));
        showFindingNotice(finding);
      },
      error: () => {},
    });
    liveStops.push(stop);
  }
}

function showNotice(text, href) {
  const close = h('button', { type: 'button', class: 'icon', 'aria-label': t('action.dismissNotice') }, '×');
  const item = h('div', { class: 'notice' }, h('p', null, href ? h('a', { href }, text) : text), close);
  close.addEventListener('click', () => item.remove());
  notices.append(item);
  setTimeout(() => item.remove(), 30000);
  return item;
}

function showFindingNotice(finding) {
  const district = finding.inspection?.district?.number;
  const text = t('live.findingFiled', { title: finding.title, district: district ?? '' });
  const close = h('button', { type: 'button', class: 'icon', 'aria-label': t('action.dismissNotice') }, '×');
  const item = h('div', { class: 'notice', 'data-finding-id': finding.id },
    h('p', null, h('a', { href: `#/findings/${encodeURIComponent(finding.id)}` }, text)), close);
  close.addEventListener('click', () => item.remove());
  notices.append(item);
  setTimeout(() => item.remove(), 30000);
}

// ---- Boot ----

export let liveStatus = 'closed';
onSocketStatus((s) => {
  liveStatus = s;
  window.dispatchEvent(new CustomEvent('hh:live-status', { detail: s }));
});

onAuthExpired(() => {
  // Views show the error in words; forms keep what was typed and offer to sign in again.
});

onLangChange(() => {
  // What the user typed is never thrown away: a view with typed text keeps it (and its labels) until it is left.
  if (dirty && me()) {
    renderHeader(parseHash().path);
    showNotice(t('lang.keptForm'));
  } else {
    route({ focus: false });
  }
});
window.addEventListener('hashchange', () => {
  if (takeKeyFromAddress()) { signIn(); return; }
  route();
});

applyDocument();
if (takeKeyFromAddress()) {
  signIn();
} else {
  route();
}

export { reauthenticate };
