/**
 * The published facts in data/*.csv, pinned so an accidental edit is caught,
 * and every quoted sentence checked word for word against the source reports.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatDerived } from '@/lib/arithmetic.ts';
import { buildDataset } from '@/lib/dataset.ts';
import { tablesFrom } from '../helpers/dataset.ts';
import { DatasetSchema } from '@/lib/dataset-schema.ts';
import { formatDate, formatRupiah } from '@/lib/format.ts';

/** The five reports, next to the repository (../shared/sources); CI must have them. */
const SOURCES_DIR = fileURLToPath(new URL('../../../shared/sources/', import.meta.url));

const tables = tablesFrom('data');
const dataset = buildDataset(tables, []);
const figure = (id: string) => {
  const f = tables.figures.find((x) => x.id === id);
  if (!f) throw new Error(`no figure ${id}`);
  return f;
};
const event = (id: string) => tables.events.find((x) => x.id === id)!;
const derived = (id: string) => dataset.derived.find((d) => d.id === id)!;
const result = (id: string) => dataset.checkResults.find((c) => c.id === id)!;

describe('real data: validation', () => {
  it('reads without errors and the dataset matches its schema after a JSON round trip', () => {
    expect(DatasetSchema.safeParse(JSON.parse(JSON.stringify(dataset))).success).toBe(true);
  });
});

describe('real data: regencies', () => {
  it('has the 22 regencies and city of NTT with their codes and slugs', () => {
    expect(tables.regencies).toHaveLength(22);
    const slug = Object.fromEntries(tables.regencies.map((r) => [r.kode, r.slug]));
    expect(slug['53.03']).toBe('timor-tengah-utara');
    expect(slug['53.11']).toBe('sumba-timur');
    expect(slug['53.01']).toBe('kupang');
    expect(slug['53.71']).toBe('kota-kupang');
    expect(slug['53.10']).toBe('manggarai');
    expect(tables.regencies.find((r) => r.kode === '53.71')!.type).toBe('kota');
    expect(new Set(tables.regencies.map((r) => r.slug)).size).toBe(22);
  });
});

