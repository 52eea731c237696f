import { describe, expect, it } from 'vitest';
import { formatDataError } from '@/lib/data-error.ts';
import { buildDataset } from '@/lib/dataset.ts';
import { DatasetSchema } from '@/lib/dataset-schema.ts';
import { readTables } from '@/lib/read-tables.ts';
import type { TableName } from '@/lib/schema.ts';
import { monthsFromTo, sortUpdates } from '@/lib/tracker.ts';
import { correctionRegencies, eventCorrections, regencyFreshness, updateViews } from '@/lib/tracker-views.ts';
import { parsePartialDate } from '@/lib/partial-date.ts';
import { appendRows, headerOf, withTables } from './fixtures.ts';

const messagesOf = (replace: Partial<Record<TableName, string | null>>) => readTables(withTables(replace)).errors.map(formatDataError);
const datasetOf = (replace: Partial<Record<TableName, string | null>>) => {
  const { tables, errors } = readTables(withTables(replace));
  expect(errors.map(formatDataError)).toEqual([]);
  return DatasetSchema.parse(buildDataset(tables!, []));
};
const day = (iso: string) => {
  const d = parsePartialDate(iso);
  if (!d.ok) throw new Error(iso);
  return d.value;
};
const CORRECTION = 'c-1,2026-02-01,figures,ttu-peserta,value,10.500,10.252,Salah ketik.,Typo.,upd-b';
const UPDATE_B = 'upd-b,2026-02-01,koreksi,Koreksi TTU,TTU corrected,Angka TTU dibetulkan.,TTU figure fixed.,53.03,ttu-peserta,src-a';

describe('updates.csv and corrections.csv: validated like every table', () => {
  it('the fixture (one site-wide update, an empty corrections table) is valid', () => {
    const d = datasetOf({});
    expect(d.updates.map((u) => u.id)).toEqual(['upd-a']);
    expect(d.corrections).toEqual([]);
  });

  it('a missing corrections.csv means no corrections yet; a missing updates.csv is an error', () => {
    expect(datasetOf({ corrections: null }).corrections).toEqual([]);
    expect(messagesOf({ updates: null })).toEqual(['updates.csv: berkas tidak ada — file is missing']);
  });

  it('an update must name regencies, figures and sources that exist — every error at once, with row and column', () => {
    const updates = appendRows('updates', 'upd-x,2026-03-01,data-baru,T,T,S.,S.,53.99|53.03,tidak-ada,src-a|src-z', 'upd-y,2026-03,data-baru,T,T,S.,S.,,,');
    expect(messagesOf({ updates })).toMatchInlineSnapshot(`
      [
        "updates.csv, baris/row 3, kolom/column "regencies": nilai/value "53.99": tidak ada di regencies.csv — not found in regencies.csv",
        "updates.csv, baris/row 3, kolom/column "figures": nilai/value "tidak-ada": tidak ada di figures.csv — not found in figures.csv",
        "updates.csv, baris/row 3, kolom/column "sources": nilai/value "src-z": tidak ada di sources.csv — not found in sources.csv",
        "updates.csv, baris/row 4, kolom/column "date": nilai/value "2026-03": tanggal lengkap TTTT-BB-HH: hari terbitnya di situs ini diketahui — a full date YYYY-MM-DD: the day it was published here is known",
      ]
    `);
  });

  it('a correction must point at a row and a column that exist, and at a known update', () => {
    const corrections = [
      headerOf('corrections'),
      'c-1,2026-02-01,figures,bukan-angka,value,1,2,Alasan.,Reason.,',
      'c-2,2026-02-01,figures,ttu-peserta,nilai,1,2,Alasan.,Reason.,upd-zz',
      'c-3,2026-02-01,regencies,53.10,name,Manggarai,Manggarai,Ejaan.,Spelling.,',
      '',
    ].join('\n');
    expect(messagesOf({ corrections })).toMatchInlineSnapshot(`
      [
        "corrections.csv, baris/row 3, kolom/column "update": nilai/value "upd-zz": tidak ada di updates.csv — not found in updates.csv",
        "corrections.csv, baris/row 2, kolom/column "record": nilai/value "bukan-angka": tidak ada di figures.csv — not found in figures.csv",
        "corrections.csv, baris/row 3, kolom/column "column": nilai/value "nilai": bukan kolom figures.csv; kolom yang sah: id, measure, value, unit, qualifier, per, period_start, period_end, scope, regency, event, funder, group, label_id, label_en, source, quote, quote_en, note_id, note_en — not a column of figures.csv; valid columns: id, measure, value, unit, qualifier, per, period_start, period_end, scope, regency, event, funder, group, label_id, label_en, source, quote, quote_en, note_id, note_en",
      ]
    `);
  });

  it('errors in both tables and in an older table are reported together', () => {
    const messages = messagesOf({
      updates: appendRows('updates', 'upd-x,2026-13-01,data-baru,T,T,S.,S.,,,'),
      corrections: `${headerOf('corrections')}\nc-1,2026-02-01,notes,n-zz,,a,b,c,d,\n`,
      figures: appendRows('figures').replace('ttu-peserta,peserta,10.252', 'ttu-peserta,peserta,10.2520'),
    });
    expect(messages.map((m) => m.split(':')[0])).toEqual([
      'figures.csv, baris/row 2, kolom/column "value"',
      'updates.csv, baris/row 3, kolom/column "date"',
      'corrections.csv, baris/row 2, kolom/column "record"',
    ]);
  });
});

