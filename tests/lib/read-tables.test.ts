import { describe, expect, it } from 'vitest';
import { formatDataError } from '@/lib/data-error.ts';
import { parseIdNumber } from '@/lib/number-id.ts';
import { parsePartialDate } from '@/lib/partial-date.ts';
import { readTables } from '@/lib/read-tables.ts';
import { buildDataset } from '@/lib/dataset.ts';
import { DatasetSchema } from '@/lib/dataset-schema.ts';
import type { TableName } from '@/lib/schema.ts';
import { appendRows, figureRow, headerOf, minimalTexts, withTables } from './fixtures.ts';

const errorsOf = (replace: Partial<Record<TableName, string | null>>) => readTables(withTables(replace)).errors;
const messagesOf = (replace: Partial<Record<TableName, string | null>>) => errorsOf(replace).map(formatDataError);
const figure = (cells: Record<string, string>) => readTables(withTables({ figures: appendRows('figures', figureRow(cells)) }));
const figureMessages = (cells: Record<string, string>) => figure(cells).errors.map(formatDataError);
const addedFigure = (cells: Record<string, string>) => {
  const { tables, errors } = figure({ id: 'f-test', ...cells });
  expect(errors.map(formatDataError)).toEqual([]);
  return tables!.figures.find((f) => f.id === 'f-test')!;
};

describe('readTables: the minimal fixture', () => {
  it('is valid and gives typed records', () => {
    const { tables, errors } = readTables(minimalTexts());
    expect(errors).toEqual([]);
    expect(tables!.regencies.map((r) => r.kode)).toEqual(['53.03', '53.10', '53.71']);
    expect(tables!.sources[0]).toMatchObject({ id: 'src-a', url: 'https://example.org/a', site: null, headline: null });
    expect(tables!.checks[0]!.inputs).toEqual(['ttu-prov', 'ttu-kab']);
    expect(tables!.notes[0]!.sources).toEqual(['src-a', 'src-b']);
  });

  it('builds records without a null prototype leaking out', () => {
    const { tables } = readTables(minimalTexts());
    expect(Object.getPrototypeOf(tables!.figures[0])).toBe(Object.prototype);
  });
});

