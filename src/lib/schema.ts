import { z } from 'zod';
import {
  date, id, kode, number, oneOf, optionalDate, optionalKode, optionalKodeList, optionalOneOf, optionalRef,
  optionalRefList, optionalText, optionalUrl, ref, refList, text, type Column,
} from './columns.ts';

/**
 * The data model: one place that says what every editor CSV holds. Scripts
 * use it to read and validate `data/*.csv`; pages use the same record schemas
 * to validate the generated JSON they load. The `doc` strings are the editors'
 * reference and appear in data/README.md.
 */

/** The report a row comes from (sources.csv). */
const sourceRef = () => ref('Kode sumber / Source id');

/** A row that quotes its report: the source, the exact sentence, and the editors' English translation of it. */
const cites = (sentence: string) => ({
  source: sourceRef(),
  quote: text(sentence),
  quote_en: optionalText('Terjemahan bahasa Inggris kalimat itu oleh redaksi (ditandai sebagai terjemahan) / English translation of the sentence, shown marked as a translation'),
});

/**
 * What kind of text a source is: a reporter's news story, or a government
 * press release run by an outlet (byline of a government office, e.g.
 * "ProtokolST", "Sp.biro.adpim.setdantt", "…/aln").
 */
export const SOURCE_KINDS = ['berita', 'rilis-pemerintah'] as const;
export const SOURCES = {
  id: id('Kode sumber, huruf kecil dan tanda hubung, mis. "ende-investigasi" / Source id'),
  kind: oneOf(SOURCE_KINDS, 'Jenis sumber: berita wartawan, atau rilis pemerintah (lihat byline) / Kind: a news report, or a government press release (see the byline)'),
  outlet: text('Nama media / Outlet name, e.g. "Investigasi.News"'),
  site: optionalText('Nama situs seperti tertulis di berita / Site name as printed in the report'),
  headline: optionalText('Judul berita; kosong bila berita tidak berjudul / Headline; empty when there is none'),
  lede: text('Kalimat pembuka (beberapa kata) / First words of the report'),
  published: optionalDate('Tanggal terbit (TTTT, TTTT-BB, TTTT-BB-HH); kosong bila tidak diketahui / Publication date; empty when unknown'),
  dateline: text('Tempat dateline / Dateline place'),
  byline: optionalText('Penulis seperti tertulis / Byline as printed'),
  language: oneOf(['id', 'en'] as const, 'Bahasa berita / Language'),
  url: optionalUrl('Alamat web (http/https); kosong bila tidak diketahui, jangan mengarang / URL; empty when unknown, never invented'),
  file: optionalText('Nama berkas teks sumber di arsip redaksi / Source text file in the newsroom archive'),
} satisfies Record<string, Column<unknown>>;

export const REGENCY_TYPES = ['kabupaten', 'kota'] as const;
export const REGENCIES = {
  kode: kode('Kode Kemendagri, teks: "53.10" bukan 53.1 / Kemendagri code, kept as text'),
  type: oneOf(REGENCY_TYPES, 'Jenis daerah / Kind of region'),
  name: text('Nama tanpa "Kabupaten"/"Kota" / Name without the type'),
  slug: id('Alamat halaman: /kabupaten/<slug>/ / Page slug'),
} satisfies Record<string, Column<unknown>>;

