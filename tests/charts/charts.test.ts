import { describe, expect, it } from 'vitest';
import { serverDocument } from '@/charts/document.ts';
import { CHARTS, chartById, WIDTHS } from '@/charts/registry.ts';
import { normaliseSvg } from './dataset.ts';
import { chartFixture } from '../helpers/dataset.ts';

const d = chartFixture();

describe.each(CHARTS.map((c) => [c.id, c] as const))('chart %s', (id, chart) => {
  it('matches its snapshot (id, wide)', async () => {
    const out = chart.build(d, 'id', serverDocument(), { width: WIDTHS.wide, idPrefix: 'snap' });
    await expect(normaliseSvg(out.svg, 'snap')).toMatchFileSnapshot(`./__snapshots__/${id}.svg`);
  });

  it('matches its snapshot (en, narrow)', async () => {
    const out = chart.build(d, 'en', serverDocument(), { width: WIDTHS.narrow, idPrefix: 'snap' });
    await expect(normaliseSvg(out.svg, 'snap')).toMatchFileSnapshot(`./__snapshots__/${id}-en-narrow.svg`);
  });

  it.each(['id', 'en'] as const)('is accessible and scalable (%s)', (lang) => {
    const out = chart.build(d, lang, serverDocument(), { idPrefix: 'x' });
    expect(out.svg).toMatch(/^<svg[^>]* role="img"/);
    expect(out.svg).toMatch(/aria-labelledby="x-title x-desc"/);
    expect(out.svg).toContain(`<title id="x-title">${out.title.replaceAll('&', '&amp;')}</title>`);
    expect(out.svg).toMatch(/<desc id="x-desc">[^<]{40,}<\/desc>/);
    expect(out.svg).toMatch(/viewBox="0 0 640 \d+"/);
    expect(out.svg).toMatch(/^<svg[^>]* width="100%"/);
    expect(out.svg).not.toMatch(/^<svg[^>]* height="/);
    expect(out.svg).not.toContain('<style');
    expect(out.svg).not.toMatch(/class="plot-/);
    const coordinates = [...out.svg.matchAll(/ (?:d|x|y|x1|x2|y1|y2|cx|cy|r|width|height|transform)="([^"]*)"/g)].map((m) => m[1]);
    expect(coordinates.filter((v) => /\d\.\d{2,}(?!\d*em)/.test(v ?? ''))).toEqual([]);
    expect(out.svg.length).toBeLessThan(8000);
    expect(out.sources.length).toBeGreaterThan(0);
    expect(out.table.rows.length).toBeGreaterThan(0);
    expect(out.table.header).toHaveLength(out.table.numeric.length);
    for (const row of out.table.rows) expect(row).toHaveLength(out.table.header.length);
  });

  it('has the registry title in both languages', () => {
    expect(chart.build(d, 'id', serverDocument()).title).toBe(chart.title('id'));
    expect(chart.build(d, 'en', serverDocument()).title).toBe(chart.title('en'));
    expect(chart.slug).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });
});

describe('number formats', () => {
  it('writes Indonesian numbers in Indonesian and English ones in English', () => {
    const id = chartById('peserta-per-kabupaten').build(d, 'id', serverDocument());
    const en = chartById('peserta-per-kabupaten').build(d, 'en', serverDocument());
    expect(id.svg).toContain('10.252');
    expect(id.svg).toContain('100.000');
    expect(en.svg).toContain('10,252');
    const cost = chartById('biaya-per-pekerja').build(d, 'id', serverDocument());
    // Precision follows the inputs: a range from the rounded budget, never a false exact Rp13.376 or Rp16.801.
    expect(cost.svg).toContain('sekitar Rp12.900–13.800');
    expect(cost.svg).not.toContain('Rp13.376');
    expect(cost.svg).not.toContain('Rp16.801');
    expect(cost.svg).toContain('Rp16.800');
    expect(chartById('biaya-per-pekerja').build(d, 'en', serverDocument()).svg).toContain('about Rp12,900–13,800');
    const rate = chartById('tingkat-kepesertaan').build(d, 'id', serverDocument());
    expect(rate.svg).toContain('45%');
    expect(rate.svg).toContain('14,1%');
  });
});

describe('honesty', () => {
  it('shows Ende’s parts and its published total, and says they disagree', () => {
    const out = chartById('peserta-per-kabupaten').build(d, 'id', serverDocument());
    expect(out.svg).toContain('11.252 (rincian) · terbit sekitar 10.252');
    expect(out.notes.join(' ')).toContain('9.731 + 1.521 = 11.252 ≠ sekitar 10.252');
    expect(out.notes.join(' ')).toContain('6.311 pegawai non-ASN');
  });

  it('never draws a year-only date as a dot on 1 January', () => {
    const out = chartById('linimasa').build(d, 'id', serverDocument(), { idPrefix: 't' });
    const dots = out.svg.match(/<circle/g) ?? [];
    expect(dots).toHaveLength(d.events.filter((e) => e.date.precision === 'day' && e.date.year === 2025).length);
    expect(out.svg.match(/>tanggal tidak dilaporkan</g)).toHaveLength(2);
    expect(out.notes.join(' ')).toContain('(2023)');
  });
});
