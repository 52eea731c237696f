import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shareCardSvg } from '@/lib/share-card.ts';
import { renderDataReadme } from '@/lib/data-readme.ts';
import { MAX_CELL_CHARS } from '@/lib/csv-read.ts';
import { formatNumber } from '@/lib/format.ts';
import { TABLES, TABLE_NAMES, UNIT_RULES } from '@/lib/schema.ts';

describe('share card', () => {
  it('escapes hostile names instead of emitting markup', () => {
    const svg = shareCardSvg({ kicker: 'Kabupaten', title: '<script>alert(1)</script>', figure: '"><img src=x onerror=alert(1)>', caption: 'a & b', footer: 'Payung' });
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<img');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toContain('a &amp; b');
  });

  it('sends the PNG renderer at most three lines of each text, whatever a cell holds (#14: a 1 MB name hung the build)', () => {
    const card = (title: string, caption: string) => shareCardSvg({ kicker: 'Kabupaten', title, figure: null, caption, footer: 'Payung' });
    const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    const huge = card('a'.repeat(1_000_000), 'kata '.repeat(200_000));
    expect(huge.length).toBeLessThan(3000);
    expect(texts(huge)).toEqual([
      'KABUPATEN', 'a'.repeat(26), 'a'.repeat(26), `${'a'.repeat(25)}…`,
      ...Array.from({ length: 2 }, () => 'kata '.repeat(10).trim()), `${'kata '.repeat(10).trim().slice(0, 51)}…`,
      'Payung',
    ]);
    // Text that fits is untouched: no ellipsis, words whole.
    expect(texts(card('Timor Tengah Utara', 'pekerja terdaftar'))).toEqual(['KABUPATEN', 'Timor Tengah Utara', 'pekerja terdaftar', 'Payung']);
  });
});

describe('data/README.md documents what is valid', () => {
  it('states the rules the validator applies: rows per table, sign and limits per unit, cell size', () => {
    const readme = renderDataReadme();
    expect(readme).toContain('paling sedikit 1 baris');
    for (const [unit, rule] of Object.entries(UNIT_RULES)) expect(readme).toContain(`| \`${unit}\` | ${rule.whole ? 'ya' : 'tidak'} | ${formatNumber(rule.max, 'id')} |`);
    expect(readme).toContain(formatNumber(MAX_CELL_CHARS, 'id'));
    expect(readme).toContain('sep=;');
  });
});

describe('data/README.md', () => {
  it('is the one generated from the schema (run `npm run data:readme` after changing a column)', () => {
    expect(readFileSync('data/README.md', 'utf8')).toBe(renderDataReadme());
  });
  it('documents every column of every table', () => {
    const readme = renderDataReadme();
    for (const name of TABLE_NAMES) {
      for (const column of Object.keys(TABLES[name].columns)) expect(readme).toContain(`| \`${column}\` |`);
    }
  });
});
