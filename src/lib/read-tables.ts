import type { z } from 'zod';
import type { Column } from './columns.ts';
import { readCsv, type ColumnSpec } from './csv-read.ts';
import type { DataError } from './data-error.ts';
import { officialName } from './regency-name.ts';
import { REFERENCES, TABLES, TABLE_NAMES, isOptionalTable, type Regency, type TableName, type Tables } from './schema.ts';
import { rowRules } from './row-rules.ts';

/**
 * All editor CSVs → validated tables, or every error found in them.
 * Pure: takes file contents, so tests and the browser can use it too.
 */
export type TableTexts = Record<TableName, string | null>;

interface Located {
  row: number;
  record: Record<string, unknown>;
  cells: ReadonlyMap<string, string>;
}

function columnSpec(columns: Record<string, Column<unknown>>): ColumnSpec {
  const entries = Object.entries(columns);
  return {
    required: entries.filter(([, c]) => c.required).map(([n]) => n),
    optional: entries.filter(([, c]) => !c.required).map(([n]) => n),
  };
}

/** zod's English messages → what the editor should type, in Indonesian and English. */
function zodExpectation(issues: readonly z.core.$ZodIssue[], doc: string): { id: string; en: string } {
  const issue = issues[0];
  if (issue?.code === 'invalid_value') {
    const values = issue.values.map(String).join(', ');
    return { id: `salah satu dari: ${values}`, en: `one of: ${values}` };
  }
  // Column docs read "Indonesian / English"; each half goes to its language.
  const [docId = doc, docEn = docId] = doc.split(' / ');
  if (issue?.code === 'invalid_format' || issue?.code === 'too_small') {
    return { id: `format tidak sesuai: ${docId}`, en: `wrong format: ${docEn}` };
  }
  return { id: `isian tidak sah: ${docId}`, en: `invalid value: ${docEn}` };
}

interface ReadTable {
  /** Rows whose every cell is valid. */
  rows: Located[];
  /**
   * Every valid key in the file, also of rows with another invalid cell: a
   * reference to such a row is not "not found", so one bad date does not
   * cascade into an error for every row that points at it.
   */
  keys: Set<unknown>;
  /** Data rows in the file, valid or not. */
  count: number;
}

function readTable(name: TableName, input: string, errors: DataError[]): ReadTable {
  const { file, columns, key } = TABLES[name];
  const cols: Record<string, Column<unknown>> = columns;
  const parsed = readCsv(file, input, columnSpec(cols));
  errors.push(...parsed.errors);
  const out: Located[] = [];
  const keys = new Set<unknown>();
  for (const raw of parsed.rows) {
    const record: Record<string, unknown> = Object.create(null);
    let rowOk = true;
    for (const [column, spec] of Object.entries(cols)) {
      const cell = raw.cells.get(column) ?? '';
      if (spec.required && cell === '') {
        errors.push({ file, row: raw.row, column, value: cell, id: 'wajib diisi', en: 'required' });
        rowOk = false;
        continue;
      }
      const read = spec.read(cell);
      if (!read.ok) {
        errors.push({ file, row: raw.row, column, value: cell, id: read.id, en: read.en });
        rowOk = false;
        continue;
      }
      const checked = spec.schema.safeParse(read.value);
      if (!checked.success) {
        const why = zodExpectation(checked.error.issues, spec.doc);
        errors.push({ file, row: raw.row, column, value: cell, ...why });
        rowOk = false;
        continue;
      }
      record[column] = checked.data;
    }
    if (key in record) keys.add(record[key]);
    if (rowOk) out.push({ row: raw.row, record: { ...record }, cells: raw.cells });
  }
  return { rows: out, keys, count: parsed.rows.length };
}

function checkDuplicates(name: TableName, rows: Located[], errors: DataError[]): void {
  const { file, key } = TABLES[name];
  const first = new Map<unknown, number>();
  const unique = name === 'regencies' ? ['kode', 'slug'] : [key];
  for (const column of unique) {
    first.clear();
    for (const { row, record } of rows) {
      const value = record[column];
      const earlier = first.get(value);
      if (earlier !== undefined) {
        errors.push({
          file, row, column, value: String(value),
          id: `kode ganda: sudah dipakai di baris ${earlier}`,
          en: `duplicate id: already used on row ${earlier}`,
        });
      } else first.set(value, row);
    }
  }
}

const CONSTANT = /^\d+$/;

