/**
 * Hostile data: script injections and spreadsheet formulas in every free-text
 * cell must come out of the build escaped (HTML/SVG) or neutralised (CSV).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHostile, FORMULA_PAYLOADS, type HostileBuild } from '../fixtures/hostile/build-hostile.ts';

let build: HostileBuild;
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
const rel = (file: string) => relative(build.outDir, file);

/** Minimal entity decoding, enough to see through `&#106;avascript:` and `&colon;` tricks. */
function decode(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);?/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);?/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&colon;/gi, ':').replace(/&tab;/gi, '\t').replace(/&newline;/gi, '\n')
    .replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

beforeAll(() => {
  build = buildHostile();
}, 180_000);
afterAll(() => build?.cleanup());

describe('a build from hostile data', () => {
  it('injected payloads into many cells', () => {
    expect(build.changed).toBeGreaterThan(50);
  });

  it('markup from the data never becomes elements, attributes or script (HTML and SVG, parsed)', () => {
    const markup = files(build.outDir).filter((f) => /\.(html|svg)$/.test(f));
    expect(markup.length).toBeGreaterThan(3);
    const bad: string[] = [];
    let shownAsText = 0;
    for (const file of markup) {
      const { document } = parseHTML(readFileSync(file, 'utf8'));
      for (const el of document.querySelectorAll('*')) {
        for (const attr of el.attributes) {
          if (/^on/i.test(attr.name)) bad.push(`${rel(file)}: <${el.localName} ${attr.name}="${attr.value.slice(0, 40)}">`);
        }
        if (el.localName === 'img' && el.getAttribute('src') === 'x') bad.push(`${rel(file)}: an injected <img src=x>`);
        if (el.localName === 'script' && !el.hasAttribute('src') && /alert\(1\)/.test(el.textContent ?? '')) {
          bad.push(`${rel(file)}: data inside a <script${el.getAttribute('type') ? ` type=${el.getAttribute('type')}` : ''}>: ${(el.textContent ?? '').slice(0, 80)}`);
        }
      }
      const body = document.body?.textContent ?? document.documentElement?.textContent ?? '';
      shownAsText += (body.match(/<script>alert\(1\)<\/script>|<img src=x onerror=alert\(1\)>/g) ?? []).length;
    }
    expect(bad, 'data became live markup').toEqual([]);
    expect(shownAsText, 'the payloads should be readable as text, i.e. escaped').toBeGreaterThan(0);
  });

  it('outside attribute values, HTML and SVG hold the payloads only escaped', () => {
    // Inside a quoted attribute value "<" is inert (Astro escapes only the quote), so those are blanked first.
    const TAG = /<[a-zA-Z][^\s>/]*(?:\s+[^\s=>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*\s*\/?>/g;
    const raw: string[] = [];
    for (const file of files(build.outDir).filter((f) => /\.(html|svg|xml)$/.test(f))) {
      const text = readFileSync(file, 'utf8').replace(TAG, (tag) => tag.replace(/=\s*("[^"]*"|'[^']*')/g, '=""'));
      for (const needle of [/<script>alert/i, /<img src=x onerror/i, /<\/script><script>/i]) {
        const m = needle.exec(text);
        if (m) raw.push(`${rel(file)}: …${text.slice(Math.max(0, m.index - 60), m.index + 60)}…`);
      }
    }
    expect(raw, 'raw markup from the data reached a page').toEqual([]);
  });

  it('no href/src/action anywhere is a javascript: (or data:/vbscript:) URL', () => {
    const bad: string[] = [];
    for (const file of files(build.outDir).filter((f) => /\.(html|svg|xml)$/.test(f))) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\s(?:href|src|xlink:href|action|formaction|poster|data)\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/gi)) {
        const value = decode(m[2] ?? m[3] ?? m[4] ?? '').replace(/[\u0000-\u0020]/g, '').toLowerCase();
        if (/^(javascript|vbscript):/.test(value) || (/^data:/.test(value) && !/^data:image\/(png|gif|jpeg|webp);/.test(value))) {
          bad.push(`${rel(file)}: ${m[0].trim().slice(0, 120)}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('JSON-LD (if any) parses and has "</script" escaped', () => {
    const bad: string[] = [];
    for (const file of files(build.outDir).filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(file, 'utf8');
      const { document } = parseHTML(html);
      for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
        const body = script.textContent ?? '';
        if (/<\/script|<!--/i.test(body)) bad.push(`${rel(file)}: JSON-LD holds an unescaped "</script" or "<!--"`);
        try {
          JSON.parse(body);
        } catch (e) {
          bad.push(`${rel(file)}: JSON-LD does not parse (${(e as Error).message}) — broken out of?`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('CSV downloads neutralise formula cells and keep real numbers as numbers', () => {
    const csvs = files(build.outDir).filter((f) => f.endsWith('.csv'));
    expect(csvs.length).toBeGreaterThan(0);
    const dangerous: string[] = [];
    let neutralised = 0;
    let numbers = 0;
    for (const file of csvs) {
      const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
      const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
      for (const [r, row] of rows.entries()) {
        for (const cell of row) {
          if (/^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(cell)) {
            numbers++;
            continue; // a real number: -5 is a value, not a formula
          }
          if (/^[=+\-@\t\r]/.test(cell)) dangerous.push(`${rel(file)} row ${r + 1}: ${cell.slice(0, 60)}`);
          if (FORMULA_PAYLOADS.some((p) => cell.startsWith(`'${p}`))) neutralised++;
        }
      }
    }
    expect(dangerous, 'cells a spreadsheet would evaluate').toEqual([]);
    expect(neutralised, 'formula payloads should appear with a leading apostrophe').toBeGreaterThan(0);
    expect(numbers, 'numbers should stay plain numbers').toBeGreaterThan(0);
    const figures = readFileSync(join(build.outDir, 'data', 'figures.csv'), 'utf8');
    expect(figures).toMatch(/,10252,/); // Ende's 10.252 workers, unquoted and unprefixed
  });
});
