import { lang } from './i18n.js';

const TEHRAN = 'Asia/Tehran';

function locale() {
  return lang() === 'fa' ? 'fa-IR-u-ca-persian' : 'en-GB-u-ca-persian';
}

export function num(n) {
  if (n === null || n === undefined) return '';
  return new Intl.NumberFormat(lang() === 'fa' ? 'fa-IR' : 'en-US').format(n);
}

// Persian digits in Persian, ASCII digits in English.
export function digits(text) {
  if (text === null || text === undefined) return '';
  const s = String(text);
  return lang() === 'fa' ? s.replace(/[0-9]/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[d]) : s.replace(/[۰-۹]/g, (d) => String('۰۱۲۳۴۵۶۷۸۹'.indexOf(d)));
}

export function date(iso) {
  if (!iso) return '';
  return new Intl.DateTimeFormat(locale(), { timeZone: TEHRAN, year: 'numeric', month: 'long', day: 'numeric' }).format(new Date(iso));
}

export function dateTime(iso) {
  if (!iso) return '';
  return new Intl.DateTimeFormat(locale(), {
    timeZone: TEHRAN, year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).format(new Date(iso));
}

// The days of the week in Persian as the API writes them (Jalali.WeekdayNames), Sunday first: the compounds of a number
// and «شنبه» that are written apart take a ZWNJ («سه‌شنبه», «پنج‌شنبه»). ICU writes «سه‌شنبه» but «پنجشنبه», and the
// seed sources print «پنجشنبه» only because their copies lost every ZWNJ; search finds either spelling (normalize).
const WEEKDAYS_FA = ['یکشنبه', 'دوشنبه', 'سه\u200cشنبه', 'چهارشنبه', 'پنج\u200cشنبه', 'جمعه', 'شنبه'];
const WEEKDAY_INDEX = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

// The day of the week of an instant in Tehran.
export function weekday(iso) {
  if (lang() !== 'fa') return new Intl.DateTimeFormat(locale(), { timeZone: TEHRAN, weekday: 'long' }).format(new Date(iso));
  return WEEKDAYS_FA[WEEKDAY_INDEX[new Intl.DateTimeFormat('en-US', { timeZone: TEHRAN, weekday: 'short' }).format(new Date(iso))]];
}

// A start as precise as its source: the hour only when it is known, else the day (with its weekday,
// as the sources print it), the month or the year; nothing when the source gives no date.
// The day is composed (weekday, then the date) because ICU orders a Persian-calendar date with its weekday
// as «۱۴۰۲ اردیبهشت ۱۱, دوشنبه»; the sources print «دوشنبه ۱۱ اردیبهشت ۱۴۰۲».

export function preciseDate(iso, precision) {
  if (!iso || precision === 'UNKNOWN') return '';
  if (!precision || precision === 'TIME') return dateTime(iso);
  const part = (options) => new Intl.DateTimeFormat(locale(), { timeZone: TEHRAN, ...options }).format(new Date(iso));
  if (precision === 'DAY') return `${weekday(iso)} ${date(iso)}`;
  // A month too: ICU writes «۱۴۰۰ مهر»; the sources and the API write «مهر ۱۴۰۰».
  if (precision === 'MONTH') return `${part({ month: 'long' })} ${part({ year: 'numeric' })}`;
  return part({ year: 'numeric' });
}

// A Date scalar (yyyy-MM-dd) shown as a Jalali day.
export function day(isoDate) {
  if (!isoDate) return '';
  return new Intl.DateTimeFormat(locale(), { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' })
    .format(new Date(`${isoDate}T00:00:00Z`));
}

function tehranParts(d) {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: TEHRAN, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
  }).formatToParts(d);
  const get = (t) => Number(parts.find((p) => p.type === t).value);
  return { y: get('year'), m: get('month'), d: get('day'), h: get('hour'), min: get('minute'), s: get('second') };
}

// ISO instant -> value of a datetime-local input, in Tehran time.
export function toLocalInput(iso) {
  if (!iso) return '';
  const p = tehranParts(new Date(iso));
  const pad = (n) => String(n).padStart(2, '0');
  return `${p.y}-${pad(p.m)}-${pad(p.d)}T${pad(p.h)}:${pad(p.min)}`;
}

// Value of a datetime-local input, read as Tehran time -> ISO instant (UTC).
export function fromLocalInput(value) {
  if (!value) return null;
  const [d, t = '00:00'] = value.split('T');
  const [y, m, dd] = d.split('-').map(Number);
  const [hh, mm] = t.split(':').map(Number);
  const wanted = Date.UTC(y, m - 1, dd, hh, mm);
  let guess = wanted - 3.5 * 3600 * 1000;
  for (let i = 0; i < 2; i += 1) {
    const p = tehranParts(new Date(guess));
    const shown = Date.UTC(p.y, p.m - 1, p.d, p.h, p.min);
    guess += wanted - shown;
  }
  return new Date(guess).toISOString();
}

// The Jalali day of month of an instant in Tehran.
function jalaliDay(d) {
  return Number(new Intl.DateTimeFormat('en-US-u-ca-persian-nu-latn', { timeZone: TEHRAN, day: 'numeric' }).format(d));
}

// Start of the Jalali day (Tehran) of d, as a Date.
function startOfTehranDay(d) {
  const p = tehranParts(d);
  return new Date(fromLocalInput(`${p.y}-${String(p.m).padStart(2, '0')}-${String(p.d).padStart(2, '0')}T00:00`));
}

// [start, end) of the Jalali month that holds `now`, Tehran time.
export function jalaliMonth(now = new Date()) {
  const DAY = 86400000;
  let start = startOfTehranDay(now);
  while (jalaliDay(new Date(start.getTime() + 12 * 3600000)) !== 1) start = startOfTehranDay(new Date(start.getTime() - DAY / 2));
  let end = startOfTehranDay(new Date(start.getTime() + 28 * DAY + 12 * 3600000));
  while (jalaliDay(new Date(end.getTime() + 12 * 3600000)) !== 1) end = startOfTehranDay(new Date(end.getTime() + DAY + 12 * 3600000));
  return { start: start.toISOString(), end: end.toISOString() };
}

// The Jalali year, month and day of an instant in Tehran (ASCII numbers).
export function jalaliParts(iso) {
  const parts = new Intl.DateTimeFormat('en-US-u-ca-persian-nu-latn', { timeZone: TEHRAN, year: 'numeric', month: 'numeric', day: 'numeric' })
    .formatToParts(new Date(iso));
  const get = (type) => Number(parts.find((p) => p.type === type).value);
  return { y: get('year'), m: get('month'), d: get('day') };
}

// The instant (ISO, UTC) at which Jalali month `m` of year `y` starts in Tehran. It starts from the month's usual
// Gregorian day (1 Farvardin is 20 or 21 March; six months of 31 days, five of 30) and walks to its first day, so the
// browser's own Persian calendar decides, as it does for every date the page shows.
export function jalaliStart(y, m = 1) {
  const DAY = 86400000;
  const offset = m <= 7 ? (m - 1) * 31 : 186 + (m - 7) * 30;
  let at = Date.UTC(y + 621, 2, 21 + offset, 12);
  for (let i = 0; i < 40; i += 1) {
    const p = jalaliParts(at);
    if (p.y === y && p.m === m) {
      at -= (p.d - 1) * DAY;
      break;
    }
    at += (p.y < y || (p.y === y && p.m < m) ? 1 : -1) * DAY;
  }
  const g = tehranParts(new Date(at));
  return fromLocalInput(`${g.y}-${String(g.m).padStart(2, '0')}-${String(g.d).padStart(2, '0')}T00:00`);
}

// The name of Jalali month `m` in the page's language (فروردین, Farvardin).
export function jalaliMonthName(m) {
  return new Intl.DateTimeFormat(locale(), { timeZone: TEHRAN, month: 'long' }).format(new Date(jalaliStart(1400, m)));
}

// Today in Tehran as yyyy-MM-dd (for comparing Date scalars).
export function todayTehran() {
  const p = tehranParts(new Date());
  return `${p.y}-${String(p.m).padStart(2, '0')}-${String(p.d).padStart(2, '0')}`;
}

// Persian text normalised as the API does: Arabic ي/ك, digits, ZWNJ, diacritics, spaces.
export function normalize(text) {
  return String(text ?? '')
    .replace(/[يى]/g, 'ی').replace(/ك/g, 'ک')
    .replace(/[۰-۹]/g, (d) => String('۰۱۲۳۴۵۶۷۸۹'.indexOf(d)))
    .replace(/[٠-٩]/g, (d) => String('٠١٢٣٤٥٦٧٨٩'.indexOf(d)))
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[\u200c\u200d\s]+/g, '')
    .toLowerCase();
}
