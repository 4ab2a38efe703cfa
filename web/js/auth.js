const STORE = 'hh.key';

export function getKey() {
  try { return sessionStorage.getItem(STORE); } catch { return null; }
}

export function setKey(key) {
  sessionStorage.setItem(STORE, key.trim());
}

export function clearKey() {
  sessionStorage.removeItem(STORE);
}

// Takes #key=... (or ...&key=...) from the address, stores it, and removes it from the address bar at once.
export function takeKeyFromAddress() {
  const hash = location.hash;
  const match = /[#&?]key=([^&]+)/.exec(hash);
  if (!match) return false;
  setKey(decodeURIComponent(match[1]));
  history.replaceState(null, '', `${location.pathname}${location.search}#/`);
  return true;
}

let viewer = null;
export function setViewer(v) { viewer = v; }
export function me() { return viewer; }
export function role() { return viewer?.role ?? null; }

// What the page offers follows the role.
export const can = {
  edit: () => ['ADMIN', 'EDITOR'].includes(role()),
  inspect: () => ['ADMIN', 'INSPECTOR'].includes(role()),
  console: () => ['ADMIN', 'INTEGRATOR'].includes(role()),
  admin: () => role() === 'ADMIN',
  readOversight: () => ['ADMIN', 'EDITOR', 'INSPECTOR', 'PARTNER'].includes(role()),
};