describe('numbers in Indonesian notation', () => {
  it('reads "." as the thousands separator and "," as the decimal mark', () => {
    expect(addedFigure({ value: '10.252' }).value).toBe(10252);
    expect(addedFigure({ value: '1.521' }).value).toBe(1521);
    expect(addedFigure({ value: '1.500.000.000', unit: 'rupiah' }).value).toBe(1_500_000_000);
    expect(addedFigure({ value: '1,5', unit: 'persen' }).value).toBe(1.5);
    expect(addedFigure({ value: '10252' }).value).toBe(10252);
    expect(parseIdNumber('1.234,5')).toEqual({ ok: true, value: 1234.5 });
  });

  it('parseIdNumber agrees, and rejects what is ambiguous', () => {
    expect(parseIdNumber(' 10.252 ')).toEqual({ ok: true, value: 10252 });
    expect(parseIdNumber('-1,5')).toEqual({ ok: true, value: -1.5 });
    for (const bad of ['1.5', '1.25', '10.2520', '10 252', 'Rp1,5 miliar', '1e3', '1.52', '10.25.2', '+5', ',5', '1,', '']) {
      expect(parseIdNumber(bad).ok, bad).toBe(false);
    }
  });

  it('rejects "1.5" with a message explaining the notation', () => {
    expect(figureMessages({ value: '1.5', unit: 'rupiah' })).toMatchInlineSnapshot(`
      [
        "figures.csv, baris/row 8, kolom/column "value": nilai/value "1.5": angka dengan titik desimal tidak diterima: titik memisahkan ribuan (10.252), koma untuk desimal (1,5) — a decimal point is not accepted: "." groups thousands (10.252) and "," is the decimal mark (1,5)",
      ]
    `);
  });

  it('rejects "10,252" as a worker count (a decimal, not a whole number)', () => {
    const { errors } = figure({ value: '10,252' });
    expect(errors.map((e) => [e.file, e.row, e.column])).toEqual([['figures.csv', 8, 'value']]);
    expect(errors.map(formatDataError)).toMatchInlineSnapshot(`
      [
        "figures.csv, baris/row 8, kolom/column "value": nilai/value "10,252": jumlah pekerja harus bilangan bulat (koma adalah tanda desimal) — a count of pekerja must be a whole number ("," is the decimal mark)",
      ]
    `);
  });

  // Regression test (fixed bug, src/lib/row-rules.ts:13): the row rule reports String(parsed value) instead of the
  // cell text, so the editor who typed "10,252" is told the value is "10.252" — which in
  // Indonesian notation reads as ten thousand, the opposite of the problem. Expected: "10,252".
  it('shows the cell as typed ("10,252") in the non-integer error', () => {
    const { errors } = figure({ value: '10,252' });
    expect(errors[0]!.value).toBe('10,252');
  });

  it('rejects "Rp1,5 miliar" with the expected notation', () => {
    expect(figureMessages({ value: 'Rp1,5 miliar', unit: 'rupiah' })).toMatchInlineSnapshot(`
      [
        "figures.csv, baris/row 8, kolom/column "value": nilai/value "Rp1,5 miliar": angka dalam format Indonesia, mis. 10.252 atau 1.500.000.000 atau 1,5 — a number in Indonesian notation, e.g. 10.252 or 1.500.000.000 or 1,5",
      ]
    `);
  });

  // Regression test (fixed bug, src/lib/number-id.ts:13): GROUPED accepts a leading group of "0", so "0.252" (an
  // English-notation decimal, never a valid Indonesian grouped number) is read as 252 —
  // a silent ×1000 error. Expected: rejected like "1.5".
  it('rejects "0.252" rather than reading it as 252', () => {
    expect(parseIdNumber('0.252').ok).toBe(false);
  });
});

describe('codes and ids', () => {
  it('keeps a Kemendagri code as text: "53.10" is not 53.1', () => {
    const { tables } = readTables(minimalTexts());
    const manggarai = tables!.regencies.find((r) => r.slug === 'manggarai')!;
    expect(manggarai.kode).toBe('53.10');
    expect(typeof manggarai.kode).toBe('string');
  });

  it('rejects a code written as a number', () => {
    const regencies = appendRows('regencies', '53.1,kabupaten,Salah,salah', '5310,kabupaten,Salah Dua,salah-dua');
    expect(messagesOf({ regencies })).toMatchInlineSnapshot(`
      [
        "regencies.csv, baris/row 5, kolom/column "kode": nilai/value "53.1": format tidak sesuai: Kode Kemendagri, teks: "53.10" bukan 53.1 — wrong format: Kemendagri code, kept as text",
        "regencies.csv, baris/row 6, kolom/column "kode": nilai/value "5310": format tidak sesuai: Kode Kemendagri, teks: "53.10" bukan 53.1 — wrong format: Kemendagri code, kept as text",
      ]
    `);
  });

  // Regression test (fixed bug, message quality, src/lib/read-tables.ts:26-29): every schema-level rejection (codes,
  // ids, URLs, fixed lists) gets the Indonesian text "isian tidak sah (<zod's English message>)",
  // e.g. `isian tidak sah (Invalid string: must match pattern /^\d{2}\.\d{2}$/)`: the Indonesian
  // half is English plus a regex, contrary to data-error.ts ("what was expected, in Indonesian").
  // Expected: an Indonesian expectation such as 'kode Kemendagri berbentuk 00.00, mis. "53.10"'.
  it('explains a bad code in Indonesian, not with a regex', () => {
    const regencies = appendRows('regencies', '53.1,kabupaten,Salah,salah');
    const [error] = errorsOf({ regencies });
    expect(error!.id).not.toMatch(/Invalid|pattern|\^/);
  });

  it('rejects an id that is not lowercase-with-hyphens', () => {
    expect(messagesOf({ sources: appendRows('sources', 'Src C,berita,Outlet,,,Lede,,Kupang,,id,,') })).toMatchInlineSnapshot(`
      [
        "sources.csv, baris/row 4, kolom/column "id": nilai/value "Src C": format tidak sesuai: Kode sumber, huruf kecil dan tanda hubung, mis. "ende-investigasi" — wrong format: Source id",
      ]
    `);
  });

  it('reports a duplicate id with the row of its first use', () => {
    const figures = appendRows('figures', figureRow({ id: 'ttu-prov' }));
    const errors = errorsOf({ figures });
    expect(errors.map(formatDataError)).toMatchInlineSnapshot(`
      [
        "figures.csv, baris/row 8, kolom/column "id": nilai/value "ttu-prov": kode ganda: sudah dipakai di baris 3 — duplicate id: already used on row 3",
      ]
    `);
  });

  it('reports a duplicate regency code and a duplicate slug', () => {
    const regencies = appendRows('regencies', '53.03,kabupaten,Lagi,lagi', '53.99,kabupaten,Kupang Lain,kupang-lain', '53.98,kabupaten,Manggarai Lagi,manggarai');
    expect(messagesOf({ regencies })).toMatchInlineSnapshot(`
      [
        "regencies.csv, baris/row 5, kolom/column "kode": nilai/value "53.03": kode ganda: sudah dipakai di baris 2 — duplicate id: already used on row 2",
        "regencies.csv, baris/row 7, kolom/column "slug": nilai/value "manggarai": kode ganda: sudah dipakai di baris 3 — duplicate id: already used on row 3",
      ]
    `);
  });
});

