import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { renderChoropleth } from '@/map/choropleth.ts';
import type { MapRegion } from '@/map/types.ts';
import { miniContext, miniTopology } from './fixtures/mini-topology.ts';

const topology = miniTopology();
const regions: MapRegion[] = [
  { kode: '53.01', name: 'Kupang', slug: 'kupang', status: 'figures', workers: 14880, href: '/kabupaten/kupang/' },
  { kode: '53.20', name: 'Sabu Raijua', slug: 'sabu-raijua', status: 'provincial-launch', workers: null, href: '/kabupaten/sabu-raijua/' },
  { kode: '53.71', name: 'Kota <Kupang> & "Co"', slug: 'kota-kupang', status: 'none', workers: null, href: '/kabupaten/kota-kupang/?a=1&b=2' },
];
const labels = { title: 'Peta <uji>', desc: 'Deskripsi & catatan' };
const render = (lang: 'id' | 'en' = 'id') => renderChoropleth({ topology, context: miniContext, regions, lang, labels });
/** Parsed as HTML, the way a page embeds it (linkedom's XML mode leaves entities in attributes undecoded). */
const parse = (svg: string) => new DOMParser().parseFromString(`<!doctype html><html><body>${svg}</body></html>`, 'text/html');

/**
 * Pretty-prints one tag per line and rounds the numbers of geometric attributes (not text: codes
 * like 53.01 and figures like 14.880 stay as they are), so a diff shows shape changes, not float
 * noise.
 */
function normalise(svg: string): string {
  return svg
    .replace(/\b(d|x|y|cx|cy|r|width|height|font-size)="([^"]*)"/g, (_, name: string, value: string) =>
      `${name}="${value.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n))))}"`)
    .replace(/></g, '>\n<');
}

describe('renderChoropleth', () => {
  it('draws one link per regency with its code, slug, status class and accessible name', () => {
    const doc = parse(render());
    const links = [...doc.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('data-kode'))).toEqual(['53.01', '53.20', '53.71']);
    expect(links.map((a) => a.getAttribute('data-slug'))).toEqual(['kupang', 'sabu-raijua', 'kota-kupang']);
    expect(links.map((a) => a.getAttribute('class'))).toEqual(['jm-region jm-figures jm-seq-5', 'jm-region jm-launch', 'jm-region jm-none']);
    expect(links[2]?.getAttribute('href')).toBe('/kabupaten/kota-kupang/?a=1&b=2');
    expect(links.map((a) => a.querySelector('title')?.textContent)).toEqual([
      'Kupang: 14.880 pekerja terdaftar',
      'Sabu Raijua: disebut di berita peluncuran provinsi; tidak ada angka terbit',
      'Kota <Kupang> & "Co": tidak ada data terbit',
    ]);
  });

  it('escapes every text that comes from data', () => {
    const svg = render();
    expect(svg).not.toContain('<Kupang>');
    expect(svg).toContain('Kota &lt;Kupang&gt; &amp; &quot;Co&quot;');
    expect(svg).toContain('<title id="jm-title">Peta &lt;uji&gt;</title>');
    expect(svg).toContain('?a=1&amp;b=2');
  });

  it('is a labelled group, so the region links inside stay exposed to screen readers', () => {
    const root = parse(render()).querySelector('svg');
    expect(root?.getAttribute('role')).toBe('group');
    expect(root?.getAttribute('aria-labelledby')).toBe('jm-title jm-desc');
    expect(parse(render()).querySelector('#jm-desc')?.textContent).toBe('Deskripsi & catatan');
  });

  it('fills missing data with patterns, never with a ramp colour', () => {
    const doc = parse(render());
    expect(doc.querySelector('[data-kode="53.71"] path')?.getAttribute('fill')).toBe('url(#jm-none)');
    expect(doc.querySelector('[data-kode="53.20"] path')?.getAttribute('fill')).toBe('url(#jm-launch)');
    expect(doc.querySelector('[data-kode="53.01"] path')?.getAttribute('fill')).toBeNull();
    expect(doc.querySelector('pattern#jm-none')).not.toBeNull();
  });

  it('rounds path data to one decimal', () => {
    const ds = [...parse(render()).querySelectorAll('path')].map((p) => p.getAttribute('d') ?? '');
    expect(ds.join(' ')).not.toMatch(/\d\.\d\d/);
  });

  it('switches every text and number format with lang', () => {
    const id = render('id');
    const en = render('en');
    for (const s of ['Tidak ada data terbit', 'Angka bukan per kapita.', 'Batas wilayah: cahyadsn/wilayah_boundaries (MIT), kode Kepmendagri 300.2.2-2430/2025', 'Natural Earth', '14.880']) {
      expect(id).toContain(s);
    }
    for (const s of ['No published data', 'Counts are not per capita.', 'Natural Earth', '14,880 enrolled workers']) expect(en).toContain(s);
    expect(en).not.toMatch(/Tidak ada|pekerja/);
  });

  it('refuses regions that do not match the boundaries, naming the codes', () => {
    expect(() => renderChoropleth({ topology, context: miniContext, regions: regions.slice(1), lang: 'id', labels })).toThrow(/without region: \[53\.01\]/);
    const extra: MapRegion = { kode: '53.99', name: 'X', slug: 'x', status: 'none', workers: null, href: '/' };
    expect(() => renderChoropleth({ topology, context: miniContext, regions: [...regions, extra], lang: 'id', labels })).toThrow(/without shape: \[53\.99\]/);
  });

  it('matches the snapshot', async () => {
    await expect(normalise(render())).toMatchFileSnapshot('./__snapshots__/choropleth.svg');
  });
});
