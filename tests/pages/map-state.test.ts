import { describe, expect, it } from 'vitest';
import { parseMapState } from '@/components/home/map-state.ts';
import { sortRows } from '@/components/table-sort.ts';

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

import { switchHref } from '@/components/lang-switch.ts';
import { absoluteSnippet, whatsAppHref } from '@/components/origin-fill.ts';

describe('language switch', () => {
  it('keeps the open regency and the hash, drops other parameters', () => {
    expect(switchHref('/en/', 'https://x.org/?kabupaten=ende&utm=1#linimasa')).toBe('https://x.org/en/?kabupaten=ende#linimasa');
    expect(switchHref('/', 'https://x.org/en/kabupaten/ende/')).toBe('https://x.org/');
  });
});

describe('origin fill', () => {
  it('makes a root-relative snippet absolute from the page’s origin', () => {
    expect(absoluteSnippet('<iframe src="/embed/peta/"></iframe>\n<script src="/embed.js" async></script>', 'https://news.example')).toBe(
      '<iframe src="https://news.example/embed/peta/"></iframe>\n<script src="https://news.example/embed.js" async></script>',
    );
  });
  it('builds a WhatsApp link with chat-ready text and the address', () => {
    expect(whatsAppHref('Ende: sekitar 10.252 pekerja', 'https://x.org/kabupaten/ende/')).toBe('https://wa.me/?text=Ende%3A%20sekitar%2010.252%20pekerja%20https%3A%2F%2Fx.org%2Fkabupaten%2Fende%2F');
  });
});
