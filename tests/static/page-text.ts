/**
 * What a reader of a built page sees as text: the title, the body's text and
 * the accessible names/alt texts. Scripts, styles, code samples (embed
 * snippets in code or textarea) and inline SVG drawings (chart axes are scale ticks, not figures;
 * their numbers are in the table next to them) are left out.
 */
import { parseHTML } from 'linkedom';

const SKIP = 'script, style, template, pre, code, textarea, svg';
/** Web addresses are not numbers a reader reads (ports, paths). */
const URL_TEXT = /https?:\/\/\S+/g;

/** The body's text as the browser joins it: no space added at tag boundaries (for punctuation checks). */
export function bodyText(html: string): string {
  const { document } = parseHTML(html);
  for (const el of [...document.querySelectorAll(SKIP)]) el.remove();
  return document.body?.textContent ?? '';
}

export function readerText(html: string): string {
  // A space at every tag boundary, so adjacent table cells do not run together ("14.88014.880").
  const { document } = parseHTML(html.replace(/</g, ' <'));
  for (const el of [...document.querySelectorAll(SKIP)]) el.remove();
  const attrs = [...document.querySelectorAll('[aria-label], [alt], [title]')].flatMap((el) =>
    ['aria-label', 'alt', 'title'].map((a) => el.getAttribute(a) ?? ''),
  );
  return [document.querySelector('title')?.textContent ?? '', document.body?.textContent ?? '', ...attrs].join('\n').replace(URL_TEXT, ' ');
}