function checkReferences(located: Record<TableName, Located[]>, keys: Record<TableName, Set<unknown>>, errors: DataError[]): void {
  for (const [table, column, target] of REFERENCES) {
    for (const { row, record } of located[table]) {
      const value = record[column];
      const values = Array.isArray(value) ? value : [value];
      for (const v of values) {
        if (v === null || keys[target].has(v)) continue;
        errors.push({
          file: TABLES[table].file, row, column, value: String(v),
          id: `tidak ada di ${TABLES[target].file}`, en: `not found in ${TABLES[target].file}`,
        });
      }
    }
  }
  for (const { row, record } of located.corrections) {
    const table = record['table'] as TableName;
    const target = record['record'] as string;
    if (!keys[table].has(target)) {
      errors.push({
        file: TABLES.corrections.file, row, column: 'record', value: target,
        id: `tidak ada di ${TABLES[table].file}`, en: `not found in ${TABLES[table].file}`,
      });
    }
    const column = record['column'] as string | null;
    if (column !== null && !(column in TABLES[table].columns)) {
      const valid = Object.keys(TABLES[table].columns).join(', ');
      errors.push({
        file: TABLES.corrections.file, row, column: 'column', value: column,
        id: `bukan kolom ${TABLES[table].file}; kolom yang sah: ${valid}`, en: `not a column of ${TABLES[table].file}; valid columns: ${valid}`,
      });
    }
  }
  for (const { row, record } of located.checks) {
    for (const input of record['inputs'] as string[]) {
      if (keys.figures.has(input) || CONSTANT.test(input)) continue;
      errors.push({
        file: TABLES.checks.file, row, column: 'inputs', value: input,
        id: `bukan kode di ${TABLES.figures.file} maupun bilangan bulat`,
        en: `neither an id in ${TABLES.figures.file} nor a whole number`,
      });
    }
  }
}

const sameName = (a: string, b: string) => {
  const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
  return norm(a) === norm(b);
};

/**
 * regencies.csv against the boundary file's list (kode → "Kabupaten Ende"):
 * every code there, none else, each under the same name. Checked here, with
 * rows, so a misspelt name is an editor's error in data:check, not a crash
 * in the geo step later.
 */
function checkBoundaryNames(rows: Located[], boundary: ReadonlyMap<string, string>, errors: DataError[]): void {
  const file = TABLES.regencies.file;
  const seen = new Set<string>();
  for (const { row, record } of rows) {
    const kode = record['kode'] as string;
    const regency = record as unknown as Regency;
    seen.add(kode);
    const official = boundary.get(kode);
    if (official === undefined) {
      errors.push({ file, row, column: 'kode', value: kode, id: 'kode tidak ada di berkas batas wilayah', en: 'code not in the boundary file' });
    } else if (!sameName(officialName(regency), official)) {
      errors.push({
        file, row, column: 'name', value: regency.name,
        id: `berkas batas wilayah menamai ${kode} "${official}", di sini "${officialName(regency)}"`,
        en: `the boundary file names ${kode} "${official}", here "${officialName(regency)}"`,
      });
    }
  }
  for (const [kode, name] of boundary) {
    if (!seen.has(kode)) {
      errors.push({ file, row: null, column: 'kode', value: kode, id: `${name} ada di berkas batas wilayah tetapi tidak di sini`, en: `${name} is in the boundary file but not here` });
    }
  }
}

export interface ReadOptions {
  /** The boundary file's regencies (kode → official name), when at hand; see scripts/geo/boundary-names.ts. */
  boundaryNames?: ReadonlyMap<string, string> | null;
}

export function readTables(texts: TableTexts, options: ReadOptions = {}): { tables: Tables | null; errors: DataError[] } {
  const errors: DataError[] = [];
  const located = {} as Record<TableName, Located[]>;
  const keys = {} as Record<TableName, Set<unknown>>;
  for (const name of TABLE_NAMES) {
    const input = texts[name];
    located[name] = [];
    keys[name] = new Set();
    // An optional table (corrections.csv) may be missing: no corrections yet.
    if (input === null && isOptionalTable(name)) continue;
    if (input === null) {
      errors.push({ file: TABLES[name].file, row: null, column: null, value: null, id: 'berkas tidak ada', en: 'file is missing' });
      continue;
    }
    const before = errors.length;
    const table = readTable(name, input, errors);
    located[name] = table.rows;
    keys[name] = table.keys;
    checkDuplicates(name, located[name], errors);
    // A file that is unreadable already has its error; one that reads but is empty gets this one.
    if (table.count < TABLES[name].minRows && errors.length === before) {
      errors.push({
        file: TABLES[name].file, row: null, column: null, value: null,
        id: `tabel tanpa baris data: paling sedikit ${TABLES[name].minRows} baris di bawah judul kolom`,
        en: `no data rows: at least ${TABLES[name].minRows} row(s) below the header`,
      });
    }
  }
  checkReferences(located, keys, errors);
  if (options.boundaryNames && texts.regencies !== null) checkBoundaryNames(located.regencies, options.boundaryNames, errors);
  for (const name of TABLE_NAMES) {
    for (const { row, record, cells } of located[name]) errors.push(...rowRules(name, row, record, cells));
  }
  if (errors.length > 0) return { tables: null, errors };
  const tables = Object.fromEntries(TABLE_NAMES.map((t) => [t, located[t].map((r) => r.record)])) as unknown as Tables;
  return { tables, errors };
}
