import { describe, expect, it } from 'vitest';
import { parseMapState } from '../../src/components/home/map-state.ts';
import { sortRows } from '../../src/components/table-sort.ts';

const region = { kode: '53.08', slug: 'ende', name: 'Ende', tip: 'sekitar 10.252 pekerja terdaftar', status: 'Ada angka terbit' };

describe('map state', () => {
  it('reads the page’s JSON data block', () => {
    const state = parseMapState(JSON.stringify({ param: 'kabupaten', words: { close: 'Tutup', opened: 'Panel dibuka:' }, regions: [region] }));
    expect(state.regions[0]?.slug).toBe('ende');
  });
  it('fails loudly on a block of the wrong shape', () => {
    expect(() => parseMapState(JSON.stringify({ param: 'kabupaten', words: { close: 'x', opened: 'y' }, regions: [{ ...region, slug: 3 }] }))).toThrow(/unexpected shape/);
    expect(() => parseMapState('[]')).toThrow();
  });
});

describe('sortRows', () => {
  const rows = [{ n: '3986', s: 'Sumba Timur' }, { n: '-1', s: 'Alor' }, { n: '14880', s: 'Timor Tengah Utara' }, { n: '10252', s: 'Ende' }];
  it('sorts numbers as numbers, both ways', () => {
    expect(sortRows(rows, (r) => r.n, true, 'descending', 'id').map((r) => r.n)).toEqual(['14880', '10252', '3986', '-1']);
    expect(sortRows(rows, (r) => r.n, true, 'ascending', 'id').map((r) => r.n)).toEqual(['-1', '3986', '10252', '14880']);
  });
  it('sorts text by the page language', () => {
    expect(sortRows(rows, (r) => r.s, false, 'ascending', 'id').map((r) => r.s)).toEqual(['Alor', 'Ende', 'Sumba Timur', 'Timor Tengah Utara']);
  });
});
