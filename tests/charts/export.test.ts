import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serverDocument } from '@/charts/document.ts';
import { CHAR_EM, exportCsv, exportMetadata, exportSvg, renderPng } from '@/charts/export.ts';
import { charsPerLine, wrapText } from '@/lib/wrap.ts';
import { CONTENT_TYPES, downloadName, MAP_STEM } from '@/charts/file-names.ts';
import { staticMapCss, standaloneMap } from '@/charts/map-export.ts';
import { CHARTS } from '@/charts/registry.ts';
import { isSafeSvg, sanitizeSvg } from '@/charts/sanitize-svg.ts';
import { toCsv } from '@/lib/csv-write.ts';
import { chartFixture } from '../helpers/dataset.ts';

const d = chartFixture();

describe('CSV downloads', () => {
  it('neutralises formula-like text, keeps numbers and starts with a BOM', () => {
    const csv = toCsv(['a', 'b'], [['=1+1', '+62'], ['-cmd', '@SUM(A1)'], ['\tx', '\rx'], [-5, 'ok']]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('a,b');
    // papaparse quotes every cell it neutralised.
    expect(lines[1]).toBe(`"'=1+1","'+62"`);
    expect(lines[2]).toBe(`"'-cmd","'@SUM(A1)"`);
    expect(lines[3]).toBe(`"'\tx","'\rx"`);
    expect(lines[4]).toBe('-5,ok');
  });

  it('puts the header on line 1, then exactly the data shown; title, source and credit go to the metadata JSON', () => {
    const chart = CHARTS[0];
    if (!chart) throw new Error('no charts');
    const out = chart.build(d, 'id', serverDocument());
    const csv = exportCsv(out.table);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(out.table.csvHeader.join(','));
    expect(csv).not.toContain('# ');
    expect(csv).toContain('53.08,Ende,rincian,APBD Provinsi,9731,tepat,,,ende-apbd-1,Investigasi.News');
    expect(csv).toContain('53.08,Ende,total-terbit,,10252,sekitar,,,ende-peserta,Investigasi.News');
    const meta = JSON.parse(exportMetadata(out.table, out, 'id', 'https://example.org/grafik/x/', { csv: 'a.csv', excel: 'a-excel.csv' }));
    expect(meta.title).toBe(out.title);
    expect(meta.sources).toEqual(out.sources);
    expect(meta.sources.join(' ')).toContain('Investigasi.News');
    expect(meta.citation).toContain('https://example.org/grafik/x/');
    expect(meta.columns).toEqual(out.table.csvHeader);
    expect(Object.keys(meta.files)).toEqual(['a.csv', 'a-excel.csv']);
  });

  it('writes the Excel (Indonesian) variant with ; between cells and a decimal comma', () => {
    const csv = toCsv(['a', 'b', 'c'], [[1.5, 'x;y', 10252], ['=1', null, 0.25]], 'excel-id');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual(['a;b;c', '1,5;"x;y";10252', `"'=1";;0,25`, '']);
  });
});

describe('SVG sanitising', () => {
  const evil =
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" onload="alert(1)"><script>alert(1)</script>' +
    '<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>' +
    '<a href="javascript:alert(1)"><text onclick="x()" x="1">a &amp; b</text></a>' +
    '<style>@import url(https://evil.example/x.css); .a{fill:url(https://evil.example/p)}</style>' +
    '<rect width="1" height="1" style="fill:url(#ok)"/><image href="https://evil.example/i.png"/></svg>';

  it('removes scripts, event attributes, foreignObject, javascript: links and outside CSS', () => {
    const clean = sanitizeSvg(evil);
    expect(isSafeSvg(clean)).toBe(true);
    expect(clean).not.toMatch(/<script|foreignObject|onload|onclick|javascript:|@import|evil\.example|<image/i);
    expect(clean).toContain('a &amp; b');
    expect(clean).toContain('url(#ok)');
    expect(isSafeSvg(evil)).toBe(false);
  });

  it('drops style text with CSS escapes or comments it cannot vouch for; Chromium fetched these (#14)', () => {
    const escaped =
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">' +
      '<style>@\\69mport "http://evil.example/a.css"; .b{fill:u\\72l(http://evil.example/b)} .c{fill:u/**/rl(http://evil.example/c)}</style>' +
      '<rect width="1" height="1" style="fill:u\\72l(http://evil.example/d)"/>' +
      '<rect width="1" height="1" style="fill:image-set(&quot;http://evil.example/e&quot; 1x)"/>' +
      '<use href="https://evil.example/f.svg#x"/><a href="https://example.org/"><text>link</text></a></svg>';
    for (const attack of ['\\69mport', 'u\\72l(']) expect(escaped).toContain(attack);
    expect(isSafeSvg(escaped)).toBe(false);
    const clean = sanitizeSvg(escaped);
    expect(clean).not.toMatch(/evil\.example|\\/);
    expect(clean).toContain('href="https://example.org/"');
    expect(isSafeSvg(clean)).toBe(true);
  });

  it('is not fooled by escaped text that merely looks like markup (#14)', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><text>&lt;img src=x onerror=alert(1)&gt; javascript: &lt;script&gt;</text><title> onload=x</title></svg>';
    expect(isSafeSvg(svg)).toBe(true);
    expect(isSafeSvg('<svg xmlns="http://www.w3.org/2000/svg"><text ONERROR="x">a</text></svg>')).toBe(false);
  });

  it.each(CHARTS.map((c) => c.id))('exports %s as a safe, self-contained SVG with title, source and credit', (id) => {
    const chart = CHARTS.find((c) => c.id === id);
    if (!chart) throw new Error(id);
    const out = chart.build(d, 'id', serverDocument());
    const svg = exportSvg({ ...out, lang: 'id', url: 'https://example.org/x/' });
    expect(isSafeSvg(svg)).toBe(true);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="688" height="\d+"/);
    expect(svg).toContain('<title id="t">');
    expect(svg).toContain('<desc id="d">');
    expect(svg).toMatch(/<text[^>]*>Sumber: /);
    expect(svg).toMatch(/<text[^>]*>Grafik: Payung · https:\/\/example.org\/x\/<\/text>/);
    expect(svg).not.toContain('var(');
  });
});

