import type { Lang } from './format.ts';
import { SITE_NAME } from './site.ts';

/** Interface text in both editions. Data text comes from the CSVs' _id/_en columns. */
export const UI = {
  id: {
    siteName: SITE_NAME,
    tagline: 'Jaring pengaman bagi pekerja rentan di Nusa Tenggara Timur',
    description:
      'Peta dan data perlindungan BPJS Ketenagakerjaan (JKK dan JKM) bagi pekerja rentan di 22 kabupaten/kota NTT, dengan sumber setiap angka.',
    home: 'Peta',
    method: 'Metodologi & data',
    regencies: 'Kabupaten/kota',
    figures: 'Angka yang diterbitkan',
    events: 'Peristiwa',
    quotes: 'Kutipan',
    notes: 'Catatan data',
    sources: 'Sumber',
    source: 'Sumber',
    derived: `Angka turunan (dihitung ${SITE_NAME})`,
    checks: 'Pemeriksaan konsistensi',
    nothingPublished: 'Belum ada angka yang diterbitkan untuk daerah ini dalam sumber kami.',
    approx: 'sekitar',
    moreThan: 'lebih dari',
    agrees: 'Cocok',
    disagrees: 'Tidak cocok',
    unknown: 'tidak diketahui',
    noUrl: 'alamat web tidak diketahui',
    backToMap: '← Kembali ke peta',
    languageSwitch: 'English',
    otherLang: 'en' as Lang,
    quoteFromReport: 'Dari berita',
    attended: 'Hadir / disebut',
    venue: 'Tempat',
    date: 'Tanggal',
    published: 'terbit',
    byline: 'penulis',
    status: 'Status',
    regency: 'Kabupaten/kota',
    workers: 'Pekerja terdaftar',
    translation: 'Terjemahan',
    skip: 'Langsung ke isi',
    previous: 'Sebelumnya',
    next: 'Berikutnya',
  },
  en: {
    siteName: SITE_NAME,
    tagline: 'A safety net for vulnerable workers in East Nusa Tenggara',
    description:
      'Map and data on BPJS Ketenagakerjaan accident and death cover (JKK, JKM) for vulnerable workers in the 22 regencies of NTT, Indonesia, with a source for every number.',
    home: 'Map',
    method: 'Methodology & data',
    regencies: 'Regencies',
    figures: 'Published figures',
    events: 'Events',
    quotes: 'Quotes',
    notes: 'Data notes',
    sources: 'Sources',
    source: 'Source',
    derived: `Derived figures (computed by ${SITE_NAME})`,
    checks: 'Consistency checks',
    nothingPublished: 'Nothing has been published for this regency in our sources yet.',
    approx: 'about',
    moreThan: 'more than',
    agrees: 'Agrees',
    disagrees: 'Does not add up',
    unknown: 'unknown',
    noUrl: 'URL unknown',
    backToMap: '← Back to the map',
    languageSwitch: 'Bahasa Indonesia',
    otherLang: 'id' as Lang,
    quoteFromReport: 'From the report',
    attended: 'Present / named',
    venue: 'Venue',
    date: 'Date',
    published: 'published',
    byline: 'byline',
    status: 'Status',
    regency: 'Regency',
    workers: 'Workers enrolled',
    translation: 'Translation',
    skip: 'Skip to content',
    previous: 'Previous',
    next: 'Next',
  },
} as const;

export type UiText = (typeof UI)['id'];

export const STATUS_LABEL: Record<Lang, Record<'figures' | 'provincial-launch' | 'none', string>> = {
  id: {
    figures: 'Ada angka terbit',
    'provincial-launch': 'Hadir di peluncuran provinsi',
    none: 'Tidak ada di sumber kami',
  },
  en: {
    figures: 'Published figures',
    'provincial-launch': 'At the provincial launch',
    none: 'Nothing in our sources',
  },
};

/** Localised field of a bilingual record: pick(x, 'title', lang) → x.title_id or x.title_en. */
export function pick<K extends string>(record: Record<`${K}_id` | `${K}_en`, string>, key: K, lang: Lang): string {
  return record[`${key}_${lang}`];
}