export const EVENT_KINDS = [
  'peluncuran', 'peluncuran-provinsi', 'penyerahan-kartu', 'penyerahan-santunan', 'pks', 'mou', 'peraturan',
] as const;
export const EVENTS = {
  id: id('Kode peristiwa / Event id'),
  date: date('Tanggal setepat berita: 2025 (tahun saja), 2025-07, 2025-07-07 / Date only as precise as the report'),
  date_note_id: optionalText('Cara tanggal ditetapkan, bila tidak tertulis lengkap / How the date was established'),
  date_note_en: optionalText('The same, in English'),
  kind: oneOf(EVENT_KINDS, 'Jenis peristiwa / Kind of event'),
  regency: optionalKode('Kabupaten/kota yang bersangkutan; kosong untuk tingkat provinsi / Regency concerned; empty for the province'),
  venue: optionalText('Tempat acara seperti tertulis / Venue as printed'),
  venue_regency: optionalKode('Kode daerah tempat acara / Code of the regency where it took place'),
  title_id: text('Judul singkat (Indonesia) / Short title in Indonesian'),
  title_en: text('Short title in English'),
  summary_id: text('Ringkasan 1–2 kalimat (Indonesia) / Summary in Indonesian'),
  summary_en: text('Summary in English'),
  ...cites('Kalimat persis dari berita yang menyebut peristiwa ini / Exact sentence from the report'),
} satisfies Record<string, Column<unknown>>;

export const PARTICIPANTS = {
  id: id('Kode / Id'),
  event: ref('Kode peristiwa / Event id'),
  name: optionalText('Nama seperti tertulis; kosong bila berita hanya menyebut jabatan / Name as printed; empty when only the role is given'),
  role_id: text('Jabatan seperti tertulis / Role as printed'),
  role_en: text('Role in English'),
  organisation: optionalText('Lembaga / Organisation'),
  regency: optionalKode('Kode daerah yang diwakili, bila ada / Regency represented, if any'),
  source: sourceRef(),
  quote: text('Kalimat persis yang menyebut kehadiran atau perannya / Exact sentence naming the person'),
} satisfies Record<string, Column<unknown>>;

export const MEASURES = [
  'peserta', 'target-peserta', 'anggaran', 'iuran', 'tingkat-kepesertaan', 'target-kepesertaan',
  'klaim-dibayar', 'pekerja-informal', 'pekerja-tercakup', 'penerima-santunan', 'masa-perlindungan',
] as const;
export const UNITS = ['pekerja', 'orang', 'rupiah', 'persen', 'bulan'] as const;
export type Unit = (typeof UNITS)[number];

/**
 * What a figure's `value` may be, by its unit. Every value is ≥ 0 (no measure
 * here can be negative). `max` is a plausibility bound, far above any real
 * figure of the story, that catches a typed extra digit; raise it if a report
 * really says more. Rendered into data/README.md.
 */
export const UNIT_RULES: Record<Unit, { whole: boolean; max: number; doc: string }> = {
  pekerja: { whole: true, max: 10_000_000, doc: 'bilangan bulat / whole number' },
  orang: { whole: true, max: 10_000_000, doc: 'bilangan bulat / whole number' },
  rupiah: { whole: true, max: 100_000_000_000_000, doc: 'rupiah utuh, ditulis penuh: 16.800, 1.500.000.000 (bukan 16,800 atau 1,5 miliar) / whole rupiah, written in full' },
  persen: { whole: false, max: 100, doc: 'boleh desimal: 13,5 / decimals allowed' },
  bulan: { whole: true, max: 120, doc: 'bilangan bulat / whole number of months' },
};
export const QUALIFIERS = ['tepat', 'sekitar', 'lebih-dari'] as const;
export const PER = ['bulan', 'tahun', 'pekerja-bulan'] as const;
export const SCOPES = ['kabupaten', 'provinsi', 'tidak-jelas'] as const;
export const FUNDERS = ['apbd-provinsi', 'apbd-kabupaten', 'dana-desa'] as const;
export const GROUPS = ['pekerja-rentan', 'non-asn'] as const;