describe('the tracker', () => {
  const updates = appendRows('updates', UPDATE_B);
  const corrections = `${headerOf('corrections')}\n${CORRECTION}\n`;

  it('lists updates newest first', () => {
    const d = datasetOf({ updates });
    expect(d.updates.map((u) => u.id)).toEqual(['upd-b', 'upd-a']);
    expect(sortUpdates([...d.updates].reverse()).map((u) => u.id)).toEqual(['upd-b', 'upd-a']);
  });

  it('dates each regency by the latest update that concerns it; watching since the first', () => {
    const d = datasetOf({ updates });
    expect(d.tracker.asOf?.iso).toBe('2026-02-01');
    expect(d.tracker.watchingSince?.iso).toBe('2026-01-10');
    const at = (kode: string) => d.tracker.regencies.find((r) => r.kode === kode)!;
    expect(at('53.03').lastUpdated?.iso).toBe('2026-02-01');
    expect(at('53.03').lastUpdate).toBe('upd-b');
    // The site-wide first publication is the latest that concerns Manggarai.
    expect(at('53.10').lastUpdated?.iso).toBe('2026-01-10');
  });

  it('measures how old each regency’s latest report was at the latest update', () => {
    const d = datasetOf({ updates });
    const at = (kode: string) => d.tracker.regencies.find((r) => r.kode === kode)!;
    // src-a published 2025-07-07 → 2026-02-01: six whole months; src-b ("2025") may be older, so it does not win.
    expect(at('53.03').latestReport).toMatchObject({ source: 'src-a', basis: 'published', monthsBefore: 6 });
    // Manggarai only appears through src-b, dated "2025": counted from 1 January, never fresher than it may be.
    expect(at('53.10').latestReport).toMatchObject({ source: 'src-b', basis: 'published', monthsBefore: 13 });
  });

  it('a regency no report mentions has no latest report', () => {
    const regencies = appendRows('regencies', '53.04,kabupaten,Belu,belu');
    const d = datasetOf({ regencies });
    const belu = d.tracker.regencies.find((r) => r.kode === '53.04')!;
    expect(belu.latestReport).toBeNull();
    expect(belu.lastUpdated?.iso).toBe('2026-01-10');
  });

  it('monthsFromTo counts whole months from the first day a partial date may be', () => {
    expect(monthsFromTo(day('2025-11-29'), day('2026-12-01'))).toBe(12);
    expect(monthsFromTo(day('2025-07-21'), day('2026-12-01'))).toBe(16);
    expect(monthsFromTo(day('2025-07'), day('2025-08-30'))).toBe(1);
    expect(monthsFromTo(day('2025-07-20'), day('2025-08-19'))).toBe(0);
    expect(monthsFromTo(day('2025'), day('2026-12-31'))).toBe(23);
    expect(monthsFromTo(day('2027-01-01'), day('2026-12-01'))).toBe(0);
  });

  it('shows a correction on the regency it affects and under the update that published it', () => {
    const d = datasetOf({ updates, corrections });
    expect(correctionRegencies(d, d.corrections[0]!)).toEqual(['53.03']);
    expect(regencyFreshness(d, '53.03').corrections.map((c) => c.id)).toEqual(['c-1']);
    expect(regencyFreshness(d, '53.10').corrections).toEqual([]);
    // ttu-peserta belongs to the TTU launch: its event page shows the correction, the provincial one does not.
    expect(eventCorrections(d, 'ev-ttu').map((c) => c.id)).toEqual(['c-1']);
    expect(eventCorrections(d, 'ev-prov')).toEqual([]);
    const views = updateViews(d);
    expect(views[0]).toMatchObject({ wholeDataset: false, corrections: [{ id: 'c-1' }] });
    expect(views[0]!.regencies.map((r) => r.kode)).toEqual(['53.03']);
    expect(views[0]!.figures.map((f) => f.id)).toEqual(['ttu-peserta']);
    expect(views[1]).toMatchObject({ wholeDataset: true, regencies: [] });
  });
});