describe('PNG', () => {
  it('renders an exported chart at 2× with text', () => {
    const out = CHARTS[1]?.build(d, 'en', serverDocument());
    if (!out) throw new Error('no chart');
    const svg = exportSvg({ ...out, lang: 'en', url: 'https://example.org/' });
    const png = renderPng(svg);
    expect(Array.from(png.slice(1, 4))).toEqual([0x50, 0x4e, 0x47]);
    const width = new DataView(png.buffer, png.byteOffset).getUint32(16);
    expect(width).toBe(688 * 2);
  });
});

describe('file names', () => {
  it('say what they are', () => {
    expect(downloadName('peserta-per-kabupaten', 2025, 'id', 'png')).toBe('payung-peserta-per-kabupaten-2025.png');
    expect(downloadName(MAP_STEM, 2025, 'en', 'csv')).toBe('payung-peta-status-kabupaten-2025-en.csv');
    expect(() => downloadName('../etc', 2025, 'id', 'svg')).toThrow();
    expect(downloadName('linimasa', 2025, 'id', 'excel')).toBe('payung-linimasa-2025-excel.csv');
    expect(downloadName('linimasa', 2025, 'en', 'metadata')).toBe('payung-linimasa-2025-en.metadata.json');
    expect(CONTENT_TYPES).toEqual({ png: 'image/png', svg: 'image/svg+xml', csv: 'text/csv; charset=utf-8', excel: 'text/csv; charset=utf-8', metadata: 'application/json' });
  });
});

describe('text wrapping', () => {
  it('never exceeds the estimated width', () => {
    for (const line of wrapText('Rincian Ende tidak cocok dengan totalnya: 9.731 + 1.521 = 11.252 ≠ sekitar 10.252.', charsPerLine(200, 11, CHAR_EM))) {
      expect(line.length).toBeLessThanOrEqual(Math.floor(200 / (11 * 0.6)));
    }
  });
});

describe('map export', () => {
  const css = readFileSync(resolve(import.meta.dirname, '../../src/components/map/map.css'), 'utf8');

  it('resolves the light scheme into CSS a static renderer reads', () => {
    const out = staticMapCss(css);
    expect(out).not.toContain('var(');
    expect(out).not.toContain('@media');
    expect(out).not.toContain('@container');
    expect(out).not.toMatch(/:hover|:focus/);
    expect(out).toMatch(/\.jm-seq-1 path[^{]*\{ fill: #[0-9a-f]{6}; \}/i);
  });

  it('crops the viewBox to the wide layout', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" class="jm jm-choropleth jm-hw-540 jm-hn-760" viewBox="0 0 640 760"><g/></svg>';
    expect(standaloneMap(svg, css)).toMatch(/^<svg[^>]*viewBox="0 0 640 540"[^>]*><style>/);
    const scaled = '<svg class="jm jm-hw-540" viewBox="0 0 1280 1520"><g/></svg>';
    expect(standaloneMap(scaled, css)).toMatch(/viewBox="0 0 1280 1080"/);
  });
});
