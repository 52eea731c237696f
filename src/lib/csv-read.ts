import Papa from 'papaparse';
import type { DataError } from './data-error.ts';

/**
 * Reads one editor CSV into raw string rows, or explains why it cannot.
 *
 * Accepts what spreadsheets in the Indonesian locale export: UTF-8 with or
 * without BOM, CRLF, quoted newlines, and `,` or `;` as the delimiter. The
 * delimiter is decided once per file from its header line (column names never
 * contain either character): `;` if the header has one, else `,`. Data rows
 * are never used to guess. Excel's "CSV (semicolon)" may write `sep=;` as the
 * first line: that line names the delimiter and is not data (Excel hides it,
 * so the header is still row 1).
 *
 * A cell holds at most MAX_CELL_CHARS characters: the longest real cell is a
 * quote of a few sentences, and a runaway paste (a whole article, a binary
 * file) is an error to fix, not text to lay out on every page and image.
 */
export interface RawRow {
  /** Spreadsheet row number of this record (header = 1). */
  row: number;
  /** Cells by column name. A Map, so a header like `__proto__` can never pollute an object. */
  cells: Map<string, string>;
}

export interface ColumnSpec {
  required: readonly string[];
  optional: readonly string[];
}

const FORBIDDEN_HEADERS = new Set(['__proto__', 'constructor', 'prototype']);
const HEADER_NAME = /^[a-z][a-z0-9_]*$/;

export const MAX_CELL_CHARS = 2000;

const SEP_HINT = /^sep=([,;])[ \t]*\r?\n/i;

export function detectDelimiter(text: string): ',' | ';' {
  const hint = SEP_HINT.exec(text);
  if (hint) return hint[1] as ',' | ';';
  const headerLine = text.split(/\r?\n/, 1)[0] ?? '';
  return headerLine.includes(';') ? ';' : ',';
}

export function readCsv(
  file: string,
  input: string,
  spec: ColumnSpec,
): { rows: RawRow[]; errors: DataError[] } {
  const errors: DataError[] = [];
  const fail = (row: number | null, column: string | null, value: string | null, id: string, en: string) =>
    errors.push({ file, row, column, value, id, en });

  const unmarked = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const hint = SEP_HINT.exec(unmarked);
  const text = hint ? unmarked.slice(hint[0].length) : unmarked;
  if (text.trim() === '') {
    fail(null, null, null, 'berkas kosong: baris pertama harus berisi nama kolom', 'empty file: the first row must hold the column names');
    return { rows: [], errors };
  }
  const delimiter = hint ? (hint[1] as ',' | ';') : detectDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { delimiter, header: false, skipEmptyLines: false });

  for (const err of parsed.errors) {
    // Papaparse counts data records from 0 with the header as record 0.
    const row = err.row === undefined ? null : err.row + 1;
    if (err.code === 'MissingQuotes') {
      fail(row, null, null, 'tanda kutip (") tidak ditutup', 'unterminated quote (")');
    } else if (err.code === 'InvalidQuotes') {
      fail(row, null, null, 'tanda kutip (") di tempat yang salah', 'malformed quotes (")');
    }
  }

  const [header = [], ...records] = parsed.data;
  const known = new Set([...spec.required, ...spec.optional]);
  const seen = new Set<string>();
  const columns: string[] = [];
  header.forEach((raw, index) => {
    const name = raw.trim();
    const label = name === '' ? `#${index + 1}` : name;
    if (FORBIDDEN_HEADERS.has(name)) {
      fail(1, label, raw, 'nama kolom terlarang', 'forbidden column name');
    } else if (!HEADER_NAME.test(name)) {
      fail(1, label, raw, 'nama kolom huruf kecil tanpa spasi, mis. "period_start"', 'a lowercase column name without spaces, e.g. "period_start"');
    } else if (seen.has(name)) {
      fail(1, label, raw, 'nama kolom ganda', 'duplicate column name');
    } else if (!known.has(name)) {
      fail(1, label, raw, `kolom tidak dikenal; kolom yang sah: ${[...known].join(', ')}`, `unknown column; valid columns: ${[...known].join(', ')}`);
    }
    seen.add(name);
    columns.push(name);
  });
  for (const name of spec.required) {
    if (!seen.has(name)) fail(1, name, null, 'kolom wajib tidak ada', 'required column is missing');
  }
  if (errors.length > 0) return { rows: [], errors };

  const rows: RawRow[] = [];
  records.forEach((fields, index) => {
    const row = index + 2;
    if (fields.every((f) => f.trim() === '')) return;
    if (fields.length > columns.length) {
      const extra = fields.slice(columns.length).join(delimiter);
      fail(row, null, extra, `${fields.length - columns.length} isian berlebih di luar ${columns.length} kolom`, `${fields.length - columns.length} stray field(s) beyond the ${columns.length} columns`);
      return;
    }
    if (fields.length < columns.length) {
      fail(row, null, null, `baris ini punya ${fields.length} isian, seharusnya ${columns.length}`, `this row has ${fields.length} fields, expected ${columns.length}`);
      return;
    }
    const cells = new Map<string, string>();
    columns.forEach((name, i) => {
      const cell = (fields[i] ?? '').trim();
      if (cell.length > MAX_CELL_CHARS) {
        const max = MAX_CELL_CHARS.toLocaleString('id-ID');
        fail(row, name, cell, `isian terlalu panjang: ${cell.length.toLocaleString('id-ID')} karakter, paling banyak ${max}`, `cell too long: ${cell.length.toLocaleString('en-GB')} characters, at most ${MAX_CELL_CHARS.toLocaleString('en-GB')}`);
      }
      cells.set(name, cell);
    });
    rows.push({ row, cells });
  });
  return { rows, errors };
}