describe('references across tables', () => {
  it('reports a figure pointing at a missing source and a missing regency', () => {
    expect(figureMessages({ source: 'tidak-ada', regency: '53.99' })).toMatchInlineSnapshot(`
      [
        "figures.csv, baris/row 8, kolom/column "source": nilai/value "tidak-ada": tidak ada di sources.csv — not found in sources.csv",
        "figures.csv, baris/row 8, kolom/column "regency": nilai/value "53.99": tidak ada di regencies.csv — not found in regencies.csv",
      ]
    `);
  });

  it('reports each missing id in a "|" list, and an empty item in it', () => {
    const notes = appendRows('notes', 'n-b,catatan,,,,Teks.,Text.,src-a|src-x', 'n-c,catatan,,,,Teks.,Text.,src-a||src-b');
    expect(messagesOf({ notes })).toMatchInlineSnapshot(`
      [
        "notes.csv, baris/row 4, kolom/column "sources": nilai/value "src-a||src-b": format tidak sesuai: Kode sumber yang dibandingkan; untuk tanggal-terbit/dateline: sumber yang dibahas — wrong format: Sources concerned (dipisah "|")",
        "notes.csv, baris/row 3, kolom/column "sources": nilai/value "src-x": tidak ada di sources.csv — not found in sources.csv",
      ]
    `);
  });

  it('accepts whole-number constants in check inputs but not unknown ids', () => {
    const checks = appendRows('checks', 'c-ok,kali,ttu-anggaran,ttu-peserta|12,Kali,Times', 'c-bad,kali,ttu-anggaran,ttu-peserta|dua-belas,Kali,Times');
    expect(messagesOf({ checks })).toMatchInlineSnapshot(`
      [
        "checks.csv, baris/row 4, kolom/column "inputs": nilai/value "dua-belas": bukan kode di figures.csv maupun bilangan bulat — neither an id in figures.csv nor a whole number",
      ]
    `);
  });

  it('reports a check whose target figure does not exist', () => {
    const checks = appendRows('checks', 'c-x,jumlah,tidak-ada,ttu-prov|ttu-kab,J,S');
    expect(messagesOf({ checks })).toMatchInlineSnapshot(`
      [
        "checks.csv, baris/row 3, kolom/column "target": nilai/value "tidak-ada": tidak ada di figures.csv — not found in figures.csv",
      ]
    `);
  });

  // Regression test (fixed bug, src/lib/read-tables.ts:106-115 / consistency.ts:47-48): the number of check inputs is
  // never validated. A `persentase` check with one input passes readTables, runChecks computes
  // NaN, JSON.stringify writes it as null and the dataset no longer satisfies DatasetSchema
  // (the schema pages load it with). Expected: an error at checks.csv row 3, column "inputs".
  it('rejects a persentase check with one input instead of writing NaN', () => {
    const checks = appendRows('checks', 'c-pct,persentase,prov-tingkat,ttu-peserta,P,P');
    const { tables, errors } = readTables(withTables({ checks }));
    if (tables) {
      const json = JSON.parse(JSON.stringify(buildDataset(tables, [])));
      expect(DatasetSchema.safeParse(json).success).toBe(true);
    }
    expect(errors.map((e) => [e.file, e.row, e.column])).toEqual([['checks.csv', 3, 'inputs']]);
  });
});

