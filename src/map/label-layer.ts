/**
 * What a map says about each regency in text: the label variants tried by the placer, the
 * region's accessible name, and the label layer's markup. Shared by the geographic choropleth
 * and the phone-shaped map. Labels, leader lines and their dots are drawing only:
 * `pointer-events: none` in map.css lets a tap fall through to the regency.
 */
import { formatQualified, formatQualifiedShort } from '../lib/format.ts';
import { initials, LINE_HEIGHT, type PlacedLabel, splitInTwo } from './labels.ts';
import { attrs, r1, textBlock } from './svg.ts';
import { mapWords } from './text.ts';
import type { Lang, MapRegion } from './types.ts';

export function regionTitle(region: MapRegion, lang: Lang): string {
  const t = mapWords(lang);
  if (region.status === 'figures' && region.workers !== null) return `${region.name}: ${formatQualified(region.workers, region.qualifier ?? null, lang)} ${t.workersUnit}`;
  return `${region.name}: ${region.status === 'provincial-launch' ? t.regionLaunch : t.regionNone}`;
}

export function labelVariants(region: MapRegion, lang: Lang): string[][] {
  const names = [[region.name], splitInTwo(region.name), [initials(region.name)]].filter(
    (lines): lines is string[] => lines !== undefined && lines.every((l) => l !== undefined),
  );
  if (region.workers === null) return names;
  // A regency with figures is labelled with its figure or (via a callout) not on the regency at all.
  const value = formatQualifiedShort(region.workers, region.qualifier ?? null, lang);
  return names.map((lines) => [...lines, value]);
}

export function renderLabels(placed: readonly PlacedLabel[], fontSize: number, className: string, hidden = false): string {
  const items = placed.map((p) => {
    const leader = p.leader
      ? `<path class="jm-leader" d="M${r1(p.leader[0][0])},${r1(p.leader[0][1])}L${r1(p.leader[1][0])},${r1(p.leader[1][1])}"/>` +
        `<circle${attrs({ class: 'jm-leader-dot', cx: p.leader[0][0], cy: p.leader[0][1], r: fontSize * 0.22 })}/>`
      : '';
    return leader + textBlock(p.lines, p.x, p.y, fontSize, LINE_HEIGHT, p.leader ? 'jm-label jm-label-callout' : 'jm-label');
  });
  return `<g${attrs({ class: className, 'aria-hidden': 'true', display: hidden ? 'none' : undefined })}>${items.join('')}</g>`;
}
