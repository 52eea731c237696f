/**
 * What issue #14 found getting through data:check, each now rejected with
 * file, row, column and value: empty required tables, negative counts and
 * amounts, numbers too long to store, decimal rupiah, implausible magnitudes,
 * runaway cells, regency names the boundary file does not know, other
 * encodings; and what must not happen: one bad row cascading into false
 * "not found" errors, Excel's `sep=;` line read as a header.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { serialiseDataset } from '../../scripts/build-data.ts';
import { projectNode } from '../fixtures/hostile/build-hostile.ts';
import { readCsv, MAX_CELL_CHARS } from '@/lib/csv-read.ts';
import { decodeCsv } from '@/lib/csv-decode.ts';
import { formatDataError } from '@/lib/data-error.ts';
import { parseIdNumber } from '@/lib/number-id.ts';
import { readTables } from '@/lib/read-tables.ts';
import { appendRows, figureRow, headerOf, minimalTexts, withTables } from './fixtures.ts';

const messages = (replace: Parameters<typeof withTables>[0], boundaryNames?: ReadonlyMap<string, string>) =>
  readTables(withTables(replace), { boundaryNames }).errors.map(formatDataError);
const figureMessages = (cells: Record<string, string>) => messages({ figures: appendRows('figures', figureRow({ id: 'f-test', ...cells })) });

describe('required tables', () => {
  it('a table with only its header is an error naming the file', () => {
    expect(messages({ quotes: `${headerOf('quotes')}\n`, participants: headerOf('participants') })).toEqual([
      'participants.csv: tabel tanpa baris data: paling sedikit 1 baris di bawah judul kolom — no data rows: at least 1 row(s) below the header',
      'quotes.csv: tabel tanpa baris data: paling sedikit 1 baris di bawah judul kolom — no data rows: at least 1 row(s) below the header',
    ]);
  });
});

describe('figure values: sign, magnitude, whole units', () => {
  it('rejects negative counts and amounts', () => {
    expect(figureMessages({ value: '-5', unit: 'pekerja' })).toEqual([
      'figures.csv, baris/row 8, kolom/column "value": nilai/value "-5": tidak boleh negatif: jumlah, anggaran dan persen tidak di bawah nol — must not be negative: counts, amounts and shares are never below zero',
    ]);
    expect(figureMessages({ value: '-29.000.000.000', unit: 'rupiah', measure: 'klaim-dibayar' })).toHaveLength(1);
    expect(figureMessages({ value: '-29.000.000.000', unit: 'rupiah', measure: 'klaim-dibayar' })[0]).toContain('tidak boleh negatif');
  });

  it('rejects a number with more digits than can be stored, instead of rounding it', () => {
    expect(parseIdNumber('99999999999999999999').ok).toBe(false);
    expect(parseIdNumber('999.999.999.999.999').ok).toBe(true);
    expect(parseIdNumber('9.999.999.999.999.999').ok).toBe(false);
    expect(parseIdNumber('0,1234567890123456').ok).toBe(false);
    expect(figureMessages({ value: '99999999999999999999', unit: 'rupiah' })).toEqual([
      'figures.csv, baris/row 8, kolom/column "value": nilai/value "99999999999999999999": terlalu banyak angka: lebih dari 15 digit tidak tersimpan tepat (akan dibulatkan) — too many digits: more than 15 cannot be stored exactly (it would be rounded)',
    ]);
  });

  it('rejects "16,800" in rupiah as in worker counts: rupiah are whole', () => {
    expect(figureMessages({ value: '16,800', unit: 'rupiah', measure: 'iuran' })).toEqual([
      'figures.csv, baris/row 8, kolom/column "value": nilai/value "16,800": rupiah ditulis utuh; koma adalah tanda desimal, titik memisahkan ribuan: 16.800 — rupiah are whole; "," is the decimal mark and "." groups thousands: 16.800',
    ]);
    expect(figureMessages({ value: '16,800', unit: 'pekerja' })[0]).toContain('bilangan bulat');
    expect(figureMessages({ value: '16.800', unit: 'rupiah', measure: 'iuran' })).toEqual([]);
  });

  it('rejects implausible magnitudes per unit (an extra digit typed)', () => {
    expect(figureMessages({ value: '100.000.000', unit: 'pekerja' })).toEqual([
      'figures.csv, baris/row 8, kolom/column "value": nilai/value "100.000.000": pekerja paling banyak 10.000.000 — periksa digitnya — at most 10.000.000 pekerja — check the digits',
    ]);
    expect(figureMessages({ value: '1200', unit: 'bulan', measure: 'masa-perlindungan' })[0]).toContain('bulan paling banyak 120');
    expect(figureMessages({ value: '100,5', unit: 'persen', measure: 'tingkat-kepesertaan' })[0]).toContain('persen antara 0 dan 100');
    expect(figureMessages({ value: '10.000.000', unit: 'pekerja' })).toEqual([]);
  });
});

describe('cell size', () => {
  it(`a cell over ${MAX_CELL_CHARS} characters is an error naming its column and length; 1 MB is read at once`, () => {
    const huge = 'a'.repeat(1_000_000);
    const started = performance.now();
    const result = messages({ events: appendRows('events', `ev-x,2025,,,peluncuran,,,,${huge},t,s,s,src-a,q`) });
    expect(performance.now() - started, 'reading one huge cell must not take seconds').toBeLessThan(3000);
    expect(result).toEqual([
      'events.csv, baris/row 4, kolom/column "title_id": nilai/value "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…": isian terlalu panjang: 1.000.000 karakter, paling banyak 2.000 — cell too long: 1,000,000 characters, at most 2,000',
    ]);
    expect(messages({ events: appendRows('events', `ev-x,2025,,,peluncuran,,,,${'a'.repeat(MAX_CELL_CHARS)},t,s,s,src-a,q`) })).toEqual([]);
  });
});

describe('errors that do not cascade', () => {
  it('an invalid date in events.csv is reported once per row, with no false "not found in events.csv"', () => {
    const texts = minimalTexts();
    const events = texts.events!.replace(/2025-07-07/g, '07/07/2025').replace(/,2025,/g, ',07/2025,');
    const errors = readTables({ ...texts, events }).errors;
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => e.file === 'events.csv' && e.column === 'date'), errors.map(formatDataError).join('\n')).toBe(true);
  });
});

describe("Excel's sep= line", () => {
  it('names the delimiter and is not read as the header; rows keep their numbers', () => {
    const { rows, errors } = readCsv('x.csv', 'sep=;\r\nid;name\r\na;Satu, dua\r\n', { required: ['id', 'name'], optional: [] });
    expect(errors).toEqual([]);
    expect(rows).toEqual([{ row: 2, cells: new Map([['id', 'a'], ['name', 'Satu, dua']]) }]);
    const texts = minimalTexts();
    const semicolon = `\uFEFFsep=;\n${texts.regencies!.replaceAll(',', ';')}`;
    expect(messages({ regencies: semicolon })).toEqual([]);
  });
});

describe('regency names against the boundary file', () => {
  const boundary = new Map([['53.03', 'Kabupaten Timor Tengah Utara'], ['53.10', 'Kabupaten Manggarai'], ['53.71', 'Kota Kupang']]);

  it('the fixture agrees', () => {
    expect(messages({}, boundary)).toEqual([]);
  });

  it('a misspelt name, an unknown code and a missing code are data errors with rows', () => {
    const regencies = minimalTexts().regencies!.replace('Manggarai', 'Mangarai').replace('53.71,kota,Kupang,kota-kupang', '53.99,kota,Kupang,kota-kupang');
    const found = messages({ regencies }, boundary);
    expect(found).toContain('regencies.csv, baris/row 3, kolom/column "name": nilai/value "Mangarai": berkas batas wilayah menamai 53.10 "Kabupaten Manggarai", di sini "Kabupaten Mangarai" — the boundary file names 53.10 "Kabupaten Manggarai", here "Kabupaten Mangarai"');
    expect(found).toContain('regencies.csv, baris/row 4, kolom/column "kode": nilai/value "53.99": kode tidak ada di berkas batas wilayah — code not in the boundary file');
    expect(found).toContain('regencies.csv, kolom/column "kode": nilai/value "53.71": Kota Kupang ada di berkas batas wilayah tetapi tidak di sini — Kota Kupang is in the boundary file but not here');
  });
});

describe('encodings', () => {
  const utf16le = (text: string) => new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);

  it('UTF-16 is named, at row 1, with what to do; the text is still decoded', () => {
    const decoded = decodeCsv('figures.csv', utf16le('id,value\nx,1\n'));
    expect(decoded.text).toBe('id,value\nx,1\n');
    expect(formatDataError(decoded.error!)).toBe(
      'figures.csv, baris/row 1: berkas ini UTF-16LE (Excel: "Teks Unicode"), bukan UTF-8 — simpan ulang sebagai "CSV UTF-8" (Excel: Simpan Sebagai → CSV UTF-8 (Dipisahkan koma); LibreOffice: Set karakter Unicode (UTF-8)) — this file is UTF-16LE (Excel: "Unicode Text"), not UTF-8 — save it again as "CSV UTF-8" (Excel: Save As → CSV UTF-8 (Comma delimited); LibreOffice: Character set Unicode (UTF-8))',
    );
  });

  it('Windows-1252 is located at its first bad row and decoded as such', () => {
    const bytes = Buffer.concat([Buffer.from('id,name\na,ok\nb,Caf'), Buffer.from([0xe9]), Buffer.from('\n')]);
    const decoded = decodeCsv('events.csv', bytes);
    expect(decoded.text).toBe('id,name\na,ok\nb,Café\n');
    expect(decoded.error).toMatchObject({ file: 'events.csv', row: 3, value: '0xE9 (é)' });
    expect(decoded.error!.en).toContain('save it again as "CSV UTF-8"');
  });

  it('UTF-8 with or without BOM passes', () => {
    expect(decodeCsv('a.csv', Buffer.from('\uFEFFid\nä\n')).error).toBeNull();
    expect(decodeCsv('a.csv', Buffer.from('id\nä\n')).error).toBeNull();
  });
});

describe('the real data, broken as an editor would (scripts/build-data.ts)', () => {
  const copy = () => {
    const dir = mkdtempSync(join(ROOT, '.tmp', 'validity-'));
    cpSync(join(ROOT, 'data'), dir, { recursive: true });
    return dir;
  };
  const ROOT = join(import.meta.dirname, '..', '..');
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });

  it('a UTF-16 figures.csv and a Windows-1252 events.csv: both reported with rows, every other file still validated', () => {
    const dir = copy();
    const figures = readFileSync(join(dir, 'figures.csv'), 'utf8');
    writeFileSync(join(dir, 'figures.csv'), new Uint8Array([0xff, 0xfe, ...Buffer.from(figures, 'utf16le')]));
    const events = readFileSync(join(dir, 'events.csv'), 'latin1'); // any byte ≥ 0x80 becomes invalid UTF-8
    writeFileSync(join(dir, 'events.csv'), Buffer.from(events.replace('Aula', 'Aul\u00e9'), 'latin1'));
    // A third, unrelated error must not be hidden by the two.
    writeFileSync(join(dir, 'sources.csv'), readFileSync(join(dir, 'sources.csv'), 'utf8').replace(',id,', ',xx,'));
    const { errors } = serialiseDataset(dir);
    rmSync(dir, { recursive: true, force: true });
    expect(errors.find((e) => e.startsWith('data/figures.csv, baris/row 1:'))).toContain('UTF-16LE');
    expect(errors.find((e) => e.startsWith('data/events.csv, baris/row 2:'))).toContain('save it again as "CSV UTF-8"');
    expect(errors.some((e) => e.startsWith('data/sources.csv') && e.includes('"language"'))).toBe(true);
    expect(errors.filter((e) => e.includes('not found')), 'false "not found" errors').toEqual([]);
  });

  it('dates written 07/07/2025: one error per bad date, no false "not found in events.csv"', () => {
    const dir = copy();
    const file = join(dir, 'events.csv');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/,(\d{4})-(\d{2})-(\d{2}),/g, ',$3/$2/$1,'));
    const { errors } = serialiseDataset(dir);
    rmSync(dir, { recursive: true, force: true });
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.filter((e) => !/^data\/events\.csv, baris\/row \d+, kolom\/column "date"/.test(e))).toEqual([]);
  });

  it('npm run data:check compares regency names with the boundary file the geo step reads', () => {
    const dir = copy();
    const file = join(dir, 'regencies.csv');
    writeFileSync(file, readFileSync(file, 'utf8').replace(',Ende,', ',Endeh,'));
    const run = spawnSync(projectNode(), ['scripts/build-data.ts', '--check'], { cwd: ROOT, env: { ...process.env, PAYUNG_DATA_DIR: dir }, encoding: 'utf8' });
    rmSync(dir, { recursive: true, force: true });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/data\/regencies\.csv, baris\/row \d+, kolom\/column "name": nilai\/value "Endeh": berkas batas wilayah menamai 53\.\d\d "Kabupaten Ende"/);
  }, 60_000);
});