describe('real data: published figures', () => {
  it('TTU: 14.880 workers, launched 7 Juli 2025, Rp16.800 per worker per month', () => {
    const ttu = figure('ttu-peserta');
    expect(ttu).toMatchObject({ value: 14880, regency: '53.03', qualifier: 'tepat', unit: 'pekerja', funder: 'apbd-kabupaten' });
    expect(formatDate(event('ttu-peluncuran').date, 'id')).toBe('7 Juli 2025');
    expect(event(ttu.event!).date.iso).toBe('2025-07-07');
    expect(figure('ttu-iuran')).toMatchObject({ value: 16800, unit: 'rupiah', per: 'pekerja-bulan' });
    expect(formatRupiah(figure('ttu-iuran').value, 'id')).toBe('Rp16.800');
    expect(figure('ttu-anggaran-bulan')).toMatchObject({ value: 250_000_000, qualifier: 'sekitar', per: 'bulan' });
    expect(figure('ttu-peserta-judul')).toMatchObject({ value: 14000, qualifier: 'lebih-dari' });
  });

  it('Ende: about 10.252 workers = 9.731 APBD I + 1.521 APBD II (as published, not adding up)', () => {
    expect(figure('ende-peserta')).toMatchObject({ value: 10252, qualifier: 'sekitar', regency: '53.08' });
    expect(figure('ende-apbd-1')).toMatchObject({ value: 9731, funder: 'apbd-provinsi' });
    expect(figure('ende-apbd-2')).toMatchObject({ value: 1521, funder: 'apbd-kabupaten' });
    expect(formatDate(event('ende-kartu').date, 'id')).toBe('3 September 2025');
  });

  it('Ende: 45% coverage against a 34% target, Rp29 miliar in claims', () => {
    expect(figure('ende-tingkat')).toMatchObject({ value: 45, unit: 'persen' });
    expect(figure('ende-target-tingkat')).toMatchObject({ value: 34, unit: 'persen' });
    expect(figure('ende-klaim')).toMatchObject({ value: 29_000_000_000, unit: 'rupiah' });
    expect(formatRupiah(figure('ende-klaim').value, 'id')).toBe('Rp29 miliar');
  });

  it('Nagekeo: 9.345 = 6.311 non-ASN + 3.034 pekerja rentan, Rp1,5 miliar, dated to the year only', () => {
    expect(figure('nagekeo-peserta')).toMatchObject({ value: 9345, regency: '53.16' });
    expect(figure('nagekeo-non-asn')).toMatchObject({ value: 6311, group: 'non-asn' });
    expect(figure('nagekeo-rentan')).toMatchObject({ value: 3034, group: 'pekerja-rentan' });
    expect(figure('nagekeo-anggaran').value).toBe(1_500_000_000);
    expect(formatRupiah(figure('nagekeo-anggaran').value, 'id')).toBe('Rp1,5 miliar');
    const pks = event('nagekeo-pks');
    expect(pks.date).toEqual({ iso: '2025', precision: 'year', year: 2025, month: null, day: null });
    expect(formatDate(pks.date, 'id')).toBe('2025');
    expect(figure('nagekeo-anggaran').period_start!.iso).toBe('2025-01');
    expect(figure('nagekeo-anggaran').period_end!.iso).toBe('2025-12');
  });

  it('Sumba Timur: 3.986 workers, launched 25 Agustus 2025', () => {
    expect(figure('sumbatimur-peserta')).toMatchObject({ value: 3986, regency: '53.11', funder: 'apbd-provinsi' });
    expect(event('sumbatimur-peluncuran').date.iso).toBe('2025-08-25');
    expect(formatDate(event('sumbatimur-peluncuran').date, 'en')).toBe('25 August 2025');
  });

  it('NTT: target 100.000; about 13% or 141 ribu of about 1 juta informal workers', () => {
    expect(figure('provinsi-target')).toMatchObject({ value: 100_000, scope: 'provinsi', regency: null });
    expect(figure('provinsi-target-100-ribu').value).toBe(100_000);
    expect(figure('ntt-tingkat')).toMatchObject({ value: 13, qualifier: 'sekitar', unit: 'persen' });
    expect(figure('ntt-tercakup')).toMatchObject({ value: 141_000, qualifier: 'sekitar' });
    expect(figure('ntt-pekerja-informal')).toMatchObject({ value: 1_000_000, qualifier: 'sekitar' });
    expect(formatDate(event('provinsi-peluncuran').date, 'id')).toBe('21 Juli 2025');
  });

  it('keeps every id unique and every regency figure on a real regency', () => {
    const kode = new Set(tables.regencies.map((r) => r.kode));
    for (const f of tables.figures) if (f.regency !== null) expect(kode.has(f.regency), f.id).toBe(true);
  });
});

describe('real data: every claim has a source', () => {
  const sourceIds = new Set(tables.sources.map((s) => s.id));
  it.each(['events', 'participants', 'figures', 'quotes'] as const)('%s', (name) => {
    const rows: { id: string; source: string }[] = tables[name];
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(sourceIds.has(r.source), `${name} ${r.id} → ${r.source}`).toBe(true);
  });

  it('every source names its text file and no URL is invented', () => {
    for (const s of tables.sources) {
      expect(s.file, s.id).toMatch(/^\d{3}_[0-9a-f]{16}\.txt$/);
      expect(s.url, s.id).toBeNull();
    }
  });
});

