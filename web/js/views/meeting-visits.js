// The parts of the meeting form for what the sources report beside the agenda: the sites visited (a site, notes,
// the captions of the photos taken there) and the meeting's tags.
import { h, replace } from '../dom.js';
import { t, pick } from '../i18n.js';
import { field, input, textarea, combobox } from '../ui.js';

const lines = (text) => text.split('\n').map((l) => l.trim()).filter(Boolean);

// Rows of visits; fields get visits[i].siteId, .notes and .photoCaptions so the API's errors land beside them.
export function visitEditor(existing, fields) {
  const visits = (existing?.siteVisits ?? []).map((v) => ({ site: v.site, notes: v.notes ?? '', captions: v.photos.map((p) => p.caption).join('\n') }));
  const list = h('ol', { class: 'edit-rows', 'aria-label': t('meeting.siteVisits') });
  function render() {
    for (const k of Object.keys(fields)) if (k.startsWith('visits[')) delete fields[k];
    replace(list, visits.map((v, i) => {
      const n = i + 1;
      const site = combobox({ kind: 'site', label: t('visit.siteOf', { n }), value: v.site, name: `visits[${i}].siteId`, required: true, onPick: (s) => { v.site = s; } });
      const notes = input({ value: v.notes, oninput: (e) => { v.notes = e.target.value; } });
      const captions = textarea({ rows: 3, value: v.captions, oninput: (e) => { v.captions = e.target.value; } });
      fields[`visits[${i}].siteId`] = site.element;
      fields[`visits[${i}].notes`] = field(t('visit.notesOf', { n }), notes, { name: `visits[${i}].notes` });
      fields[`visits[${i}].photoCaptions`] = field(t('visit.captionsOf', { n }), captions, { name: `visits[${i}].photoCaptions`, hint: t('visit.captionsHint') });
      fields[`visits[${i}]`] = site.element;
      return h('li', { class: 'edit-row' }, site.element, fields[`visits[${i}].notes`], fields[`visits[${i}].photoCaptions`],
        h('button', { type: 'button', class: 'secondary small', onclick: () => { visits.splice(i, 1); render(); } }, t('visit.remove', { n })));
    }));
  }
  render();
  const add = h('button', { type: 'button', class: 'secondary', onclick: () => { visits.push({ site: null, notes: '', captions: '' }); render(); list.lastChild?.querySelector('input')?.focus(); } }, t('visit.add'));
  fields.visits = { control: add, showError: () => {} };
  return {
    element: h('fieldset', { class: 'group' }, h('legend', null, t('meeting.siteVisits')), list, add),
    checks: () => visits.map((v, i) => [v.site, `visits[${i}].siteId`, t('validation.required')]),
    values: () => visits.map((v) => ({ siteId: v.site?.id ?? '', notes: v.notes.trim() || null, photoCaptions: lines(v.captions) })),
    summary: () => visits.map((v) => pick(v.site)).join(' | '),
    touched: () => visits.length > 0 || (existing?.siteVisits.length ?? 0) > 0,
  };
}

// Tags typed in one field, separated by «،», a comma or a new line; a leading # is the API's to drop.
export function tagField(existing, fields) {
  const control = input({ name: 'tags', value: (existing?.tags ?? []).map((x) => x.name).join('، ') });
  fields.tags = field(t('meeting.tags'), control, { name: 'tags', hint: t('meeting.tagsHint') });
  const values = () => control.value.split(/[،,\n]/).map((x) => x.trim()).filter(Boolean);
  return {
    element: fields.tags,
    values,
    summary: () => values().join('، '),
    touched: () => values().length > 0 || (existing?.tags.length ?? 0) > 0,
  };
}
