/** WCAG 1.4.11: region borders need ≥ 3:1 against the sea and the neighbouring land, in both schemes. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('../../src/components/map/map.css', import.meta.url), 'utf8');

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}
const contrast = (a: string, b: string): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
};

/** The custom properties of each block that defines --jm-border. */
function schemes(): Record<string, string>[] {
  return [...css.matchAll(/\{([^{}]*--jm-border:\s*#[^{}]*)\}/g)].map((m) =>
    Object.fromEntries([...(m[1] ?? '').matchAll(/(--jm-[\w-]+):\s*(#[0-9a-f]{6})/gi)].map((v) => [v[1], v[2]])),
  );
}

describe('map.css', () => {
  it('defines a light and two dark variable blocks', () => {
    expect(schemes()).toHaveLength(3);
  });

  it.each(schemes().map((s, i) => [i, s] as const))('scheme %i: border ≥ 3:1 against sea and land, labels ≥ 4.5:1 on their halo', (_, vars) => {
    const v = (name: string): string => vars[name] ?? '#000000';
    expect(contrast(v('--jm-border'), v('--jm-sea'))).toBeGreaterThanOrEqual(3);
    expect(contrast(v('--jm-border'), v('--jm-land'))).toBeGreaterThanOrEqual(3);
    expect(contrast(v('--jm-ink'), v('--jm-halo'))).toBeGreaterThanOrEqual(4.5);
  });
});
