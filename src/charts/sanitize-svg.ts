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
/** A link (<a>) may point to the web; anything else that names a resource (<use>, a pattern's href) only inside the file. */
const hrefAllowed = (element: string, value: string) => (element === 'a' ? LOCAL_OR_WEB : /^#/).test(value.trim());

/**
 * CSS that could fetch or run something, spelt in a way no pattern can see:
 * escapes (`u\72l(` is `url(`, `@\69mport` is `@import`), comments splitting
 * a word, and every way to name a resource besides `url(#local)`. Our charts'
 * CSS needs none of these, so style text holding any of them is dropped whole
 * rather than half-cleaned.
 */
const UNPARSEABLE_CSS = /\\|\/\*|@import|expression\s*\(|image-set\s*\(|image\s*\(|src\s*\(|element\s*\(|-moz-binding|behavior\s*:/i;

/** Keeps only url(#…) references; CSS it cannot vouch for becomes empty. */
function cleanCss(css: string): string {
  if (UNPARSEABLE_CSS.test(css)) return '';
  return css.replace(/url\(\s*(['"]?)(?!#)[^)]*\)/gi, 'none');
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
      else if ((name === 'href' || name === 'xlink:href') && !hrefAllowed(el.localName.toLowerCase(), attr.value)) el.removeAttribute(attr.name);
      else if (name === 'style') el.setAttribute(attr.name, cleanCss(attr.value));
    }
    if (el.localName.toLowerCase() === 'style') el.textContent = cleanCss(el.textContent ?? '');
  };
  walk(root as unknown as Element);
  return root.outerHTML;
}

/**
 * What the tests (and the export) assert: nothing executable or foreign left.
 * Judged on the parsed document, not the text: `&lt;img onerror=…&gt;` in a
 * label is harmless text, while an `onload` attribute is not, whatever its spelling.
 */
export function isSafeSvg(markup: string): boolean {
  const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
  const root = doc.documentElement as unknown as Element | null;
  if (!root) return false;
  const elements = [root, ...Array.from(root.querySelectorAll('*'))];
  return elements.every((el) => {
    const name = el.localName.toLowerCase();
    if (name === 'script' || name === 'foreignobject' || name === 'iframe' || name === 'embed' || name === 'object') return false;
    if (name === 'style' && !safeCss(el.textContent ?? '')) return false;
    return Array.from(el.attributes).every((attr) => {
      const attrName = attr.name.toLowerCase();
      if (attrName.startsWith('on')) return false;
      if ((attrName === 'href' || attrName === 'xlink:href') && !hrefAllowed(name, attr.value)) return false;
      return attrName !== 'style' || safeCss(attr.value);
    });
  });
}

function safeCss(css: string): boolean {
  return !UNPARSEABLE_CSS.test(css) && !/url\(\s*(['"]?)(?!#)/i.test(css);
}
