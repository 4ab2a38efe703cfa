// A tiny element builder. User text only ever becomes text nodes; the one exception is
// setTrustedHtml, for HTML the server rendered (Minutes.html, markdownPreview).

const PROPS = new Set(['value', 'checked', 'disabled', 'selected', 'indeterminate', 'multiple', 'required', 'readOnly', 'hidden']);

export function h(tag, attrs, ...children) {
  const el = tag.startsWith('svg:')
    ? document.createElementNS('http://www.w3.org/2000/svg', tag.slice(4))
    : document.createElement(tag);
  if (attrs) {
    for (const [name, value] of Object.entries(attrs)) {
      if (value === undefined || value === null || value === false) continue;
      if (name.startsWith('on') && typeof value === 'function') {
        el.addEventListener(name.slice(2).toLowerCase(), value);
      } else if (name === 'style') {
        throw new Error('style attributes are refused by the content security policy');
      } else if (name === 'class') {
        el.setAttribute('class', Array.isArray(value) ? value.filter(Boolean).join(' ') : value);
      } else if (PROPS.has(name) && !(el instanceof SVGElement)) {
        el[name] = value;
        if (value === true) el.setAttribute(name === 'readOnly' ? 'readonly' : name, '');
      } else if (name === 'ref' && typeof value === 'function') {
        value(el);
      } else {
        el.setAttribute(name, value === true ? '' : String(value));
      }
    }
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false || child === true) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

export function replace(el, ...children) {
  clear(el);
  return append(el, children);
}

// The only innerHTML of the page: HTML rendered by the server (Markdig, raw HTML escaped).
export function setTrustedHtml(el, serverHtml) {
  el.innerHTML = serverHtml;
  for (const a of el.querySelectorAll('a[href]')) {
    a.setAttribute('rel', 'noopener noreferrer');
  }
  return el;
}

let idCounter = 0;
export function uid(prefix = 'id') {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}
