/**
 * One catalog per language. The type system already refuses an English
 * catalog with a missing key; these tests keep the words in that one place.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messages, pick } from '@/lib/i18n.ts';

function shape(value: unknown): unknown {
  if (typeof value === 'function') return `fn/${value.length}`;
  // Arrays may differ in length (English has no 'ribu' scale); their items keep one shape.
  if (Array.isArray(value)) return `array of ${JSON.stringify(shape(value[0]))}`;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)]));
  return typeof value;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : /\.(ts|astro)$/.test(name) ? [full] : [];
  });
}

describe('message catalog', () => {
  it('both languages have the same keys, arrays of the same length and functions of the same arity', () => {
    expect(shape(messages('en'))).toEqual(shape(messages('id')));
  });

  it('no string is empty', () => {
    const empty: string[] = [];
    const walk = (v: unknown, path: string) => {
      if (typeof v === 'string' && v.trim() === '') empty.push(path);
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
    };
    walk(messages('id'), 'id');
    walk(messages('en'), 'en');
    expect(empty).toEqual([]);
  });

  it('pick chooses the field of the edition, null stays null', () => {
    const row = { title_id: 'Judul', title_en: 'Title', note_id: null, note_en: null };
    expect(pick(row, 'title', 'id')).toBe('Judul');
    expect(pick(row, 'title', 'en')).toBe('Title');
    expect(pick(row, 'note', 'en')).toBeNull();
  });

  it('src/ chooses words through messages() and pick(), not inline language comparisons', () => {
    const inline = /lang\s*===\s*'(id|en)'\s*\?|\bid\s*\?\s*'/;
    const offenders = files(join(import.meta.dirname, '../../src'))
      .filter((f) => !f.endsWith(join('lib', 'i18n.ts')))
      .flatMap((f) => readFileSync(f, 'utf8').split('\n').map((line, i) => [f, i + 1, line] as const))
      // URL and file-name parts (/en/…, …-en.csv) are addresses, not words.
      .filter(([, , line]) => inline.test(line) && !/\? '[-/]en' : ''/.test(line))
      .map(([f, n, line]) => `${f}:${n}: ${line.trim()}`);
    expect(offenders).toEqual([]);
  });
});