describe('dates', () => {
  it('rejects a day that does not exist', () => {
    expect(figureMessages({ period_start: '2025-02-30' })).toMatchInlineSnapshot(`
      [
        "figures.csv, baris/row 8, kolom/column "period_start": nilai/value "2025-02-30": tanggal 30 tidak ada di bulan 02/2025 — day 30 does not exist in 2025-02",
      ]
    `);
  });

  it('rejects a month that does not exist', () => {
    expect(figureMessages({ period_end: '2025-13' })).toMatchInlineSnapshot(`
      [
        "figures.csv, baris/row 8, kolom/column "period_end": nilai/value "2025-13": bulan 13 tidak ada — there is no month 13",
      ]
    `);
  });

  it('rejects other shapes of date', () => {
    expect(figureMessages({ period_start: '07/07/2025', period_end: '2025-7' })).toMatchInlineSnapshot(`
      [
        "figures.csv, baris/row 8, kolom/column "period_start": nilai/value "07/07/2025": tanggal berbentuk TTTT, TTTT-BB atau TTTT-BB-HH, mis. 2025-07-07 — a date as YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2025-07-07",
        "figures.csv, baris/row 8, kolom/column "period_end": nilai/value "2025-7": tanggal berbentuk TTTT, TTTT-BB atau TTTT-BB-HH, mis. 2025-07-07 — a date as YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2025-07-07",
      ]
    `);
  });

  it('knows leap years', () => {
    expect(parsePartialDate('2024-02-29').ok).toBe(true);
    expect(parsePartialDate('2025-02-29').ok).toBe(false);
    expect(parsePartialDate('2025-04-31').ok).toBe(false);
    expect(parsePartialDate('2025-00').ok).toBe(false);
    expect(parsePartialDate('2025-07-00').ok).toBe(false);
  });

  it('keeps a partial date at its precision: "2025" is a year, never 1 January', () => {
    const f = addedFigure({ period_start: '2025', period_end: '2026-07' });
    expect(f.period_start).toEqual({ iso: '2025', precision: 'year', year: 2025, month: null, day: null });
    expect(f.period_end).toEqual({ iso: '2026-07', precision: 'month', year: 2026, month: 7, day: null });
    const { tables } = readTables(minimalTexts());
    expect(tables!.events.find((e) => e.id === 'ev-prov')!.date).toEqual({
      iso: '2025', precision: 'year', year: 2025, month: null, day: null,
    });
    expect(tables!.events.find((e) => e.id === 'ev-ttu')!.date.precision).toBe('day');
  });

  it('rejects a period that ends before it starts', () => {
    const { errors } = figure({ period_start: '2025-07', period_end: '2025-01' });
    expect(errors.map((e) => [e.row, e.column])).toEqual([[8, 'period_end']]);
  });

  // Regression test (fixed bug, src/lib/row-rules.ts:13): `value: String(r[column])` turns a PartialDate into
  // "[object Object]", so this message shows nilai/value "[object Object]". Expected "2025-01".
  it('names the period end as typed in the "ends before it starts" error', () => {
    const { errors } = figure({ period_start: '2025-07', period_end: '2025-01' });
    expect(errors[0]!.value).toBe('2025-01');
  });

  // Regression test (fixed bug, src/lib/row-rules.ts:32): start and end are both compared by dateSortKey, which puts a
  // partial date at the END of its year/month. So a start of "2025" sorts after an end of
  // "2025-12" and the period "2025 → 2025-12" (Nagekeo's January–December 2025) is rejected as
  // "ends before it starts"; so is "2025-07 → 2025-07-15". Expected: both accepted (compare the
  // start's first possible day with the end's last possible day).
  it('accepts a period whose start is less precise than its end (2025 → 2025-12)', () => {
    expect(figure({ period_start: '2025', period_end: '2025-12' }).errors).toEqual([]);
  });

  it('accepts a period from a month to a day inside it (2025-07 → 2025-07-15)', () => {
    expect(figure({ period_start: '2025-07', period_end: '2025-07-15' }).errors).toEqual([]);
  });

  it('accepts a year-only period end after a dated start in the same year', () => {
    expect(addedFigure({ period_start: '2025-07-07', period_end: '2025' }).period_end!.precision).toBe('year');
  });
});

