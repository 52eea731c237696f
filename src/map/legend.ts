/**
 * The choropleth's legend, drawn below the map: the worker classes, then the two "no figures"
 * styles as separate entries (so "no data" is never read as the lightest class), the per-capita
 * caveat and the credits. Returns the markup and the height it used; text wraps to `width`.
 */
import { escapeXml } from '../lib/escape-xml.ts';
import { charsPerLine, wrapText } from '../lib/wrap.ts';
import { attrs } from './svg.ts';
import type { MapWords } from './text.ts';
import type { WorkerClass } from './worker-classes.ts';

export interface LegendInput {
  x: number;
  y: number;
  width: number;
  fontSize: number;
  classes: readonly WorkerClass[];
  text: MapWords;
  /** Pattern ids for the no-figures styles. */
  patterns: { launch: string; none: string };
  className: string;
  /** Extra attributes of the legend group, e.g. display="none" for the variant CSS turns on. */
  hidden?: boolean;
}

/** Average glyph advance in em, on the wide side so estimated lines never overflow. */
const EM = 0.56;


export function renderLegend(input: LegendInput): { svg: string; height: number } {
  const { x, width, fontSize: f, text } = input;
  const sw = f * 1.8;
  const sh = f * 1.05;
  const lh = f * 1.25;
  const pad = f * 0.35;
  const parts: string[] = [];
  let y = input.y + pad;

  const lines = (ls: readonly string[], tx: number, top: number, cls: string, size = f, lineHeight = lh): string =>
    ls.map((s, i) => `<text${attrs({ class: cls, x: tx, y: top + lineHeight * (i + 0.5), 'font-size': size, 'dominant-baseline': 'central' })}>${escapeXml(s)}</text>`).join('');
  const swatch = (sx: number, centreY: number, cls: string, fill?: string): string =>
    `<rect${attrs({ class: `jm-swatch ${cls}`, x: sx, y: centreY - sh / 2, width: sw, height: sh, fill })}/>`;

  if (input.classes.length) {
    const title = wrapText(text.legendTitle, charsPerLine(width, f, EM));
    parts.push(lines(title, x, y, 'jm-legend-title'));
    y += title.length * lh + pad;
    let cx = x;
    for (const c of input.classes) {
      const w = sw + f * 0.4 + c.label.length * f * EM + f * 1.2;
      if (cx > x && cx + w > x + width) {
        cx = x;
        y += lh + pad;
      }
      parts.push(swatch(cx, y + lh / 2, c.className), lines([c.label], cx + sw + f * 0.4, y, 'jm-legend-text'));
      cx += w;
    }
    y += lh + pad * 2;
  }
  for (const [cls, fill, s] of [
    ['jm-launch', `url(#${input.patterns.launch})`, text.launch],
    ['jm-none', `url(#${input.patterns.none})`, text.none],
  ] as const) {
    const label = wrapText(s, charsPerLine(width - sw - f * 0.4, f, EM));
    parts.push(swatch(x, y + lh / 2, cls, fill), lines(label, x + sw + f * 0.4, y, 'jm-legend-text'));
    y += label.length * lh + pad * 2;
  }
  const note = wrapText(text.notPerCapita, charsPerLine(width, f, EM));
  parts.push(lines(note, x, y, 'jm-legend-note'));
  y += note.length * lh + pad;
  const small = f * 0.8;
  const credits = [...wrapText(text.credit, charsPerLine(width, small, EM)), ...wrapText(text.creditContext, charsPerLine(width, small, EM))];
  parts.push(lines(credits, x, y, 'jm-credit', small, small * 1.3));
  y += credits.length * small * 1.3;
  return {
    svg: `<g${attrs({ class: `jm-legend ${input.className}`, display: input.hidden ? 'none' : undefined })}>${parts.join('')}</g>`,
    height: y - input.y,
  };
}
