import { describe, expect, it } from 'vitest';
import { cssRule, customProperties, propertyRefs } from '@/lib/css-text.ts';
import { PRINT_PALETTE, SITE_PALETTE } from '@/lib/palette.ts';
import { contrast } from '../helpers/contrast.ts';

describe('site palette', () => {
  it.each(Object.entries(SITE_PALETTE))('%s: text ≥ 4.5:1 on its background, focus ring ≥ 3:1', (_, c) => {
    for (const [fg, bg] of [['fg', 'bg'], ['muted', 'bg'], ['accent', 'bg'], ['fg', 'card'], ['muted', 'card'], ['warn-fg', 'warn-bg'], ['ok-fg', 'ok-bg'], ['accent-fg', 'accent']] as const) {
      expect(contrast(c[fg], c[bg]), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrast(c.focus, c.bg)).toBeGreaterThanOrEqual(3);
  });

  it('names the same tokens in both schemes and on paper', () => {
    expect(Object.keys(SITE_PALETTE.dark)).toEqual(Object.keys(SITE_PALETTE.light));
    expect(Object.keys(PRINT_PALETTE)).toEqual(Object.keys(SITE_PALETTE.light));
  });

  it('paper: every text colour ≥ 7:1 on white (small print on a cheap printer)', () => {
    for (const [fg, bg] of [['fg', 'bg'], ['muted', 'bg'], ['accent', 'bg'], ['fg', 'card'], ['muted', 'card'], ['warn-fg', 'warn-bg'], ['ok-fg', 'ok-bg'], ['accent-fg', 'accent']] as const) {
      expect(contrast(PRINT_PALETTE[fg], PRINT_PALETTE[bg]), `${fg} on ${bg}`).toBeGreaterThanOrEqual(7);
    }
  });
});

describe('CSS from typed values', () => {
  it('writes custom properties, and rules that refer to them by name', () => {
    const colours = { sea: '#e6eff5', 'ink-muted': '#4b5560' };
    expect(cssRule(['.jm', customProperties(colours, 'jm-')])).toBe('.jm { --jm-sea: #e6eff5; --jm-ink-muted: #4b5560; }');
    const refs = propertyRefs(colours, 'jm-');
    expect(cssRule(['.jm-sea', { fill: refs.sea, 'stroke-width': 0.7 }])).toBe('.jm-sea { fill: var(--jm-sea); stroke-width: 0.7; }');
    expect(refs['ink-muted']).toBe('var(--jm-ink-muted)');
  });
});