type Funder = 'apbd-provinsi' | 'apbd-kabupaten' | 'dana-desa';

/** Who pays the contributions, as a panel states it. */
export const PAYER_LABEL: Record<Lang, Record<Funder, string>> = {
  id: { 'apbd-provinsi': 'APBD Provinsi (APBD I)', 'apbd-kabupaten': 'APBD kabupaten (APBD II)', 'dana-desa': 'Dana Desa' },
  en: { 'apbd-provinsi': 'provincial budget (APBD I)', 'apbd-kabupaten': 'regency budget (APBD II)', 'dana-desa': 'village funds' },
};

/** The same, shorter, for the compact story steps on `/`. */
export const PAYER_SHORT: Record<Lang, Record<Funder, string>> = {
  id: { 'apbd-provinsi': 'APBD Provinsi', 'apbd-kabupaten': 'APBD kabupaten', 'dana-desa': 'Dana Desa' },
  en: { 'apbd-provinsi': 'provincial budget', 'apbd-kabupaten': 'regency budget', 'dana-desa': 'village funds' },
};

/** Words of the tracker: updates, feeds, corrections, staleness, per-regency downloads, print. */
export const TRACKER_TEXT = {
  id: {
    updates: 'Pembaruan',
    updatesTitle: 'Pembaruan data',
    updatesLede: 'Setiap perubahan data situs ini, terbaru di atas: apa yang berubah, kapan, dan di kabupaten mana.',
    updated: 'Diperbarui',
    feed: 'Umpan Atom',
    feedTitle: 'Pembaruan data',
    feedHint: 'Ikuti lewat pembaca umpan (RSS/Atom):',
    corrections: 'Koreksi',
    correctionsLog: 'Catatan koreksi',
    noCorrections: 'Belum ada koreksi.',
    correctionWas: 'Sebelumnya',
    correctionNow: 'Sekarang',
    correctionWhy: 'Alasan',
    concerns: 'Menyangkut',
    wholeDataset: 'seluruh data',
    figuresChanged: 'Angka',
    latestReport: 'Berita terbaru',
    watchingSince: 'dipantau sejak',
    noReports: 'Belum ada berita tentang daerah ini dalam sumber kami',
    publishedBasis: 'terbit',
    eventBasis: 'tanggal terbit tidak diketahui; peristiwa terbarunya',
    monthsBefore: (n: number, asOf: string) =>
      n === 0 ? `kurang dari sebulan sebelum pembaruan terakhir (${asOf})` : `${n} bulan sebelum pembaruan terakhir (${asOf})`,
    downloads: 'Data daerah ini',
    downloadJson: 'JSON',
    downloadCsv: 'CSV',
    schema: 'skema JSON',
    printed: 'Dicetak',
    citeAs: 'Kutip sebagai',
  },
  en: {
    updates: 'Updates',
    updatesTitle: 'Data updates',
    updatesLede: 'Every change to this site’s data, newest first: what changed, when, and in which regencies.',
    updated: 'Updated',
    feed: 'Atom feed',
    feedTitle: 'Data updates',
    feedHint: 'Follow in a feed reader (RSS/Atom):',
    corrections: 'Corrections',
    correctionsLog: 'Corrections log',
    noCorrections: 'No corrections yet.',
    correctionWas: 'Before',
    correctionNow: 'Now',
    correctionWhy: 'Why',
    concerns: 'Concerns',
    wholeDataset: 'the whole dataset',
    figuresChanged: 'Figures',
    latestReport: 'Latest report',
    watchingSince: 'watched since',
    noReports: 'No report about this regency in our sources yet',
    publishedBasis: 'published',
    eventBasis: 'publication date unknown; its latest event',
    monthsBefore: (n: number, asOf: string) =>
      n === 0 ? `less than a month before the latest update (${asOf})` : `${n} month${n === 1 ? '' : 's'} before the latest update (${asOf})`,
    downloads: 'This regency’s data',
    downloadJson: 'JSON',
    downloadCsv: 'CSV',
    schema: 'JSON Schema',
    printed: 'Printed',
    citeAs: 'Cite as',
  },
} as const;
