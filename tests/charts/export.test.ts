import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { serverDocument } from '@/charts/document.ts';
import { CHAR_EM, exportCsv, exportMetadata, exportSvg, renderPng } from '@/charts/export.ts';
import { charsPerLine, wrapText } from '@/lib/wrap.ts';
import { CONTENT_TYPES, downloadName, MAP_STEM } from '@/charts/file-names.ts';
import { choroplethDrawing, renderChoropleth } from '@/map/choropleth.ts';
import { MAP_PALETTE } from '@/map/palette.ts';
import type { MapRegion } from '@/map/types.ts';
import { CHARTS } from '@/charts/registry.ts';
import { isSafeSvg, sanitizeSvg } from '@/charts/sanitize-svg.ts';
import { toCsv } from '@/lib/csv-write.ts';
import { chartFixture } from '../helpers/dataset.ts';
import { miniContext, miniTopology } from '../map/fixtures/mini-topology.ts';

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

  it('neutralises formula-like text that runs over several lines', () => {
    const csv = toCsv(['a', 'b'], [['=HYPERLINK("http://x")\nzwei', '-2+3\r\nx'], ['@SUM(A1)\n', 'ok']]);
    const cells = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data.slice(1).flat();
    expect(cells).toEqual([`'=HYPERLINK("http://x")\nzwei`, `'-2+3\r\nx`, `'@SUM(A1)\n`, 'ok']);
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

  it('without SITE_URL a download names no address: credit and citation stand alone, never localhost', () => {
    const chart = CHARTS[0]!;
    const out = chart.buildExport(d, 'id', serverDocument());
    const svg = exportSvg({ ...out, lang: 'id', url: null });
    expect(svg).toMatch(/<text[^>]*>Grafik: Payung<\/text>/);
    expect(svg).not.toContain('localhost');
    const meta = JSON.parse(exportMetadata(out.table, out, 'id', null, { csv: 'a.csv', excel: 'a-excel.csv' }));
    expect(meta.citation).toBe(`Grafik: Payung, “${out.title}”`);
    expect(meta).not.toHaveProperty('url');
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
    const out = chart.buildExport(d, 'id', serverDocument());
    const svg = exportSvg({ ...out, lang: 'id', url: 'https://example.org/x/' });
    expect(isSafeSvg(svg)).toBe(true);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="688" height="\d+"/);
    expect(svg).toContain('<title id="t">');
    expect(svg).toContain('<desc id="d">');
    expect(svg).toMatch(/<text[^>]*>Sumber: /);
    expect(svg).toMatch(/<text[^>]*>Grafik: Payung · https:\/\/example.org\/x\/<\/text>/);
    expect(svg).not.toContain('var(');
  });

  it('places the drawing its renderer made for paper: gaps painted white, no page titles inside', () => {
    const chart = CHARTS.find((c) => c.id === 'peserta-per-kabupaten');
    if (!chart) throw new Error('no enrolment chart');
    const page = chart.build(d, 'id', serverDocument());
    const { drawing } = chart.buildExport(d, 'id', serverDocument());
    expect(page.svg).toContain('stroke="var(--jc-bg, #fff)"');
    expect(drawing.content).toContain('stroke="#ffffff"');
    expect(drawing.content).not.toMatch(/var\(|<title|<desc/);
    expect([drawing.width, drawing.height]).toEqual([page.width, page.height]);
    expect(drawing.attributes).toMatchObject({ 'font-size': '12', fill: 'currentColor' });
    const svg = exportSvg({ ...chart.buildExport(d, 'id', serverDocument()), lang: 'id', url: 'https://example.org/' });
    // Scaled into the frame's inner width (688 − 2 × 24), height in proportion.
    const nested = new RegExp(`<svg x="24" y="[\\d.]+" width="640" height="${Math.round((drawing.height * 640) / drawing.width)}" viewBox="0 0 ${drawing.width} ${drawing.height}" [^>]*font-size="12"`);
    expect(svg).toMatch(nested);
  });
});

describe('PNG', () => {
  it('renders an exported chart at 2× with text', () => {
    const out = CHARTS[1]?.buildExport(d, 'en', serverDocument());
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
  const regions: MapRegion[] = [
    { kode: '53.01', name: 'Kupang', slug: 'kupang', status: 'figures', workers: 14880, href: 'https://example.org/kabupaten/kupang/' },
    { kode: '53.20', name: 'Sabu Raijua', slug: 'sabu-raijua', status: 'provincial-launch', workers: null, href: 'https://example.org/kabupaten/sabu-raijua/' },
    { kode: '53.71', name: 'Kota Kupang', slug: 'kota-kupang', status: 'none', workers: null, href: 'https://example.org/kabupaten/kota-kupang/' },
  ];
  const input = { topology: miniTopology(), context: miniContext, regions, lang: 'id' as const };
  const drawing = choroplethDrawing(input);

  it('paints with the values of the light palette: a file has no stylesheet to pick a scheme', () => {
    const style = /<style>([^<]*)<\/style>/.exec(drawing.content)?.[1] ?? '';
    expect(style).not.toContain('var(');
    expect(style).toContain(`.jm-sea { fill: ${MAP_PALETTE.light.sea}; }`);
    expect(style).toContain(`.jm-seq-5 path, .jm-swatch.jm-seq-5 { fill: ${MAP_PALETTE.light['seq-5']}; }`);
    expect(style).not.toContain(MAP_PALETTE.dark.sea);
  });

  it('draws the wide layout only, cropped to its height, without the tooltips of the page', () => {
    const page = renderChoropleth({ ...input, labels: { title: 't', desc: 'd' } });
    const wide = /jm-hw-(\d+)/.exec(page)?.[1];
    expect(drawing.height).toBe(Number(wide));
    expect(page).toMatch(/jm-labels-narrow/);
    expect(drawing.content.replace(/<style>[^<]*<\/style>/, '')).not.toMatch(/narrow|<title/);
    expect(drawing.content).toContain('jm-labels-wide');
    expect(drawing.content).toContain('href="https://example.org/kabupaten/kupang/"');
    const svg = exportSvg({ title: 'Peta', subtitle: 's', description: 'd', notes: [], sources: ['X'], legend: [], drawing, lang: 'id', url: 'https://example.org/' });
    expect(isSafeSvg(svg)).toBe(true);
    expect(svg).toContain(`viewBox="0 0 ${drawing.width} ${drawing.height}"><style>`);
  });
});