export const FIGURES = {
  id: id('Kode angka / Figure id'),
  measure: oneOf(MEASURES, 'Apa yang diukur / What it measures'),
  value: number('Nilai ≥ 0, format Indonesia: 10.252 · 1.500.000.000 · 1,5 (titik = ribuan, koma = desimal); batas per satuan di bawah / Value ≥ 0; limits per unit below'),
  unit: oneOf(UNITS, 'Satuan / Unit'),
  qualifier: oneOf(QUALIFIERS, 'Apakah berita menyebutnya pasti, "sekitar", atau "lebih" / Exact, approximate or "more than"'),
  per: optionalOneOf(PER, 'Per satuan waktu, bila nilai berupa laju / Rate denominator'),
  period_start: optionalDate('Awal periode yang dicakup / Start of the period covered'),
  period_end: optionalDate('Akhir periode yang dicakup / End of the period covered'),
  scope: oneOf(SCOPES, 'Tingkat wilayah angka ini / Geographic scope'),
  regency: optionalKode('Kode kabupaten/kota (wajib bila scope = kabupaten) / Regency code'),
  event: optionalRef('Kode peristiwa terkait / Related event'),
  funder: optionalOneOf(FUNDERS, 'Siapa yang membayar iuran / Who pays'),
  group: optionalOneOf(GROUPS, 'Kelompok pekerja, bila berita memisahkan / Worker group'),
  label_id: text('Label singkat (Indonesia) / Short label in Indonesian'),
  label_en: text('Short label in English'),
  ...cites('Kalimat persis dari berita yang memuat angka ini / Exact sentence with the number'),
  note_id: optionalText('Catatan (Indonesia) / Note in Indonesian'),
  note_en: optionalText('Note in English'),
} satisfies Record<string, Column<unknown>>;

export const QUOTES = {
  id: id('Kode kutipan / Quote id'),
  speaker: optionalText('Nama pembicara seperti tertulis / Speaker as printed'),
  role_id: text('Jabatan pembicara / Role'),
  role_en: text('Role in English'),
  text: text('Kutipan persis dalam bahasa Indonesia / Exact quote'),
  translation_en: text('Terjemahan bahasa Inggris oleh Payung / English translation by Payung'),
  source: sourceRef(),
  event: optionalRef('Kode peristiwa / Event id'),
  regency: optionalKode('Kode daerah / Regency code'),
} satisfies Record<string, Column<unknown>>;

export const CHECK_KINDS = ['jumlah', 'kali', 'persentase', 'lebih-besar'] as const;
export const CHECKS = {
  id: id('Kode pemeriksaan / Check id'),
  kind: oneOf(CHECK_KINDS, 'jumlah: target = a + b …; kali: target = a × b …; persentase: target = a ÷ b × 100; lebih-besar: target > a'),
  target: ref('Angka yang diperiksa / Figure checked'),
  inputs: refList('Angka masukan atau bilangan tetap, mis. "ttu-peserta|ttu-iuran|12" / Input figures or constants'),
  label_id: text('Apa yang diperiksa (Indonesia) / What is checked'),
  label_en: text('What is checked, in English'),
} satisfies Record<string, Column<unknown>>;

export const NOTE_KINDS = ['kontradiksi', 'catatan', 'inferensi'] as const;
/**
 * Which fact of its subject a note is about, so a page can mark that fact
 * where it shows it ("inferred" next to a payer, a date, a status).
 */
export const NOTE_ABOUT = ['pembayar', 'target', 'tanggal', 'tanggal-terbit', 'dateline', 'status', 'jumlah', 'cakupan'] as const;
export const NOTES = {
  id: id('Kode catatan / Note id'),
  kind: oneOf(NOTE_KINDS, 'kontradiksi: berita saling bertentangan atau tidak cocok; catatan: peringatan atau konteks; inferensi: kesimpulan redaksi, bukan kalimat berita — teks menyebut alasannya / contradiction; note or context; inference: an editorial conclusion, not a sentence of the report — the text gives the reason'),
  about: optionalOneOf(NOTE_ABOUT, 'Fakta yang dibahas: pembayar, target (dihitung dalam target provinsi), tanggal (peristiwa), tanggal-terbit / dateline (sumber), status (daerah), jumlah, cakupan (apa yang ditanggung) / Which fact the note concerns'),
  regency: optionalKode('Kode daerah terkait / Regency concerned'),
  event: optionalRefList('Kode peristiwa terkait, boleh lebih dari satu / Events concerned'),
  figure: optionalRef('Kode angka terkait / Figure concerned'),
  quote: optionalRef('Kode kutipan terkait (mis. kutipan yang melebihkan cakupan JKK+JKM) / Quote concerned'),
  participants: optionalRefList('Orang yang dibahas (participants.csv); catatan tampil di setiap peristiwa dan daerah tempat mereka disebut / People concerned: the note shows wherever they appear'),
  text_id: text('Isi catatan (Indonesia) / Note in Indonesian'),
  text_en: text('Note in English (same certainty as the Indonesian: "mungkin" = "maybe")'),
  sources: refList('Kode sumber yang dibandingkan; untuk tanggal-terbit/dateline: sumber yang dibahas / Sources concerned'),
} satisfies Record<string, Column<unknown>>;

