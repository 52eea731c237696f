import { escapeXml } from './escape-xml.ts';
import { wrapText } from './wrap.ts';

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

export function shareCardSvg(card: ShareCard): string {
  const title = wrapText(card.title, 26, 3)
    .map((l, i) => `<text x="72" y="${210 + i * 78}" font-size="68" font-weight="700">${escapeXml(l)}</text>`)
    .join('');
  const caption = wrapText(card.caption, 52, 3)
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
