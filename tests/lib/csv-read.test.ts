import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectDelimiter, readCsv, type ColumnSpec, type RawRow } from '@/lib/csv-read.ts';
import { formatDataError } from '@/lib/data-error.ts';
import { FIXTURES } from './fixtures.ts';

const SPEC: ColumnSpec = { required: ['id', 'value'], optional: ['note'] };
const read = (input: string, spec: ColumnSpec = SPEC) => readCsv('contoh.csv', input, spec);
const messages = (input: string, spec: ColumnSpec = SPEC) => read(input, spec).errors.map(formatDataError);
const plain = (rows: RawRow[]): Record<string, string | number>[] =>
  rows.map((r) => ({ row: r.row, ...Object.fromEntries(r.cells) }));
/** The rows of a file that must read without a single error, as plain objects. */
const readClean = (input: string, spec: ColumnSpec = SPEC) => {
  const { rows, errors } = read(input, spec);
  expect(errors).toEqual([]);
  return plain(rows);
};

describe('readCsv: encodings and line endings', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(readClean('id,value,note\na,10.252,Pémkab “Ende”\n')).toEqual([{ row: 2, id: 'a', value: '10.252', note: 'Pémkab “Ende”' }]);
  });

  it('drops a UTF-8 BOM so the first column is still named "id"', () => {
    const { rows, errors } = read('\uFEFFid,value\na,1\n');
    expect(errors).toEqual([]);
    expect([...rows[0]!.cells.keys()]).toEqual(['id', 'value']);
  });

  it('reads CRLF line endings without leaving \\r in the last cell', () => {
    expect(readClean('id,value,note\r\na,1,x\r\nb,2,y\r\n')).toEqual([
      { row: 2, id: 'a', value: '1', note: 'x' },
      { row: 3, id: 'b', value: '2', note: 'y' },
    ]);
  });

  it('reads a file saved by a spreadsheet in the Indonesian locale (BOM, CRLF, ";")', () => {
    const bytes = readFileSync(join(FIXTURES, 'bom-crlf-semicolon.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the fixture really has a BOM
    expect(readClean(bytes.toString('utf8'))).toEqual([
      { row: 2, id: 'ende', value: '10.252', note: 'sekitar, menurut berita' },
      { row: 3, id: 'nagekeo', value: '1,5', note: 'Rp 1,5 miliar' },
    ]);
  });
});

describe('readCsv: delimiter decided once per file from the header', () => {
  it('uses ";" when the header has one', () => {
    expect(detectDelimiter('id;value\na,1')).toBe(';');
    expect(readClean('id;value;note\na;1,5;satu, dua\n')).toEqual([{ row: 2, id: 'a', value: '1,5', note: 'satu, dua' }]);
  });

  it('uses "," otherwise, and never guesses from data rows', () => {
    expect(detectDelimiter('id,value\na;b;c;d,1')).toBe(',');
    const { rows, errors } = read('id,value,note\na,1,x;y;z\n');
    expect(errors).toEqual([]);
    expect(rows[0]!.cells.get('note')).toBe('x;y;z');
  });

  it('decides from the header line only, even with CRLF', () => {
    expect(detectDelimiter('id,value\r\na;1')).toBe(',');
    expect(detectDelimiter('id;value\r\na,1')).toBe(';');
  });
});

describe('readCsv: quoting and row numbers', () => {
  it('keeps a quoted newline inside the cell and counts spreadsheet rows, not text lines', () => {
    expect(readClean('id,value,note\na,1,"baris satu\nbaris dua"\nb,2,x\n')).toEqual([
      { row: 2, id: 'a', value: '1', note: 'baris satu\nbaris dua' },
      { row: 3, id: 'b', value: '2', note: 'x' },
    ]);
  });

  it('keeps row numbers right in errors after a quoted newline', () => {
    expect(messages('id,value,note\na,1,"satu\ndua\ntiga"\nb,2,x,y\n')).toMatchInlineSnapshot(`
      [
        "contoh.csv, baris/row 3: nilai/value "y": 1 isian berlebih di luar 3 kolom — 1 stray field(s) beyond the 3 columns",
      ]
    `);
  });

  it('reads doubled quotes as one quote', () => {
    const { rows } = read('id,value,note\na,1,"kata ""jaring"" di sini"\n');
    expect(rows[0]!.cells.get('note')).toBe('kata "jaring" di sini');
  });

  it('reports an unterminated quote with its row', () => {
    const { rows, errors } = read('id,value,note\na,1,x\nb,2,"tidak ditutup\n');
    expect(rows).toEqual([]);
    expect(errors.map(formatDataError)).toMatchInlineSnapshot(`
      [
        "contoh.csv, baris/row 3: tanda kutip (") tidak ditutup — unterminated quote (")",
      ]
    `);
  });

  it('reports a malformed quote with its row', () => {
    expect(messages('id,value,note\na,1,"x"y\n')).toMatchInlineSnapshot(`
      [
        "contoh.csv, baris/row 2: tanda kutip (") di tempat yang salah — malformed quotes (")",
        "contoh.csv, baris/row 2: tanda kutip (") tidak ditutup — unterminated quote (")",
      ]
    `);
  });

  it('skips blank lines but keeps counting them', () => {
    expect(readClean('id,value\na,1\n\n , \nb,2\n')).toEqual([
      { row: 2, id: 'a', value: '1' },
      { row: 5, id: 'b', value: '2' },
    ]);
  });

  it('trims spaces around cells', () => {
    expect(readClean('id , value\n  a  ,  10.252 \n')).toEqual([{ row: 2, id: 'a', value: '10.252' }]);
  });
});

