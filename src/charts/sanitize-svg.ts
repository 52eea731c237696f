/**
 * Every SVG we hand out (downloads, the map export) passes through here: an
 * allowlist of drawing elements, no <script>, no <foreignObject>, no event
 * attributes, no links or CSS that leave the file. Our own charts contain none
 * of these; the point is that a future change, or a string from the data,
 * cannot smuggle them in.
 */
import { DOMParser } from 'linkedom';

const ALLOWED = new Set([
  'svg', 'g', 'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'text', 'tspan', 'title', 'desc',
  'defs', 'clippath', 'pattern', 'lineargradient', 'radialgradient', 'stop', 'a', 'style', 'use', 'symbol', 'mask', 'marker',
]);

const LOCAL_OR_WEB = /^(#|https?:)/i;

/** Keeps only url(#…) references in CSS; drops @import and expression(). */
function cleanCss(css: string): string {
  return css
    .replace(/@import[^;]*;?/gi, '')
    .replace(/expression\s*\(/gi, '(')
    .replace(/url\(\s*(['"]?)(?!#)[^)]*\)/gi, 'none');
}

export function sanitizeSvg(markup: string): string {
  const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
  const root = doc.documentElement;
  if (!root || root.localName.toLowerCase() !== 'svg') throw new Error('sanitizeSvg: not an SVG document');
  const walk = (el: Element) => {
    for (const child of Array.from(el.children)) {
      if (!ALLOWED.has(child.localName.toLowerCase())) {
        child.remove();
        continue;
      }
      walk(child);
    }
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) el.removeAttribute(attr.name);
      else if ((name === 'href' || name === 'xlink:href') && !LOCAL_OR_WEB.test(attr.value.trim())) el.removeAttribute(attr.name);
      else if (name === 'style') el.setAttribute(attr.name, cleanCss(attr.value));
    }
    if (el.localName.toLowerCase() === 'style') el.textContent = cleanCss(el.textContent ?? '');
  };
  walk(root as unknown as Element);
  return root.outerHTML;
}

/** What the tests (and the export) assert: nothing executable or foreign left. */
export function isSafeSvg(markup: string): boolean {
  return !/<script|<foreignObject|\son[a-z]+\s*=|javascript:/i.test(markup);
}