/**
 * The site's own publication record: one row per time the data or the site
 * changed in a way a reader should know. Rows are history, never news: each
 * describes something that was actually published here.
 */
export const UPDATE_KINDS = ['publikasi', 'data-baru', 'perubahan', 'koreksi'] as const;
export const UPDATES = {
  id: id('Kode pembaruan / Update id'),
  date: date('Tanggal terbit pembaruan di situs, lengkap TTTT-BB-HH / Date the update was published here, YYYY-MM-DD'),
  kind: oneOf(UPDATE_KINDS, 'publikasi: terbit pertama; data-baru: berita baru; perubahan: data diubah; koreksi: kesalahan diperbaiki'),
  title_id: text('Judul singkat (Indonesia) / Short title in Indonesian'),
  title_en: text('Short title in English'),
  summary_id: text('Apa yang berubah, 1–2 kalimat (Indonesia) / What changed, in Indonesian'),
  summary_en: text('What changed, in English'),
  regencies: optionalKodeList('Kode daerah yang bersangkutan; kosong = seluruh data / Regencies concerned; empty = the whole dataset'),
  figures: optionalRefList('Kode angka yang ditambah atau diubah / Figures added or changed'),
  sources: optionalRefList('Kode sumber yang bersangkutan / Sources concerned'),
} satisfies Record<string, Column<unknown>>;

/** Tables a correction may point into (the record must exist there). */
export const CORRECTABLE = ['sources', 'regencies', 'events', 'participants', 'figures', 'quotes', 'checks', 'notes'] as const;
export const CORRECTIONS = {
  id: id('Kode koreksi / Correction id'),
  date: date('Tanggal koreksi terbit, TTTT-BB-HH / Date the correction was published'),
  table: oneOf(CORRECTABLE, 'Tabel yang dikoreksi / Table corrected'),
  record: text('Kode baris yang dikoreksi di tabel itu (untuk regencies: kode wilayah) / Id of the corrected row'),
  column: optionalText('Kolom yang dikoreksi, bila satu / Column corrected, if one'),
  was: text('Apa yang sebelumnya tertulis (salah) / What was published before (wrong)'),
  now: text('Apa yang sekarang tertulis / What it says now'),
  reason_id: text('Mengapa dikoreksi (Indonesia) / Why, in Indonesian'),
  reason_en: text('Why, in English'),
  update: optionalRef('Kode pembaruan yang menerbitkan koreksi ini / Update that published it'),
} satisfies Record<string, Column<unknown>>;

type Columns = Record<string, Column<unknown>>;
type RecordOf<C extends Columns> = { [K in keyof C]: C[K] extends Column<infer T> ? T : never };

function recordSchema<C extends Columns>(columns: C): z.ZodType<RecordOf<C>> {
  const shape: Record<string, z.ZodType> = {};
  for (const [name, column] of Object.entries(columns)) shape[name] = column.schema;
  return z.object(shape).strict() as unknown as z.ZodType<RecordOf<C>>;
}

/**
 * Every table: its file in data/, its key, its columns, and how many data rows
 * it needs. Every table needs rows: a file emptied by accident (only its
 * header left) would otherwise publish a site without quotes or participants.
 */
