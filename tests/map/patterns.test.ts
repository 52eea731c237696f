import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { mapDefs, mapIds } from '@/map/patterns.ts';

const parse = (svg: string) => new DOMParser().parseFromString(`<svg xmlns="http://www.w3.org/2000/svg">${svg}</svg>`, 'image/svg+xml');

describe('mapIds', () => {
  it('prefixes every id, so two maps on one page do not share a pattern', () => {
    const a = Object.values(mapIds('a'));
    const b = Object.values(mapIds('b'));
    expect(a.every((id) => id.startsWith('a-'))).toBe(true);
    expect(new Set([...a, ...b]).size).toBe(a.length + b.length);
  });
});

describe('mapDefs', () => {
  it('defines the clip path and both patterns under the ids it is given', () => {
    const ids = mapIds('x');
    const doc = parse(mapDefs(ids, 640, 400, 1));
    expect(doc.querySelector(`clipPath[id="${ids.clip}"] rect`)?.getAttribute('height')).toBe('400');
    expect(doc.querySelector(`pattern[id="${ids.none}"] path`)).not.toBeNull();
    expect(doc.querySelector(`pattern[id="${ids.launch}"] circle`)).not.toBeNull();
  });

  it('hatches "no data" and dots "launch only", so the two never look alike', () => {
    const ids = mapIds('x');
    const doc = parse(mapDefs(ids, 640, 400, 1));
    expect(doc.querySelector(`pattern[id="${ids.none}"]`)?.getAttribute('patternTransform')).toBe('rotate(45)');
    expect(doc.querySelector(`pattern[id="${ids.launch}"] path`)).toBeNull();
    expect(doc.querySelector(`pattern[id="${ids.none}"] circle`)).toBeNull();
  });

  it('scales the pattern cell with the viewBox, so its texture looks the same at any width', () => {
    const cell = (u: number) => Number(parse(mapDefs(mapIds('x'), 640 * u, 400, u)).querySelector('pattern')?.getAttribute('width'));
    expect(cell(2)).toBe(cell(1) * 2);
  });
});