describe('rules within a row', () => {
  it('rejects a percentage above 100 and below 0', () => {
    expect(figureMessages({ value: '101', unit: 'persen', scope: 'provinsi', regency: '' })).toMatchInlineSnapshot(`
      [
        "figures.csv, baris/row 8, kolom/column "value": nilai/value "101": persen antara 0 dan 100 — a percentage between 0 and 100",
      ]
    `);
    expect(figure({ value: '-1', unit: 'persen', scope: 'provinsi', regency: '' }).errors).toHaveLength(1);
    expect(addedFigure({ value: '100', unit: 'persen', scope: 'provinsi', regency: '' }).value).toBe(100);
  });

  it('requires a regency when scope = kabupaten, and only then', () => {
    expect(figureMessages({ scope: 'kabupaten', regency: '' })).toMatchInlineSnapshot(`
      [
        "figures.csv, baris/row 8, kolom/column "regency": nilai/value "": wajib diisi bila scope = kabupaten — required when scope = kabupaten",
      ]
    `);
    expect(figureMessages({ scope: 'provinsi', regency: '53.10' })).toMatchInlineSnapshot(`
      [
        "figures.csv, baris/row 8, kolom/column "regency": nilai/value "53.10": hanya diisi bila scope = kabupaten — only filled when scope = kabupaten",
      ]
    `);
  });

  it('requires note_id and note_en together', () => {
    expect(figureMessages({ note_id: 'Catatan saja.' })).toMatchInlineSnapshot(`
      [
        "figures.csv, baris/row 8, kolom/column "note_en": nilai/value "": isi note_id dan note_en bersama — fill note_id and note_en together",
      ]
    `);
  });

  it('requires date_note_id and date_note_en together in events', () => {
    const events = appendRows('events', 'ev-x,2025,,Year only.,pks,53.10,,,J,T,R,S,src-a,Kalimat.');
    expect(messagesOf({ events })).toMatchInlineSnapshot(`
      [
        "events.csv, baris/row 4, kolom/column "date_note_id": nilai/value "": isi date_note_id dan date_note_en bersama — fill date_note_id and date_note_en together",
      ]
    `);
  });

  it('rejects a value outside a fixed list', () => {
    expect(figureMessages({ unit: 'jiwa', qualifier: 'kira-kira' })).toMatchInlineSnapshot(`
      [
        "figures.csv, baris/row 8, kolom/column "unit": nilai/value "jiwa": salah satu dari: pekerja, orang, rupiah, persen, bulan — one of: pekerja, orang, rupiah, persen, bulan",
        "figures.csv, baris/row 8, kolom/column "qualifier": nilai/value "kira-kira": salah satu dari: tepat, sekitar, lebih-dari — one of: tepat, sekitar, lebih-dari",
      ]
    `);
  });

  it('reports an empty required cell', () => {
    expect(figureMessages({ label_en: '' })).toMatchInlineSnapshot(`
      [
        "figures.csv, baris/row 8, kolom/column "label_en": nilai/value "": wajib diisi — required",
      ]
    `);
  });
});

