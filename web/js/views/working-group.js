import { h, replace } from '../dom.js';
import { t, pick, enumLabel } from '../i18n.js';
import { query, mutate } from '../graphql.js';
import { can } from '../auth.js';
import { pageHeader, field, enumSelect, combobox, createForm, dl, badge, empty, errorBox, errorText } from '../ui.js';
import { payloadErrorText } from '../errors.js';
import { preciseDate } from '../format.js';

export default async function workingGroup(ctx) {
  const data = await query('WorkingGroup', { id: ctx.args[0] });
  const g = data.node;
  if (!g) throw new Error(t('workingGroup.notFound'));
  const edit = can.edit();
  const alertBox = h('div', { 'aria-live': 'polite' });

  async function run(name, input) {
    try {
      const payload = await mutate(name, input);
      if (payload.errors?.length) {
        replace(alertBox, h('div', { class: 'alert error', role: 'alert' }, payload.errors.map((e) => h('p', null, payloadErrorText(e).text))));
        return;
      }
      ctx.announce(t('form.saved'));
      ctx.rerender();
    } catch (e) {
      replace(alertBox, errorBox(e));
    }
  }

  const members = g.members.length ? h('ul', { class: 'row-list' }, g.members.map((m) => {
    const who = m.person ? pick(m.person, 'fullName') : pick(m.organization);
    return h('li', { class: 'row-card' }, h('span', null, who), ' ', badge('WorkingGroupRole', m.role),
      edit ? [' ', h('button', { type: 'button', class: 'secondary small', onclick: () => run('RemoveWorkingGroupMember', { workingGroupId: g.id, version: g.version, organizationId: m.person ? null : m.organization?.id ?? null, personId: m.person?.id ?? null }) }, t('action.removeNamed', { name: who }))] : null);
  })) : empty(t('workingGroup.noMembers'));

  let editing = null;
  if (edit) {
    const status = enumSelect('WorkingGroupStatus', { value: g.status });
    const statusBtn = h('button', { type: 'button', class: 'secondary', onclick: () => run('SetWorkingGroupStatus', { id: g.id, version: g.version, status: status.value }) }, t('workingGroup.setStatus'));
    let picked = null;
    const who = combobox({ kind: 'organization', label: t('workingGroup.addOrganization'), onPick: (o) => { picked = o ? { organization: o } : null; } });
    const whoPerson = combobox({ kind: 'person', label: t('workingGroup.addPerson'), onPick: (p) => { picked = p ? { person: p } : null; } });
    const role = enumSelect('WorkingGroupRole', { value: 'MEMBER' });
    const fields = { member: who.element, 'member.role': field(t('workingGroup.role'), role) };
    const { form } = createForm({
      label: t('workingGroup.addMember'),
      fields,
      body: [who.element, whoPerson.element, fields['member.role']],
      submitLabel: t('workingGroup.addMember'),
      onSubmit: async () => {
        if (!picked) { who.element.showError(t('workingGroup.pickMember')); who.input.focus(); return undefined; }
        const values = { workingGroupId: g.id, version: g.version, member: { organizationId: picked.organization?.id ?? null, personId: picked.person?.id ?? null, role: role.value } };
        return { payload: await mutate('AddWorkingGroupMember', values), values };
      },
      onSuccess: () => ctx.rerender(),
      onConcurrency: async () => { replace(alertBox, h('div', { class: 'alert warning', role: 'alert' }, h('p', null, t('concurrency.reloaded')))); },
    });
    editing = [
      h('section', { class: 'card', 'aria-labelledby': 'wg-status' }, h('h2', { id: 'wg-status' }, t('workingGroup.status')), h('div', { class: 'actions' }, field(t('workingGroup.status'), status), statusBtn)),
      h('section', { class: 'card', 'aria-labelledby': 'wg-add' }, h('h2', { id: 'wg-add' }, t('workingGroup.addMember')), form),
    ];
  }

  return h('section', { 'data-view': 'working-group', class: 'view' },
    h('p', { class: 'breadcrumb' }, h('a', { href: '#/working-groups' }, t('nav.workingGroups'))),
    pageHeader(pick(g)),
    alertBox,
    h('section', { class: 'card' }, dl([
      [t('workingGroup.status'), badge('WorkingGroupStatus', g.status)],
      [t('workingGroup.specialty'), g.specialty],
      [t('filter.district'), g.district ? h('a', { href: `#/districts/${g.district.number}` }, t('district.numbered', { number: g.district.number })) : null],
      [t('workingGroup.partner'), g.partnerOrganization ? pick(g.partnerOrganization) : null],
      [t('workingGroup.fromDecision'), g.formedByDecision ? [g.formedByDecision.text, g.formedByDecision.meeting ? [' — ', h('a', { href: `#/meetings/${encodeURIComponent(g.formedByDecision.meeting.id)}` }, pick(g.formedByDecision.meeting, 'title'))] : null] : null],
    ])),
    h('section', { class: 'card', 'aria-labelledby': 'wg-members' }, h('h2', { id: 'wg-members' }, t('workingGroup.members')), members),
    editing,
    h('section', { class: 'card', 'aria-labelledby': 'wg-meetings' }, h('h2', { id: 'wg-meetings' }, t('workingGroup.meetings')),
      g.meetings.length ? h('ul', null, g.meetings.map((m) => h('li', null, h('a', { href: `#/meetings/${encodeURIComponent(m.id)}` }, pick(m, 'title')), ' ', h('span', { class: 'meta' }, preciseDate(m.startsAt, m.startsAtPrecision))))) : empty(t('workingGroup.noMeetings'))));
}
