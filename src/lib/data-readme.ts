import { MAX_CELL_CHARS } from './csv-read.ts';
import { formatNumber } from './format.ts';
import { TABLES, TABLE_NAMES, UNIT_RULES } from './schema.ts';

const MAX_CELL_CHARS_ID = formatNumber(MAX_CELL_CHARS, 'id');

const INTRO = `# Data — panduan editor / editors' guide

Sumber kebenaran situs ini. Setiap baris berasal dari salah satu lima berita (lihat \`sources.csv\`).
The site's source of truth. Every row comes from one of the five reports (see \`sources.csv\`).

Aturan umum / general rules:

- Berkas CSV UTF-8 (dengan atau tanpa BOM), pemisah \`,\` atau \`;\` — ditentukan dari baris judul
  kolom, atau dari baris \`sep=;\` yang ditulis Excel di atasnya; baris baru dalam tanda kutip boleh.
  UTF-16 ("Teks Unicode") dan Windows-1252 ditolak: simpan ulang sebagai "CSV UTF-8". / UTF-8 CSV,
  \`,\` or \`;\` separator (decided from the header line, or from Excel's \`sep=;\` line above it),
  quoted newlines allowed; UTF-16 and Windows-1252 are rejected: save again as "CSV UTF-8".
- Setiap tabel perlu paling sedikit 1 baris data di bawah judul kolom. / Every table needs at least
  one data row below its header.
- Satu isian paling banyak ${MAX_CELL_CHARS_ID} karakter. / A cell holds at most ${formatNumber(MAX_CELL_CHARS, 'en')} characters.
- **Angka**: titik = ribuan, koma = desimal: \`10.252\`, \`1.500.000.000\`, \`1,5\`. \`1.521\` dibaca
  seribu lima ratus dua puluh satu. \`1.5\` ditolak (ambigu). Rupiah ditulis penuh, bukan "1,5 miliar".
  / **Numbers**: "." groups thousands, "," is the decimal mark; \`1.5\` is rejected as ambiguous.
- **Tanggal** setepat berita: \`2025\`, \`2025-07\`, \`2025-07-07\`. Jangan isi 1 Januari bila hanya
  tahun diketahui. / **Dates** only as precise as the report.
- **Kode** wilayah tetap teks: \`53.10\`. / Region codes stay text.
- Kosong = tidak diketahui. Jangan mengarang URL, tanggal atau angka. / Empty means unknown; never invent.
- Angka turunan (total, persentase, biaya per pekerja) tidak diketik: dihitung otomatis. Hubungan
  bagian–total dinyatakan di \`checks.csv\`. / Derived figures are computed, never typed.
- Periksa dengan \`npm run data:check\`. / Validate with \`npm run data:check\`.

Berkas ini dibuat dari \`src/lib/schema.ts\` oleh \`npm run data:readme\`. / Generated from the schema.
`;

function cell(text: string): string {
  return text.replaceAll('|', '\\|');
}

/** What `figures.csv`'s `value` may be, per unit (from UNIT_RULES, the validator's own table). */
function unitRules(): string {
  const rows = Object.entries(UNIT_RULES).map(
    ([unit, rule]) => `| \`${unit}\` | ${rule.whole ? 'ya' : 'tidak'} | ${formatNumber(rule.max, 'id')} | ${cell(rule.doc)} |`,
  );
  return [
    '\n### Nilai per satuan / values per unit\n',
    'Setiap nilai ≥ 0 (negatif ditolak); angka dengan lebih dari 15 digit ditolak, tidak dibulatkan. Batas atas',
    'menangkap digit yang salah ketik; naikkan bila berita memang menyebut lebih. / Every value is ≥ 0;',
    'more than 15 digits is rejected, not rounded; the upper bound catches a mistyped digit.\n',
    '| satuan / unit | bilangan bulat / whole | paling banyak / at most | keterangan / notes |',
    '| --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

export function renderDataReadme(): string {
  const parts = [INTRO];
  for (const name of TABLE_NAMES) {
    const table = TABLES[name];
    parts.push(`\n## \`${table.file}\`\n\n| kolom / column | wajib / required | keterangan / meaning |\n| --- | --- | --- |`);
    for (const [column, spec] of Object.entries(table.columns)) {
      parts.push(`| \`${column}\` | ${spec.required ? 'ya' : 'tidak'} | ${cell(spec.doc)} |`);
    }
    parts.push(`\nBaris / rows: paling sedikit ${table.minRows} / at least ${table.minRows}.`);
    if (name === 'figures') parts.push(unitRules());
    if (name === 'regencies') {
      parts.push('Kode dan nama harus sama dengan berkas batas wilayah (diperiksa oleh `npm run data:check` bila salinannya ada). / Codes and names must match the boundary file.');
    }
  }
  return `${parts.join('\n')}\n`;
}
