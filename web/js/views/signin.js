import { h } from '../dom.js';
import { t } from '../i18n.js';
import { setKey, getKey } from '../auth.js';
import { field } from '../ui.js';
import { signIn } from '../app.js';

export default function signin() {
  const keyInput = h('input', { type: 'password', name: 'key', autocomplete: 'off', spellcheck: 'false', required: true });
  const f = field(t('signin.key'), keyInput, { hint: t('signin.keyHint'), required: true });
  const pending = sessionStorage.getItem('hh.signinError');
  if (pending) {
    sessionStorage.removeItem('hh.signinError');
    f.showError(t(pending));
  }
  const form = h('form', { class: 'stack card', 'aria-label': t('signin.title') },
    f,
    h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'primary' }, t('signin.submit'))));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    if (!keyInput.value.trim()) { f.showError(t('signin.keyRequired')); keyInput.focus(); return; }
    setKey(keyInput.value);
    await signIn();
    if (!getKey()) keyInput.focus();
  });
  return h('section', { 'data-view': 'signin', class: 'view narrow' },
    h('h1', { tabindex: '-1' }, t('signin.title')),
    h('p', null, t('signin.intro')),
    form);
}
