import { TABLES, TABLE_NAMES } from './schema.ts';

const INTRO = `# Data — panduan editor / editors' guide

Sumber kebenaran situs ini. Setiap baris berasal dari salah satu lima berita (lihat \`sources.csv\`).
The site's source of truth. Every row comes from one of the five reports (see \`sources.csv\`).

Aturan umum / general rules:

- Berkas CSV UTF-8 (dengan atau tanpa BOM), pemisah \`,\` atau \`;\` — ditentukan dari baris judul
  kolom; baris baru dalam tanda kutip boleh. / UTF-8 CSV, \`,\` or \`;\` separator (decided from the
  header line), quoted newlines allowed.
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

export function renderDataReadme(): string {
  const parts = [INTRO];
  for (const name of TABLE_NAMES) {
    const table = TABLES[name];
    parts.push(`\n## \`${table.file}\`\n\n| kolom / column | wajib / required | keterangan / meaning |\n| --- | --- | --- |`);
    for (const [column, spec] of Object.entries(table.columns)) {
      parts.push(`| \`${column}\` | ${spec.required ? 'ya' : 'tidak'} | ${cell(spec.doc)} |`);
    }
  }
  return `${parts.join('\n')}\n`;
}
