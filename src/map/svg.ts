/** Tiny SVG string helpers shared by the map renderers. */
import { escapeXml } from '../lib/escape-xml.ts';

import { round1 as r1 } from '../lib/round.ts';

export { r1 };

/** `name="value"` pairs, values escaped; undefined values are left out. */
export function attrs(values: Record<string, string | number | undefined>): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? r1(v) : escapeXml(v)}"`)
    .join('');
}

/** A multi-line text block centred on (x, y); lines escaped. */
export function textBlock(lines: readonly string[], x: number, y: number, fontSize: number, lineHeight: number, className: string, anchor = 'middle'): string {
  const top = y - ((lines.length - 1) * fontSize * lineHeight) / 2;
  const spans = lines
    .map((line, i) => `<tspan${attrs({ x, y: top + i * fontSize * lineHeight })}>${escapeXml(line)}</tspan>`)
    .join('');
  return `<text${attrs({ class: className, 'font-size': fontSize, 'text-anchor': anchor, 'dominant-baseline': 'central' })}>${spans}</text>`;
}
