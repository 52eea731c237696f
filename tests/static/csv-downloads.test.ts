/**
 * Every published CSV opens in the tools journalists use with their default settings: decoded
 * as a browser's fetch().text() does (UTF-8, BOM dropped, as d3.csv, pandas and Datawrapper
 * do), then parsed by papaparse with nothing but the separator those tools assume (',' for
 * pandas, R's read.csv and d3.csvParse; ';' for Excel set to Indonesian). The header is on line 1 and matches
 * the metadata beside the file; every row has as many cells as the header.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { DIST, requireDist } from './dist.ts';

const decode = (file: string) => new TextDecoder('utf-8').decode(readFileSync(file));

function parseDefault(file: string, delimiter = ','): { delimiter: string; rows: string[][] } {
  const raw = readFileSync(file);
  expect([raw[0], raw[1], raw[2]], `${file}: UTF-8 BOM`).toEqual([0xef, 0xbb, 0xbf]);
  const result = Papa.parse<string[]>(decode(file), { delimiter });
  expect(result.errors, file).toEqual([]);
  return { delimiter: result.meta.delimiter, rows: result.data.filter((row) => !(row.length === 1 && row[0] === '')) };
}

function expectTable(file: string, delimiter: string, header: readonly string[]): void {
  const parsed = parseDefault(file, delimiter);
  expect(parsed.rows[0], `${file}: header on line 1`).toEqual([...header]);
  const widths = new Set(parsed.rows.map((row) => row.length));
  expect([...widths], `${file}: every row as wide as the header`).toEqual([header.length]);
}

describe('CSV downloads open with default settings', () => {
  it('dist/ exists', () => requireDist());

  it('/data/: datapackage.json lists every CSV, and each one (standard and Excel variant) has its header on line 1', () => {
    const pkg = JSON.parse(readFileSync(join(DIST, 'data', 'datapackage.json'), 'utf8')) as {
      resources: { path: string; schema: { fields: { name: string }[] }; dialect: { delimiter: string } }[];
    };
    const tables = pkg.resources.filter((r) => !r.path.includes('/'));
    const csvs = readdirSync(join(DIST, 'data')).filter((f) => f.endsWith('.csv')).sort();
    const described = tables.flatMap((r) => [r.path, r.path.replace(/\.csv$/, '-excel.csv')]).sort();
    expect(csvs).toEqual(described);
    for (const resource of tables) {
      const header = resource.schema.fields.map((f) => f.name);
      expectTable(join(DIST, 'data', resource.path), resource.dialect.delimiter, header);
      expectTable(join(DIST, 'data', resource.path.replace(/\.csv$/, '-excel.csv')), ';', header);
    }
  });

  it('/data/: datapackage.json also describes every per-regency CSV and JSON, and each file it names exists', () => {
    const pkg = JSON.parse(readFileSync(join(DIST, 'data', 'datapackage.json'), 'utf8')) as {
      resources: { path: string; format: string; schema?: { fields: { name: string }[] }; dialect?: { delimiter: string } }[];
    };
    const perRegency = pkg.resources.filter((r) => r.path.startsWith('kabupaten/'));
    const files = readdirSync(join(DIST, 'data', 'kabupaten')).filter((f) => f.endsWith('.csv') || (f.endsWith('.json') && f !== 'schema.json'));
    expect(perRegency.map((r) => r.path.slice('kabupaten/'.length)).sort()).toEqual(files.sort());
    for (const resource of perRegency.filter((r) => r.format === 'csv')) {
      expectTable(join(DIST, 'data', resource.path), resource.dialect!.delimiter, resource.schema!.fields.map((f) => f.name));
    }
  });

  it('/unduh/: each chart CSV has a metadata JSON naming its columns and both files', () => {
    const dir = join(DIST, 'unduh');
    const metas = readdirSync(dir).filter((f) => f.endsWith('.metadata.json'));
    const csvs = readdirSync(dir).filter((f) => f.endsWith('.csv'));
    expect(metas.length).toBeGreaterThanOrEqual(5);
    expect(csvs.length).toBe(metas.length * 2);
    for (const name of metas) {
      const meta = JSON.parse(readFileSync(join(dir, name), 'utf8')) as { title: string; sources: string[]; citation: string; columns: string[]; files: Record<string, string> };
      expect(meta.title && meta.citation && meta.sources.length, name).toBeTruthy();
      const [csv, excel] = Object.keys(meta.files);
      expect(csv, name).toBe(name.replace(/\.metadata\.json$/, '.csv'));
      expect(excel, name).toBe(name.replace(/\.metadata\.json$/, '-excel.csv'));
      expectTable(join(dir, csv ?? ''), ',', meta.columns);
      expectTable(join(dir, excel ?? ''), ';', meta.columns);
    }
  });

  it('/data/kabupaten/: each regency CSV has the header on line 1 and the JSON beside it', () => {
    const dir = join(DIST, 'data', 'kabupaten');
    const csvs = readdirSync(dir).filter((f) => f.endsWith('.csv'));
    expect(csvs.length).toBe(22);
    for (const name of csvs) {
      const parsed = parseDefault(join(dir, name));
      const header = parsed.rows[0] ?? [];
      expect(parsed.delimiter, name).toBe(',');
      expect(header[0], `${name}: header on line 1`).toMatch(/^[a-z_]+$/);
      expect(new Set(parsed.rows.map((row) => row.length)), name).toEqual(new Set([header.length]));
      expect(readdirSync(dir), name).toContain(name.replace(/\.csv$/, '.json'));
    }
  });

  it('the Excel variant writes decimal numbers with a comma; codes such as 53.08 stay text', () => {
    const read = (path: string) => Papa.parse<Record<string, string>>(decode(join(DIST, path)), { header: true, skipEmptyLines: true }).data;
    const standard = read('unduh/payung-tingkat-kepesertaan-2025.csv');
    const excel = read('unduh/payung-tingkat-kepesertaan-2025-excel.csv');
    expect(excel.length).toBe(standard.length);
    const decimals = standard.map((row, i) => [row['persen'] ?? '', excel[i]?.['persen'] ?? ''] as const).filter(([v]) => v.includes('.'));
    expect(decimals.length, 'the participation-rate chart has a decimal percentage').toBeGreaterThan(0);
    for (const [v, e] of decimals) expect(e).toBe(v.replace('.', ','));
    expect(read('data/regencies-excel.csv').some((r) => r['kode'] === '53.08')).toBe(true);
  });
});