export const TABLES = {
  sources: { file: 'sources.csv', key: 'id', columns: SOURCES, minRows: 1 },
  regencies: { file: 'regencies.csv', key: 'kode', columns: REGENCIES, minRows: 1 },
  events: { file: 'events.csv', key: 'id', columns: EVENTS, minRows: 1 },
  participants: { file: 'participants.csv', key: 'id', columns: PARTICIPANTS, minRows: 1 },
  figures: { file: 'figures.csv', key: 'id', columns: FIGURES, minRows: 1 },
  quotes: { file: 'quotes.csv', key: 'id', columns: QUOTES, minRows: 1 },
  checks: { file: 'checks.csv', key: 'id', columns: CHECKS, minRows: 1 },
  notes: { file: 'notes.csv', key: 'id', columns: NOTES, minRows: 1 },
  // The site's own publication record starts with its first publication.
  updates: { file: 'updates.csv', key: 'id', columns: UPDATES, minRows: 1 },
  // Optional: a missing or header-only file means no corrections yet.
  corrections: { file: 'corrections.csv', key: 'id', columns: CORRECTIONS, minRows: 0, optional: true },
} as const;
/** Whether a table's file may be missing (read as empty). */
export const isOptionalTable = (name: TableName): boolean => 'optional' in TABLES[name];
export type TableName = keyof typeof TABLES;
export const TABLE_NAMES = Object.keys(TABLES) as TableName[];

export const SourceSchema = recordSchema(SOURCES);
export const RegencySchema = recordSchema(REGENCIES);
export const EventSchema = recordSchema(EVENTS);
export const ParticipantSchema = recordSchema(PARTICIPANTS);
export const FigureSchema = recordSchema(FIGURES);
export const QuoteSchema = recordSchema(QUOTES);
export const CheckSchema = recordSchema(CHECKS);
export const NoteSchema = recordSchema(NOTES);
export const UpdateSchema = recordSchema(UPDATES);
export const CorrectionSchema = recordSchema(CORRECTIONS);

export type Source = z.infer<typeof SourceSchema>;
export type Regency = z.infer<typeof RegencySchema>;
export type Event = z.infer<typeof EventSchema>;
export type Participant = z.infer<typeof ParticipantSchema>;
export type Figure = z.infer<typeof FigureSchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type Check = z.infer<typeof CheckSchema>;
export type Note = z.infer<typeof NoteSchema>;
export type Update = z.infer<typeof UpdateSchema>;
export type Correction = z.infer<typeof CorrectionSchema>;

export interface Tables {
  sources: Source[];
  regencies: Regency[];
  events: Event[];
  participants: Participant[];
  figures: Figure[];
  quotes: Quote[];
  checks: Check[];
  notes: Note[];
  updates: Update[];
  corrections: Correction[];
}

/** Cross-table references: [table, column, target table]. A `kode` points at regencies. */
export const REFERENCES: readonly [TableName, string, TableName][] = [
  ['events', 'source', 'sources'],
  ['events', 'regency', 'regencies'],
  ['events', 'venue_regency', 'regencies'],
  ['participants', 'event', 'events'],
  ['participants', 'source', 'sources'],
  ['participants', 'regency', 'regencies'],
  ['figures', 'source', 'sources'],
  ['figures', 'regency', 'regencies'],
  ['figures', 'event', 'events'],
  ['quotes', 'source', 'sources'],
  ['quotes', 'event', 'events'],
  ['quotes', 'regency', 'regencies'],
  ['checks', 'target', 'figures'],
  ['notes', 'regency', 'regencies'],
  ['notes', 'event', 'events'],
  ['notes', 'figure', 'figures'],
  ['notes', 'quote', 'quotes'],
  ['notes', 'participants', 'participants'],
  ['notes', 'sources', 'sources'],
  ['updates', 'regencies', 'regencies'],
  ['updates', 'figures', 'figures'],
  ['updates', 'sources', 'sources'],
  ['corrections', 'update', 'updates'],
];
