// A bar chart drawn as SVG by our own code. bars: [{ key, label, value, href, className }].
// Each bar is a link to the list behind it for the mouse; keyboards and screen readers take the same
// links from the legend the caller writes beside the chart (under the same heading), so the drawing is hidden from them.
import { h } from './dom.js';
import { num } from './format.js';
import { dir } from './i18n.js';

export function barChart(bars, { title, width = 480, height = 220 } = {}) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const pad = { top: 24, bottom: 40, side: 16 };
  const slot = (width - pad.side * 2) / bars.length;
  const barWidth = Math.min(64, slot * 0.6);
  const plot = height - pad.top - pad.bottom;
  const rtl = dir() === 'rtl';
  const svg = h('svg:svg', {
    class: 'chart', viewBox: `0 0 ${width} ${height}`, width, height, 'aria-hidden': 'true', 'data-title': title,
  });
  svg.append(h('svg:line', { x1: pad.side, x2: width - pad.side, y1: height - pad.bottom, y2: height - pad.bottom, stroke: '#4d5561', 'stroke-width': 1 }));
  bars.forEach((b, i) => {
    const index = rtl ? bars.length - 1 - i : i;
    const cx = pad.side + slot * index + slot / 2;
    const hgt = Math.round((b.value / max) * plot);
    const y = height - pad.bottom - hgt;
    const a = h('svg:a', { href: b.href, tabindex: '-1' },
      h('svg:rect', { x: cx - barWidth / 2, y: hgt ? y : height - pad.bottom - 2, width: barWidth, height: Math.max(hgt, 2), rx: 3, class: b.className }),
      h('svg:text', { x: cx, y: (hgt ? y : height - pad.bottom) - 6, 'text-anchor': 'middle', 'font-size': 15, 'font-weight': 700 }, num(b.value)),
      h('svg:text', { x: cx, y: height - pad.bottom + 22, 'text-anchor': 'middle', 'font-size': 14 }, b.label));
    svg.append(a);
  });
  return svg;
}