describe('sources.url', () => {
  it('rejects a javascript: URL', () => {
    const sources = appendRows('sources', 'src-x,berita,Outlet,,,Lede,,Kupang,,id,javascript:alert(1),');
    expect(messagesOf({ sources })).toMatchInlineSnapshot(`
      [
        "sources.csv, baris/row 4, kolom/column "url": nilai/value "javascript:alert(1)": format tidak sesuai: Alamat web (http/https); kosong bila tidak diketahui, jangan mengarang — wrong format: URL; empty when unknown, never invented",
      ]
    `);
  });

  it('rejects data: and schemeless URLs but accepts http and https', () => {
    const sources = appendRows(
      'sources',
      'src-x,berita,Outlet,,,Lede,,Kupang,,id,data:text/html;base64,',
      'src-y,berita,Outlet,,,Lede,,Kupang,,id,www.example.org,',
      'src-z,berita,Outlet,,,Lede,,Kupang,,id,http://example.org/x?y=1,',
    );
    expect(errorsOf({ sources }).map((e) => [e.row, e.column, e.value])).toEqual([
      [4, 'url', 'data:text/html;base64'],
      [5, 'url', 'www.example.org'],
    ]);
  });
});

describe('missing files and columns', () => {
  it('reports a missing file and goes on with the others', () => {
    expect(messagesOf({ quotes: null })).toMatchInlineSnapshot(`
      [
        "quotes.csv: berkas tidak ada — file is missing",
      ]
    `);
  });

  it('reports a missing required column through readTables', () => {
    const checks = 'id,kind,target,label_id,label_en\nc,jumlah,ttu-peserta,J,S\n';
    expect(messagesOf({ checks })).toMatchInlineSnapshot(`
      [
        "checks.csv, baris/row 1, kolom/column "inputs": kolom wajib tidak ada — required column is missing",
      ]
    `);
  });

  it('reads every table with ";" and a BOM as well', () => {
    const texts = minimalTexts();
    const regencies = `\uFEFF${texts.regencies!.replaceAll(',', ';').replaceAll('\n', '\r\n')}`;
    const { tables, errors } = readTables({ ...texts, regencies });
    expect(errors).toEqual([]);
    expect(tables!.regencies.map((r) => r.kode)).toEqual(['53.03', '53.10', '53.71']);
  });
});

describe('prototype pollution', () => {
  it('rejects __proto__ / constructor headers in a real table and pollutes nothing', () => {
    const regencies = `kode,type,name,slug,__proto__,constructor\n53.03,kabupaten,TTU,ttu,{"polluted":true},polluted\n`;
    const { tables, errors } = readTables(withTables({ regencies }));
    expect(tables).toBeNull();
    expect(errors.filter((e) => e.file === 'regencies.csv').map(formatDataError)).toMatchInlineSnapshot(`
      [
        "regencies.csv, baris/row 1, kolom/column "__proto__": nilai/value "__proto__": nama kolom terlarang — forbidden column name",
        "regencies.csv, baris/row 1, kolom/column "constructor": nilai/value "constructor": nama kolom terlarang — forbidden column name",
      ]
    `);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  });
});