describe('readCsv: rows of the wrong width', () => {
  it('rejects stray fields beyond the header, naming them', () => {
    const { rows, errors } = read('id,value\na,1\nb,2,tambahan,lagi\nc,3\n');
    expect(plain(rows).map((r) => r.id)).toEqual(['a', 'c']);
    expect(errors.map(formatDataError)).toMatchInlineSnapshot(`
      [
        "contoh.csv, baris/row 3: nilai/value "tambahan,lagi": 2 isian berlebih di luar 2 kolom — 2 stray field(s) beyond the 2 columns",
      ]
    `);
  });

  it('rejects a row with too few fields', () => {
    expect(messages('id,value,note\na,1\n')).toMatchInlineSnapshot(`
      [
        "contoh.csv, baris/row 2: baris ini punya 2 isian, seharusnya 3 — this row has 2 fields, expected 3",
      ]
    `);
  });
});

describe('readCsv: headers', () => {
  it('rejects an empty file', () => {
    expect(messages('')).toMatchInlineSnapshot(`
      [
        "contoh.csv: berkas kosong: baris pertama harus berisi nama kolom — empty file: the first row must hold the column names",
      ]
    `);
    expect(messages('\uFEFF \n')).toEqual(messages(''));
  });

  it('rejects a duplicate column name', () => {
    expect(messages('id,value,id\na,1,b\n')).toMatchInlineSnapshot(`
      [
        "contoh.csv, baris/row 1, kolom/column "id": nilai/value "id": nama kolom ganda — duplicate column name",
      ]
    `);
  });

  it('rejects malformed column names (capitals, spaces, empty)', () => {
    expect(messages('id,Value,nilai angka,\na,1,2,3\n', { required: ['id'], optional: ['value'] })).toMatchInlineSnapshot(`
      [
        "contoh.csv, baris/row 1, kolom/column "Value": nilai/value "Value": nama kolom huruf kecil tanpa spasi, mis. "period_start" — a lowercase column name without spaces, e.g. "period_start"",
        "contoh.csv, baris/row 1, kolom/column "nilai angka": nilai/value "nilai angka": nama kolom huruf kecil tanpa spasi, mis. "period_start" — a lowercase column name without spaces, e.g. "period_start"",
        "contoh.csv, baris/row 1, kolom/column "#4": nilai/value "": nama kolom huruf kecil tanpa spasi, mis. "period_start" — a lowercase column name without spaces, e.g. "period_start"",
      ]
    `);
  });

  it('rejects an unknown column, listing the valid ones', () => {
    expect(messages('id,value,catatan\na,1,x\n')).toMatchInlineSnapshot(`
      [
        "contoh.csv, baris/row 1, kolom/column "catatan": nilai/value "catatan": kolom tidak dikenal; kolom yang sah: id, value, note — unknown column; valid columns: id, value, note",
      ]
    `);
  });

  it('reports a missing required column', () => {
    expect(messages('id,note\na,x\n')).toMatchInlineSnapshot(`
      [
        "contoh.csv, baris/row 1, kolom/column "value": kolom wajib tidak ada — required column is missing",
      ]
    `);
  });

  it('allows an optional column to be left out', () => {
    const { rows, errors } = read('id,value\na,1\n');
    expect(errors).toEqual([]);
    expect(rows[0]!.cells.has('note')).toBe(false);
  });

  it('rejects __proto__, constructor and prototype headers without polluting any prototype', () => {
    const spec: ColumnSpec = { required: ['id'], optional: ['__proto__', 'constructor', 'prototype'] };
    const { rows, errors } = read('id,__proto__,constructor,prototype\na,{"polluted":1},polluted,polluted\n', spec);
    expect(rows).toEqual([]);
    expect(errors.map(formatDataError)).toMatchInlineSnapshot(`
      [
        "contoh.csv, baris/row 1, kolom/column "__proto__": nilai/value "__proto__": nama kolom terlarang — forbidden column name",
        "contoh.csv, baris/row 1, kolom/column "constructor": nilai/value "constructor": nama kolom terlarang — forbidden column name",
        "contoh.csv, baris/row 1, kolom/column "prototype": nilai/value "prototype": nama kolom terlarang — forbidden column name",
      ]
    `);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('keeps cells in a Map, so a cell named like an Object method is only data', () => {
    const spec: ColumnSpec = { required: ['id', 'tostring', 'hasownproperty'], optional: [] };
    const { rows, errors } = read('id,tostring,hasownproperty\na,x,y\n', spec);
    expect(errors).toEqual([]);
    expect(rows[0]!.cells).toBeInstanceOf(Map);
    expect(rows[0]!.cells.get('tostring')).toBe('x');
  });

  it('reports header errors before reading any row', () => {
    const { rows, errors } = read('id,id\na,1\nb,2,3,4\n');
    expect(rows).toEqual([]);
    expect(errors.map((e) => e.row)).toEqual([1, 1]);
  });
});
