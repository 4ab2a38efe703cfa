import fa from './strings/fa.js';
import en from './strings/en.js';

const TABLES = { fa, en };
const listeners = new Set();
let current = (() => {
  try { return localStorage.getItem('hh.lang') === 'en' ? 'en' : 'fa'; } catch { return 'fa'; }
})();

export function lang() {
  return current;
}

export function dir() {
  return current === 'fa' ? 'rtl' : 'ltr';
}

export function setLang(next) {
  current = next === 'en' ? 'en' : 'fa';
  try { localStorage.setItem('hh.lang', current); } catch { /* private mode */ }
  applyDocument();
  for (const fn of listeners) fn(current);
}

export function onLangChange(fn) {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

export function applyDocument() {
  document.documentElement.lang = current;
  document.documentElement.dir = dir();
  document.title = t('app.title');
}

// t('key', { name: value }): the label in the current language; {name} is replaced by the value.
export function t(key, params) {
  let text = TABLES[current][key];
  if (text === undefined) {
    console.warn(`missing string ${current}:${key}`);
    text = TABLES.en[key] ?? key;
  }
  if (params) {
    text = text.replace(/\{(\w+)\}/g, (_, name) => {
      const v = params[name];
      if (typeof v === 'number') {
        return new Intl.NumberFormat(current === 'fa' ? 'fa-IR' : 'en-US').format(v);
      }
      return v ?? '';
    });
  }
  return text;
}

// An enum value's label: enumLabel('MeetingKind', 'COORDINATION').
export function enumLabel(type, value) {
  if (value === null || value === undefined) return '';
  return t(`enum.${type}.${value}`);
}

// Keys of an enum in the table (for <select> options), in table order.
export function enumValues(type) {
  const prefix = `enum.${type}.`;
  return Object.keys(TABLES.en).filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length));
}

// A record's name in the current language: pick(org, 'name') -> nameEn in English when present.
export function pick(record, field = 'name') {
  if (!record) return '';
  if (current === 'en' && record[`${field}En`]) return record[`${field}En`];
  return record[field] ?? '';
}
