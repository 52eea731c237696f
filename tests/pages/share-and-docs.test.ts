import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shareCardSvg } from '../../src/lib/share-card.ts';
import { renderDataReadme } from '../../src/lib/data-readme.ts';
import { TABLES, TABLE_NAMES } from '../../src/lib/schema.ts';

describe('share card', () => {
  it('escapes hostile names instead of emitting markup', () => {
    const svg = shareCardSvg({ kicker: 'Kabupaten', title: '<script>alert(1)</script>', figure: '"><img src=x onerror=alert(1)>', caption: 'a & b', footer: 'Payung' });
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<img');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toContain('a &amp; b');
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