describe('real data: derived figures', () => {
  it('vulnerable workers with reported cover: 14.880 + sekitar 10.252 + 3.986 + 3.034 = sekitar 32.152, without Nagekeo’s non-ASN staff', () => {
    const total = derived('pekerja-rentan-terlindungi');
    expect(total.role).toBe('pekerja-rentan-terlindungi');
    expect(total.value).toBe(32152);
    expect(total.qualifier).toBe('sekitar');
    expect(total.terms.map((t) => t.figure).sort()).toEqual(['ende-peserta', 'nagekeo-rentan', 'sumbatimur-peserta', 'ttu-peserta']);
    expect(total.note_id).toContain('6.311 pegawai non-ASN');
    expect(total.basis.checks).toEqual(['ende-jumlah']);
    expect(derived('pegawai-non-asn-terlindungi').value).toBe(6311);
  });

  it('workers tied to the provincial budget: 12.717–13.717, resting on two inferences and Ende’s split', () => {
    const p = derived('peserta-terkait-apbd-provinsi');
    expect([p.low, p.value, p.high]).toEqual([12717, 13717, 13717]);
    expect(p.terms.map((t) => t.figure).sort()).toEqual(['ende-apbd-1', 'sumbatimur-peserta']);
    expect(p.basis.notes.sort()).toEqual(['ende-apbd-1-target', 'ende-jumlah-tidak-cocok', 'sumbatimur-pembayar']);
    expect(p.note_id).toContain('Ende dan Sumba Timur');
  });

  it('12,7–13,7% of the 100.000 target, from the provincial launch’s target figure', () => {
    const s = derived('bagian-target-provinsi');
    expect(s.low).toBeCloseTo(12.717, 10);
    expect(s.high).toBeCloseTo(13.717, 10);
    expect(s.terms[1]?.figure).toBe('provinsi-target');
    expect(formatDerived(s, 'id')).toBe('12,7–13,7%');
  });

  it('Nagekeo: Rp1,45–1,55 miliar ÷ 9.345 ÷ 12 = sekitar Rp12.900–13.800, divisor includes non-ASN staff', () => {
    const d = derived('biaya-per-pekerja-bulan-nagekeo-anggaran');
    expect(d.low).toBeCloseTo(1_450_000_000 / 9345 / 12, 6);
    expect(d.high).toBeCloseTo(1_550_000_000 / 9345 / 12, 6);
    expect(formatDerived(d, 'id')).toBe('sekitar Rp12.900–13.800');
    expect(formatDerived(d, 'en')).toBe('about Rp12,900–13,800');
    expect(d.note_id).toContain('6.311 pegawai non-ASN');
    expect(d.regency).toBe('53.16');
  });

  it('TTU: no cost per worker is divided back out of a budget the report computed from its own assumption', () => {
    expect(dataset.derived.filter((x) => x.regency === '53.03')).toEqual([]);
    expect(dataset.checkResults.find((c) => c.id === 'ttu-anggaran-bulan')?.agrees).toBe(true);
  });
});

describe('real data: consistency checks', () => {
  it('Ende: 9.731 + 1.521 = 11.252 ≠ sekitar 10.252, flagged', () => {
    expect(result('ende-jumlah')).toMatchObject({ computed: 11252, targetValue: 10252, agrees: false });
  });

  it('Nagekeo: 6.311 + 3.034 = 9.345, agrees', () => {
    expect(result('nagekeo-jumlah')).toMatchObject({ computed: 9345, agrees: true });
  });

  it('TTU: 14.880 × Rp16.800 ≈ Rp250 juta a month and × 12 ≈ Rp3 miliar a year, agree', () => {
    expect(result('ttu-anggaran-bulan')).toMatchObject({ computed: 249_984_000, targetValue: 250_000_000, agrees: true });
    expect(result('ttu-anggaran-tahun')).toMatchObject({ computed: 2_999_808_000, agrees: true });
  });

  it('NTT: 141.000 / 1.000.000 = 14,1% ≠ sekitar 13%, flagged', () => {
    const r = result('ntt-persentase');
    expect(r.computed).toBeCloseTo(14.1, 10);
    expect(r.agrees).toBe(false);
  });

  it('Ende 45% beats its 34% target; TTU 14.880 is "14 ribu lebih"; both target reports agree', () => {
    expect(result('ende-melampaui-target').agrees).toBe(true);
    expect(result('ttu-judul').agrees).toBe(true);
    expect(result('provinsi-target-sama').agrees).toBe(true);
  });

  it('exactly the two published inconsistencies are flagged', () => {
    expect(dataset.checkResults.filter((c) => !c.agrees).map((c) => c.id).sort()).toEqual(['ende-jumlah', 'ntt-persentase']);
  });
});