describe('every error is collected', () => {
  it('reports all three different errors in one file', () => {
    const figures = appendRows(
      'figures',
      figureRow({ id: 'f-1', value: '1.5' }),
      figureRow({ id: 'f-2', period_start: '2025-02-30' }),
      figureRow({ id: 'f-3', source: 'tidak-ada' }),
    );
    expect(messagesOf({ figures })).toMatchInlineSnapshot(`
      [
        "figures.csv, baris/row 8, kolom/column "value": nilai/value "1.5": angka dengan titik desimal tidak diterima: titik memisahkan ribuan (10.252), koma untuk desimal (1,5) — a decimal point is not accepted: "." groups thousands (10.252) and "," is the decimal mark (1,5)",
        "figures.csv, baris/row 9, kolom/column "period_start": nilai/value "2025-02-30": tanggal 30 tidak ada di bulan 02/2025 — day 30 does not exist in 2025-02",
        "figures.csv, baris/row 10, kolom/column "source": nilai/value "tidak-ada": tidak ada di sources.csv — not found in sources.csv",
      ]
    `);
  });

  it('reports several errors in one row', () => {
    const { errors } = figure({ value: '1.5', unit: 'jiwa', period_start: '2025-13' });
    expect(errors.map((e) => e.column)).toEqual(['value', 'unit', 'period_start']);
  });

  it('reports errors across several files in one run', () => {
    const errors = errorsOf({
      sources: appendRows('sources', 'src-x,berita,Outlet,,,Lede,2025-02-30,Kupang,,id,,'),
      regencies: appendRows('regencies', '53.03,kabupaten,Lagi,lagi'),
      events: appendRows('events', 'ev-x,2025-13,,,pks,53.10,,,J,T,R,S,src-a,Kalimat.'),
      quotes: null,
      checks: `${headerOf('checks')};\n`,
    });
    expect([...new Set(errors.map((e) => e.file))].sort()).toEqual([
      'checks.csv', 'events.csv', 'quotes.csv', 'regencies.csv', 'sources.csv',
    ]);
    expect(errors.map(formatDataError)).toMatchInlineSnapshot(`
      [
        "sources.csv, baris/row 4, kolom/column "published": nilai/value "2025-02-30": tanggal 30 tidak ada di bulan 02/2025 — day 30 does not exist in 2025-02",
        "regencies.csv, baris/row 5, kolom/column "kode": nilai/value "53.03": kode ganda: sudah dipakai di baris 2 — duplicate id: already used on row 2",
        "events.csv, baris/row 4, kolom/column "date": nilai/value "2025-13": bulan 13 tidak ada — there is no month 13",
        "quotes.csv: berkas tidak ada — file is missing",
        "checks.csv, baris/row 1, kolom/column "id,kind,target,inputs,label_id,label_en": nilai/value "id,kind,target,inputs,label_id,label_en": nama kolom huruf kecil tanpa spasi, mis. "period_start" — a lowercase column name without spaces, e.g. "period_start"",
        "checks.csv, baris/row 1, kolom/column "#2": nilai/value "": nama kolom huruf kecil tanpa spasi, mis. "period_start" — a lowercase column name without spaces, e.g. "period_start"",
        "checks.csv, baris/row 1, kolom/column "id": kolom wajib tidak ada — required column is missing",
        "checks.csv, baris/row 1, kolom/column "kind": kolom wajib tidak ada — required column is missing",
        "checks.csv, baris/row 1, kolom/column "target": kolom wajib tidak ada — required column is missing",
        "checks.csv, baris/row 1, kolom/column "inputs": kolom wajib tidak ada — required column is missing",
        "checks.csv, baris/row 1, kolom/column "label_id": kolom wajib tidak ada — required column is missing",
        "checks.csv, baris/row 1, kolom/column "label_en": kolom wajib tidak ada — required column is missing",
      ]
    `);
  });
});
