import type { DataError } from './data-error.ts';
import { firstDay, lastDay, type PartialDate } from './partial-date.ts';
import { formatNumber } from './format.ts';
import { TABLES, UNIT_RULES, type TableName, type Unit } from './schema.ts';

/**
 * Rules that tie one row's columns together (a column alone cannot say them).
 * Each returns errors located like every other data error.
 */
export function rowRules(
  table: TableName,
  row: number,
  r: Record<string, unknown>,
  cells: ReadonlyMap<string, string>,
): DataError[] {
  const file = TABLES[table].file;
  const errors: DataError[] = [];
  const fail = (column: string, id: string, en: string) =>
    errors.push({ file, row, column, value: cells.get(column) ?? '', id, en });

  if (table === 'figures') {
    const value = r['value'] as number;
    const unit = r['unit'] as Unit;
    const rule = UNIT_RULES[unit];
    if (rule.whole && !Number.isInteger(value)) {
      if (unit === 'rupiah') {
        fail('value', 'rupiah ditulis utuh; koma adalah tanda desimal, titik memisahkan ribuan: 16.800', 'rupiah are whole; "," is the decimal mark and "." groups thousands: 16.800');
      } else {
        fail('value', `jumlah ${unit} harus bilangan bulat (koma adalah tanda desimal)`, `a count of ${unit} must be a whole number ("," is the decimal mark)`);
      }
    } else if (unit === 'persen' && value > rule.max) {
      fail('value', 'persen antara 0 dan 100', 'a percentage between 0 and 100');
    } else if (value > rule.max) {
      const max = formatNumber(rule.max, 'id');
      fail('value', `${unit} paling banyak ${max} — periksa digitnya`, `at most ${max} ${unit} — check the digits`);
    }
    if (r['scope'] === 'kabupaten' && r['regency'] === null) {
      fail('regency', 'wajib diisi bila scope = kabupaten', 'required when scope = kabupaten');
    }
    if (r['scope'] !== 'kabupaten' && r['regency'] !== null) {
      fail('regency', 'hanya diisi bila scope = kabupaten', 'only filled when scope = kabupaten');
    }
    const start = r['period_start'] as PartialDate | null;
    const end = r['period_end'] as PartialDate | null;
    // A year-only start (2025) may end within that year (2025-12): compare the widest reading.
    if (start && end && firstDay(start) > lastDay(end)) {
      fail('period_end', 'akhir periode sebelum awalnya', 'the period ends before it starts');
    }
  }
  if (table === 'checks') {
    const n = (r['inputs'] as string[]).length;
    const need = { jumlah: [1, Infinity], kali: [2, Infinity], persentase: [2, 2], 'lebih-besar': [1, 1] }[r['kind'] as string];
    if (need && (n < need[0]! || n > need[1]!)) {
      const want = need[0] === need[1] ? `${need[0]}` : `${need[0]} atau lebih / or more`;
      fail('inputs', `jenis ${String(r['kind'])} perlu ${want} masukan, ada ${n}`, `kind ${String(r['kind'])} needs ${want} input(s), got ${n}`);
    }
  }
  if (table === 'updates' || table === 'corrections') {
    // A feed entry and a correction notice need the day they were published.
    if ((r['date'] as PartialDate).precision !== 'day') {
      fail('date', 'tanggal lengkap TTTT-BB-HH: hari terbitnya di situs ini diketahui', 'a full date YYYY-MM-DD: the day it was published here is known');
    }
  }
  if (table === 'figures' || table === 'events' || table === 'notes') {
    for (const [a, b] of [['note_id', 'note_en'], ['date_note_id', 'date_note_en']] as const) {
      if (!(a in r)) continue;
      if ((r[a] === null) !== (r[b] === null)) {
        fail(r[a] === null ? a : b, `isi ${a} dan ${b} bersama`, `fill ${a} and ${b} together`);
      }
    }
  }
  return errors;
}
