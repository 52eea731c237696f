/**
 * No space before a colon, semicolon, comma or full stop in what a reader sees ("21 Juli 2025 :
 * Bupati Nagekeo" came from a line break in a template that the HTML minifier turned into a space).
 */
import { describe, expect, it } from 'vitest';
import { builtPages } from './dist.ts';
import { bodyText } from './page-text.ts';

describe('punctuation on built pages', () => {
  it('never puts a space between a word and the punctuation that follows it', () => {
    const found: string[] = [];
    for (const page of builtPages().values()) {
      for (const m of bodyText(page.html).matchAll(/\S{0,30}[\p{L}\p{N})”] +[:;,.](?=\s|$)/gu)) found.push(`${page.path}: “${m[0]}”`);
    }
    expect(found).toEqual([]);
  }, 120_000);
});
