// A date asked for at the precision its source gives: the precision first, then only what it needs — a date and an hour
// (TIME), a day (DAY), a Solar Hijri year and month (MONTH), a year (YEAR), or nothing (UNKNOWN). What it sends is the
// first moment of that period in Tehran, which is what the API stores for a MONTH or YEAR date (PreciseDate.Truncate),
// so the form never asks for a day the source does not give.
import { h, replace } from './dom.js';
import { t } from './i18n.js';
import { field, input, enumSelect } from './ui.js';
import { toLocalInput, fromLocalInput, jalaliParts, jalaliStart, jalaliMonthName, digits, normalize } from './format.js';

const yearOf = (text) => {
  const n = Number(normalize(text));
  return Number.isInteger(n) && n > 0 ? n : null;
};

// The start of the period of `precision` that holds `iso`, as the API will store it.
function truncate(iso, precision) {
  if (!iso || precision === 'TIME' || precision === 'UNKNOWN') return iso;
  if (precision === 'DAY') return fromLocalInput(`${toLocalInput(iso).slice(0, 10)}T00:00`);
  const p = jalaliParts(iso);
  return jalaliStart(p.y, precision === 'MONTH' ? p.m : 1);
}

function yearField(label, value, onYear) {
  const year = input({ inputmode: 'numeric', autocomplete: 'off', value: value ? digits(value) : '', oninput: (e) => onYear(yearOf(e.target.value)) });
  return field(label, year, { hint: t('date.yearHint') });
}

// The controls of one precision; `set(iso)` keeps the value. Returns [the field errors go beside, ...the others].
function controls(precision, iso, label, set) {
  const shown = iso ? jalaliParts(iso) : null;
  if (precision === 'TIME' || precision === 'DAY') {
    const time = precision === 'TIME';
    const value = iso ? (time ? toLocalInput(iso) : toLocalInput(iso).slice(0, 10)) : '';
    const control = input({ type: time ? 'datetime-local' : 'date', value, oninput: (e) => {
      const v = e.target.value;
      set(v ? fromLocalInput(time ? v : `${v}T00:00`) : null);
    } });
    return [field(label, control, { hint: t('campaign.dateHint') })];
  }
  if (precision === 'YEAR') return [yearField(label, shown?.y, (y) => set(y ? jalaliStart(y, 1) : null))];
  if (precision === 'MONTH') {
    const state = { y: shown?.y ?? null, m: shown?.m ?? null };
    const update = () => set(state.y && state.m ? jalaliStart(state.y, state.m) : null);
    const month = h('select', { onchange: (e) => { state.m = Number(e.target.value) || null; update(); } },
      h('option', { value: '' }, '—'),
      Array.from({ length: 12 }, (_, i) => h('option', { value: i + 1, selected: state.m === i + 1 }, jalaliMonthName(i + 1))));
    return [yearField(label, state.y, (y) => { state.y = y; update(); }), field(t('date.monthOf', { label }), month)];
  }
  return [h('p', { class: 'hint' }, t('date.unknownHint'))];
}

// The precision select and the controls it asks for, kept in row[key] and row[`${key}Precision`]; `fields[name]` is
// where the API's errors about the date go, and `fields[name + 'Precision']` the precision's.
export function preciseDateInput(row, key, { name, label, fields }) {
  const pkey = `${key}Precision`;
  const slot = h('div', { class: 'stack' });
  const precision = enumSelect('DatePrecision', { value: row[pkey] });
  const show = () => {
    const [main, ...rest] = controls(row[pkey], row[key], label, (iso) => { row[key] = iso; });
    fields[name] = main.showError ? main : { control: precision, showError: fields[`${name}Precision`].showError };
    replace(slot, main, rest);
  };
  precision.addEventListener('change', () => {
    row[pkey] = precision.value;
    row[key] = truncate(row[key], row[pkey]);
    show();
  });
  fields[`${name}Precision`] = field(t('campaign.precisionOf', { label }), precision, { name: `${name}Precision` });
  show();
  return h('div', { class: 'two' }, fields[`${name}Precision`], slot);
}