describe('real data: regency status', () => {
  it('four regencies have figures; regents at the provincial launch and the host city are marked', () => {
    const status = Object.fromEntries(dataset.status.map((s) => [s.kode, s]));
    expect(status['53.03']).toMatchObject({ status: 'figures', workers: 14880 });
    expect(status['53.08']).toMatchObject({ status: 'figures', workers: 10252 });
    expect(status['53.11']).toMatchObject({ status: 'figures', workers: 3986 });
    expect(status['53.16']).toMatchObject({ status: 'figures', workers: 9345 });
    expect(status['53.71']).toMatchObject({ status: 'provincial-launch', basis: ['provinsi-peluncuran'] });
    expect(status['53.05']).toMatchObject({ status: 'provincial-launch', basis: ['prov-bupati-alor'] });
    expect(status['53.01']).toMatchObject({ status: 'none', workers: null });
  });
});

/** Whitespace, curly quotes and markdown emphasis (`_x_`) do not count as a difference. */
function normaliseForQuote(text: string): string {
  return text
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/_/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

describe.skipIf(!existsSync(SOURCES_DIR))(`real data: quotes are verbatim in ${SOURCES_DIR}`, () => {
  const fileOf = new Map(tables.sources.map((s) => [s.id, s.file]));
  const text = new Map<string, string>();
  const sourceText = (id: string) => {
    if (!text.has(id)) text.set(id, normaliseForQuote(readFileSync(join(SOURCES_DIR, fileOf.get(id)!), 'utf8')));
    return text.get(id)!;
  };
  const cases = [
    ...tables.events.map((r) => ['events', r.id, r.source, r.quote] as const),
    ...tables.participants.map((r) => ['participants', r.id, r.source, r.quote] as const),
    ...tables.figures.map((r) => ['figures', r.id, r.source, r.quote] as const),
    ...tables.quotes.map((r) => ['quotes', r.id, r.source, r.text] as const),
  ];

  it('normalises only what it should', () => {
    expect(normaliseForQuote('“Kata  _Launching_\n”')).toBe('"Kata Launching "');
    expect(normaliseForQuote('a’b')).toBe("a'b");
    expect(normaliseForQuote('10.252')).not.toBe(normaliseForQuote('10.253'));
  });

  it('every source file exists', () => {
    for (const s of tables.sources) expect(existsSync(join(SOURCES_DIR, s.file!)), s.file!).toBe(true);
  });

  it.each(cases)('%s %s (%s)', (_table, _id, source, quote) => {
    expect(sourceText(source)).toContain(normaliseForQuote(quote));
  });

  it('would catch an edited quote', () => {
    expect(sourceText('ende-investigasi')).not.toContain(normaliseForQuote('sekitar 10.253 pekerja rentan'));
  });
});

it.runIf(!existsSync(SOURCES_DIR))(`the source reports are present in ${SOURCES_DIR} (required when CI=true)`, () => {
  // On a developer's machine without ../shared the quotes simply go unchecked (and say so); CI must check them.
  if (process.env['CI'] === 'true') throw new Error(`${SOURCES_DIR} is missing: CI cannot check the quotes against the source reports`);
  console.warn(`real-data.test.ts: ${SOURCES_DIR} not found — quotes were NOT checked against the source reports.`);
});
