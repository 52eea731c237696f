import { describe, expect, it } from 'vitest';
import type { ProjectedRegion } from '@/map/label-geometry.ts';
import { initials, placeLabels, splitInTwo } from '@/map/labels.ts';

const box = (x: number, y: number, w: number, h: number): ProjectedRegion => [[[[x, y], [x + w, y], [x + w, y + h], [x, y + h], [x, y]]]];
const frame = { x: 0, y: 0, width: 400, height: 200 };

describe('label wording', () => {
  it('splits names near the middle and abbreviates only long names', () => {
    expect(splitInTwo('Timor Tengah Utara')).toEqual(['Timor Tengah', 'Utara']);
    expect(splitInTwo('Ende')).toBeUndefined();
    expect(initials('Sumba Barat Daya')).toBe('SBD');
    expect(initials('Sumba Barat')).toBeUndefined();
  });
});

describe('placeLabels', () => {
  it('labels a region where the text fits and skips one where it does not', () => {
    const placed = placeLabels(
      [
        { kode: 'big', region: box(20, 20, 200, 100), variants: [['Sumba Timur']] },
        { kode: 'thin', region: box(250, 20, 30, 100), variants: [['Manggarai Timur']] },
        { kode: 'wall', region: box(220, 20, 30, 100), variants: [['X']] },
      ],
      { fontSize: 12, frame, calloutBelowArea: 50 },
    );
    expect(placed.map((p) => p.kode)).toEqual(['big', 'wall']);
    expect(placed[0]?.leader).toBeUndefined();
  });

  it('gives a tiny region a callout in open sea, with a leader line', () => {
    const [label] = placeLabels([{ kode: 'tiny', region: box(200, 100, 4, 4), variants: [['Kota Kupang']] }], { fontSize: 12, frame, calloutBelowArea: 50 });
    expect(label?.leader?.[0]).toEqual([202, 102]);
    expect(label?.lines).toEqual(['Kota Kupang']);
  });

  it('falls back to a callout only when asked', () => {
    const requests = [
      { kode: 'a', region: box(100, 80, 12, 40), variants: [['Nagekeo', '9.345']], calloutFallback: true },
      { kode: 'b', region: box(112, 80, 12, 40), variants: [['Ngada']] },
    ];
    const placed = placeLabels(requests, { fontSize: 12, frame, calloutBelowArea: 10 });
    expect(placed.map((p) => [p.kode, Boolean(p.leader)])).toEqual([['a', true]]);
  });
});
