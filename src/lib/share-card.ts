import { escapeXml } from './escape-xml.ts';

/**
 * The 1200×630 share image of a page (Open Graph / Twitter), as SVG text;
 * the build turns it into PNG. Every text from data is escaped: a name can
 * never become markup.
 */
export interface ShareCard {
  kicker: string;
  title: string;
  figure: string | null;
  caption: string;
  footer: string;
}

/**
 * At most three lines of at most `max` characters. A word longer than a line
 * is cut, and text that does not fit ends in "…": the card shows no more,
 * and the PNG renderer, whose time grows with every glyph, never receives
 * more than that, whatever a cell holds.
 */
function lines(text: string, max: number, count = 3): string[] {
  const out: string[] = [];
  let line = '';
  let cut = false;
  const push = (l: string) => { if (out.length < count) out.push(l); else cut = true; };
  for (const match of text.matchAll(/\S+/g)) {
    let word = match[0];
    if (out.length >= count) { cut = true; break; }
    if (line && (line + ' ' + word).length > max) {
      push(line);
      line = '';
    }
    while (word.length > max && out.length < count) {
      push(word.slice(0, max));
      word = word.slice(max);
    }
    if (out.length >= count) { cut = true; break; }
    line = line ? `${line} ${word}` : word;
  }
  if (line) push(line);
  if (cut) out[count - 1] = `${(out[count - 1] ?? '').slice(0, max - 1)}…`;
  return out;
}

export function shareCardSvg(card: ShareCard): string {
  const title = lines(card.title, 26)
    .map((l, i) => `<text x="72" y="${210 + i * 78}" font-size="68" font-weight="700">${escapeXml(l)}</text>`)
    .join('');
  const caption = lines(card.caption, 52)
    .map((l, i) => `<text x="72" y="${500 + i * 40}" font-size="32">${escapeXml(l)}</text>`)
    .join('');
  const figure = card.figure
    ? `<text x="1128" y="210" font-size="88" font-weight="800" text-anchor="end" fill="#7cc3ec">${escapeXml(card.figure)}</text>`
    : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630" font-family="DejaVu Sans, sans-serif">` +
    `<rect width="1200" height="630" fill="#0d2a3a"/>` +
    `<path d="M0 560h1200M0 590h1200M0 620h1200" stroke="#1d4a63" stroke-width="6"/>` +
    `<g fill="#f4f1ea"><text x="72" y="110" font-size="30" letter-spacing="3" fill="#9cc9e4">${escapeXml(card.kicker.toUpperCase())}</text>` +
    `${title}${caption}</g>${figure}` +
    `<text x="1128" y="110" font-size="34" font-weight="800" text-anchor="end" fill="#f4f1ea">${escapeXml(card.footer)}</text></svg>`;
}
