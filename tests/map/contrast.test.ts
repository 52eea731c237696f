/** WCAG 1.4.11: region borders need ≥ 3:1 against the sea and the neighbouring land, in both schemes. */
import { describe, expect, it } from 'vitest';
import { MAP_PALETTE, RAMP } from '@/map/palette.ts';
import { RAMP_STEPS } from '@/map/worker-classes.ts';
import { contrast } from '../helpers/contrast.ts';

describe('map palette', () => {
  it.each(Object.entries(MAP_PALETTE))('%s: border ≥ 3:1 against sea and land, labels ≥ 4.5:1 on their halo', (_, c) => {
    expect(contrast(c.border, c.sea)).toBeGreaterThanOrEqual(3);
    expect(contrast(c.border, c.land)).toBeGreaterThanOrEqual(3);
    expect(contrast(c.ink, c.halo)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(Object.entries(MAP_PALETTE))('%s: the ramp runs one way in lightness, so order survives greyscale', (_, c) => {
    const contrasts = RAMP.map((step) => contrast(c[step], c.sea));
    expect([...contrasts].sort((a, b) => a - b)).toEqual(contrasts);
    expect(new Set(contrasts).size).toBe(RAMP.length);
  });

  it('hands out as many classes as the ramp has steps', () => {
    expect(RAMP_STEPS).toBe(RAMP.length);
    expect(RAMP).toEqual(['seq-1', 'seq-2', 'seq-3', 'seq-4', 'seq-5']);
  });
});
