import { describe, expect, it } from 'vitest';
import { formatDataError } from '@/lib/data-error.ts';
import { DiffDatasetSchema, diffDatasets, renderDiff } from '@/lib/data-diff.ts';
import { buildDataset } from '@/lib/dataset.ts';
import { readTables } from '@/lib/read-tables.ts';
import type { TableName } from '@/lib/schema.ts';
import { appendRows, figureRow, withTables } from './fixtures.ts';

function dataset(replace: Partial<Record<TableName, string | null>> = {}) {
  const { tables, errors } = readTables(withTables(replace));
  expect(errors.map(formatDataError)).toEqual([]);
  return DiffDatasetSchema.parse(JSON.parse(JSON.stringify(buildDataset(tables!, []))));
}

const base = dataset();

describe('diffDatasets + renderDiff', () => {
  it('no edit: says so in both languages and lists nothing', () => {
    const diff = diffDatasets(base, dataset());
    expect(renderDiff(diff, 'id')).toEqual(['  Tidak ada perubahan data dibanding pembanding.']);
    expect(renderDiff(diff, 'en')).toEqual(['  No data changes against the baseline.']);
    expect(diff.pages).toEqual([]);
    expect(diff.downloads).toEqual([]);
  });

  it('a changed value: old → new in each language’s notation, the check whose verdict flips, and what it touches', () => {
    // ttu-prov + ttu-kab = 11.252 ≠ 10.252 in the fixture; 8.731 makes the parts add up.
    const figures = appendRows('figures').replace('ttu-prov,peserta,9.731', 'ttu-prov,peserta,8.731');
    const diff = diffDatasets(base, dataset({ figures }));
    expect(renderDiff(diff, 'id')).toMatchInlineSnapshot(`
      [
        "  • Angka berubah: ttu-prov — APBD I: 9.731 pekerja → 8.731 pekerja",
        "  • Angka turunan berubah: peserta-terkait-apbd-provinsi — Pekerja rentan yang menurut berita dibayar APBD Provinsi: 9.731 pekerja → 8.731 pekerja",
        "  • Angka turunan berubah: bagian-target-provinsi — Bagian dari target 100.000 pekerja provinsi yang menurut berita dibayar APBD Provinsi: 9,7% → 8,7%",
        "  • Pemeriksaan berubah hasil: ttu-jumlah — Jumlah: tidak cocok → cocok",
        "  Halaman yang berubah (juga versi /en/): /, /kabupaten/timor-tengah-utara/, /peristiwa/ev-ttu/, /grafik/, /metodologi/",
        "  Unduhan yang berubah: /data/dataset.json, /data/figures.csv, /data/kabupaten/timor-tengah-utara.json, /data/kabupaten/timor-tengah-utara.csv, /unduh/ (PNG, SVG, CSV)",
      ]
    `);
    expect(renderDiff(diff, 'en')[0]).toBe('  • Figure changed: ttu-prov — Provincial budget: 9,731 workers → 8,731 workers');
  });

  it('added and removed figures, a changed qualifier and a changed quote, notes and updates', () => {
    const figures = `${appendRows('figures', figureRow({ id: 'mgr-baru', value: '250', regency: '53.10' }))}`
      .replace('ttu-peserta,peserta,10.252,pekerja,sekitar', 'ttu-peserta,peserta,10.252,pekerja,tepat')
      .replace(/\nprov-tingkat[^\n]*/, '')
      .replace('sekitar 10.252 pekerja.', 'Sekitar 10.252 pekerja terdaftar.');
    const notes = appendRows('notes', 'n-b,catatan,53.10,,,Catatan baru.,New note.,src-b');
    const updates = appendRows('updates', 'upd-b,2026-02-01,data-baru,Data Manggarai,Manggarai data,Angka baru.,New figure.,53.10,mgr-baru,src-a');
    const diff = diffDatasets(base, dataset({ figures, notes, updates }));
    const id = renderDiff(diff, 'id');
    expect(id).toContain('  • Angka baru: mgr-baru — Label: 250 pekerja (53.10)');
    expect(id).toContain('  • Angka berubah: ttu-peserta — Peserta: sekitar 10.252 pekerja → 10.252 pekerja; quote: sekitar 10.252 pekerja. → Sekitar 10.252 pekerja terdaftar.');
    expect(id).toContain('  • Angka dihapus: prov-tingkat — Tingkat: sekitar 13,5%');
    expect(id).toContain('  • Catatan baru: n-b — Catatan baru.');
    expect(id).toContain('  • Pembaruan baru: upd-b — Data Manggarai (2026-02-01)');
    expect(renderDiff(diff, 'en')).toContain('  • Figure removed: prov-tingkat — Rate: about 13.5%');
    expect(diff.pages).toContain('/kabupaten/manggarai/');
    expect(diff.pages).toContain('/pembaruan/');
    expect(diff.downloads).toEqual(expect.arrayContaining([
      '/data/kabupaten/manggarai.json', '/data/kabupaten/manggarai.csv', '/data/notes.csv', '/data/updates.csv', '/pembaruan/atom.xml',
    ]));
  });

  it('reads a baseline from an older build that had no updates or corrections', () => {
    const { updates: _u, corrections: _c, tracker: _t, ...older } = JSON.parse(JSON.stringify(buildDataset(readTables(withTables({})).tables!, [])));
    const parsed = DiffDatasetSchema.parse(older);
    expect(parsed.updates).toEqual([]);
    const diff = diffDatasets(parsed, base);
    expect(renderDiff(diff, 'en')).toContain('  • Update added: upd-a — Published (2026-01-10)');
  });
});
