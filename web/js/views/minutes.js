import { h, replace, setTrustedHtml } from '../dom.js';
import { t, pick, enumLabel } from '../i18n.js';
import { query, mutate } from '../graphql.js';
import { can } from '../auth.js';
import { pageHeader, field, input, textarea, enumSelect, createForm, requireFields, badge, empty, errorBox, concurrencyDialog, errorText } from '../ui.js';
import { payloadErrorText } from '../errors.js';
import { dateTime, preciseDate } from '../format.js';

async function loadMinutes(id) {
  const data = await query('MeetingMinutes', { id });
  if (!data.node) throw new Error(t('meeting.notFound'));
  return data.node;
}

function sectionsMarkdown(sections) {
  return sections.map((s) => `## ${s.heading.trim() || enumLabel('MinutesSectionKind', s.kind)}\n\n${s.body}`).join('\n\n');
}

export default async function minutesView(ctx) {
  const meeting = await loadMinutes(ctx.args[0]);
  const revisions = meeting.minutes;
  const latest = revisions[revisions.length - 1] ?? null;
  const edit = can.edit();
  const alertBox = h('div', { 'aria-live': 'polite' });
  const state = { version: latest?.version };

  // Revision history: each revision's rendered HTML (Minutes.html, rendered by the server).
  const shown = h('div', { class: 'minutes-html', 'aria-live': 'polite' });
  const shownTitle = h('h2', { id: 'rev-h' });
  const historyButtons = [];
  function showRevision(rev) {
    shownTitle.textContent = t('minutes.revisionTitle', { n: rev.revision, status: enumLabel('MinutesStatus', rev.status) });
    setTrustedHtml(shown, rev.html);
    for (const b of historyButtons) b.setAttribute('aria-pressed', String(b.dataset.id === rev.id));
  }
  const history = revisions.length ? h('ol', { class: 'revisions' }, [...revisions].reverse().map((rev) => {
    const b = h('button', { type: 'button', class: 'secondary small', 'data-id': rev.id, 'aria-pressed': 'false', onclick: () => showRevision(rev) },
      t('minutes.revisionN', { n: rev.revision }));
    historyButtons.push(b);
    return h('li', null, b, ' ', badge('MinutesStatus', rev.status),
      h('span', { class: 'meta' }, ' ', rev.publishedAt ? t('minutes.publishedAt', { date: preciseDate(rev.publishedAt, rev.publishedAtPrecision) }) : rev.approvedAt ? t('minutes.approvedAt', { date: dateTime(rev.approvedAt) }) : t('minutes.writtenAt', { date: dateTime(rev.updatedAt) }),
        rev.amends ? ` · ${t('minutes.amends', { n: rev.amends.revision })}` : ''));
  })) : empty(t('minutes.none'));

  // Step buttons for the latest revision.
  async function step(name) {
    try {
      const payload = await mutate(name, { id: latest.id, version: state.version });
      if (payload.errors?.length) {
        const conc = payload.errors.find((e) => e.__typename === 'ConcurrencyError');
        if (conc) {
          const theirs = (await loadMinutes(meeting.id)).minutes.find((m) => m.id === latest.id);
          concurrencyDialog([[t('filter.status'), enumLabel('MinutesStatus', latest.status), enumLabel('MinutesStatus', theirs?.status)], [t('minutes.version'), String(state.version), String(theirs?.version)]],
            { onReapply: () => { state.version = theirs.version; step(name); }, onDiscard: () => ctx.rerender() });
          return;
        }
        replace(alertBox, h('div', { class: 'alert error', role: 'alert' }, payload.errors.map((e) => h('p', null, payloadErrorText(e).text))));
        return;
      }
      ctx.announce(name === 'ApproveMinutes' ? t('minutes.approved') : t('minutes.published'));
      ctx.rerender();
    } catch (e) { replace(alertBox, errorBox(e)); }
  }
  const steps = edit && latest ? [
    latest.status === 'DRAFT' ? h('button', { type: 'button', class: 'primary', onclick: () => step('ApproveMinutes') }, t('minutes.approve')) : null,
    latest.status === 'APPROVED' ? h('button', { type: 'button', class: 'primary', onclick: () => step('PublishMinutes') }, t('minutes.publish')) : null,
  ] : [];

  // Editor: write (no revision yet), update (draft), amend (published).
  let editor = null;
  if (edit && (!latest || latest.status === 'DRAFT' || latest.status === 'PUBLISHED')) {
    const mode = !latest ? 'write' : latest.status === 'DRAFT' ? 'update' : 'amend';
    const sections = (latest?.sections ?? []).map((s) => ({ kind: s.kind, heading: s.heading, body: s.body }));
    if (!sections.length) sections.push({ kind: 'DISCUSSION', heading: '', body: '' });
    const fields = {};
    const list = h('ol', { class: 'edit-rows' });
    const preview = h('div', { class: 'minutes-html preview', 'aria-live': 'off', id: 'minutes-preview' });
    const previewStatus = h('p', { class: 'form-status', role: 'status' });
    let timer = null;
    let seq = 0;
    async function refreshPreview() {
      const mine = ++seq;
      previewStatus.textContent = t('minutes.previewing');
      try {
        const data = await query('MarkdownPreview', { markdown: sectionsMarkdown(sections) });
        if (mine !== seq) return;
        setTrustedHtml(preview, data.markdownPreview);
        previewStatus.textContent = '';
      } catch (e) {
        if (mine === seq) previewStatus.textContent = errorText(e);
      }
    }
    const schedulePreview = () => { clearTimeout(timer); timer = setTimeout(refreshPreview, 400); };
    function render() {
      for (const k of Object.keys(fields)) delete fields[k];
      replace(list, sections.map((s, i) => {
        const kind = enumSelect('MinutesSectionKind', { value: s.kind });
        kind.addEventListener('change', () => { s.kind = kind.value; schedulePreview(); });
        const heading = input({ value: s.heading, oninput: (e) => { s.heading = e.target.value; schedulePreview(); } });
        const body = textarea({ value: s.body, rows: 8, oninput: (e) => { s.body = e.target.value; schedulePreview(); } });
        fields[`sections[${i}].kind`] = field(t('minutes.sectionKind', { n: i + 1 }), kind, { name: `sections[${i}].kind` });
        fields[`sections[${i}].heading`] = field(t('minutes.sectionHeading', { n: i + 1 }), heading, { name: `sections[${i}].heading`, required: true });
        fields[`sections[${i}].body`] = field(t('minutes.sectionBody', { n: i + 1 }), body, { name: `sections[${i}].body`, required: true, hint: t('minutes.markdownHint') });
        return h('li', { class: 'section-editor' }, fields[`sections[${i}].kind`], fields[`sections[${i}].heading`], fields[`sections[${i}].body`],
          sections.length > 1 ? h('button', { type: 'button', class: 'secondary small', onclick: () => { sections.splice(i, 1); render(); schedulePreview(); } }, t('action.removeNamed', { name: t('minutes.sectionN', { n: i + 1 }) })) : null);
      }));
      fields.sections = { control: list.querySelector('textarea'), showError: () => {} };
    }
    render();
    refreshPreview();
    const addSection = h('button', { type: 'button', class: 'secondary', onclick: () => { sections.push({ kind: 'OTHER', heading: '', body: '' }); render(); list.lastChild?.querySelector('input')?.focus(); } }, t('minutes.addSection'));
    const { form } = createForm({
      label: t(`minutes.${mode}`),
      fields,
      body: [h('div', { class: 'editor-grid' },
        h('div', { class: 'stack' }, list, addSection),
        h('div', { class: 'stack' }, h('h3', null, t('minutes.preview')), previewStatus, preview))],
      submitLabel: t(`minutes.${mode}Submit`),
      onSubmit: async () => {
        requireFields(sections.flatMap((s, i) => [[s.heading.trim(), `sections[${i}].heading`, t('validation.required')], [s.body.trim(), `sections[${i}].body`, t('validation.required')]]));
        const clean = sections.map((s) => ({ kind: s.kind, heading: s.heading.trim(), body: s.body }));
        const values = mode === 'write' ? { meetingId: meeting.id, sections: clean } : mode === 'update' ? { id: latest.id, version: state.version, sections: clean } : { id: latest.id, sections: clean };
        const name = mode === 'write' ? 'WriteMinutes' : mode === 'update' ? 'UpdateMinutes' : 'AmendMinutes';
        return { payload: await mutate(name, values), values };
      },
      onSuccess: () => { ctx.announce(t('form.saved')); ctx.rerender(); },
      onConcurrency: async (err, values, resubmit) => {
        const theirs = (await loadMinutes(meeting.id)).minutes.find((m) => m.id === latest.id);
        concurrencyDialog((theirs?.sections ?? []).map((s, i) => [s.heading, sections[i]?.body, s.body]).concat(sections.slice(theirs?.sections.length ?? 0).map((s) => [s.heading, s.body, ''])),
          { onReapply: () => { state.version = theirs.version; resubmit(); }, onDiscard: () => ctx.rerender() });
      },
    });
    editor = h('section', { class: 'card', 'aria-labelledby': 'ed-h' }, h('h2', { id: 'ed-h' }, t(`minutes.${mode}`)),
      mode === 'amend' ? h('p', { class: 'hint' }, t('minutes.amendHint')) : null, form);
  }

  const root = h('section', { 'data-view': 'minutes', class: 'view' },
    h('p', { class: 'breadcrumb' }, h('a', { href: `#/meetings/${encodeURIComponent(meeting.id)}` }, pick(meeting, 'title'))),
    pageHeader(t('minutes.titleOf', { title: pick(meeting, 'title') }), ...steps),
    alertBox,
    latest ? h('section', { class: 'card', 'aria-labelledby': 'rev-h' }, shownTitle, shown) : null,
    h('section', { class: 'card', 'aria-labelledby': 'hist-h' }, h('h2', { id: 'hist-h' }, t('minutes.history')), history),
    editor);
  if (latest) showRevision(latest);
  return root;
}
