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
    panelClose: 'Tutup',
    panelFull: 'Halaman lengkap kabupaten',
    panelOpened: 'Panel dibuka:',
    pickRegency: 'Pilih kabupaten/kota',
    whoWasThere: 'Yang hadir',
    whoPays: 'Yang membayar',
    eventPage: 'Cerita lengkap peristiwa ini',
    attendedProvincial: 'Daerah ini tidak punya peluncuran sendiri dalam sumber kami. Wakilnya disebut hadir di peluncuran provinsi:',
    nothingRegency: 'Belum ada angka atau peristiwa khusus daerah ini yang diterbitkan dalam sumber kami.',
    provincialPromise: 'Yang dijanjikan program provinsi untuk setiap kabupaten/kota:',
    andOthers: (n: number) => `dan ${n} lainnya`,
    sourceKind: 'Jenis sumber',
    dataNotes: 'Catatan data',
    mapHeading: 'Peta: siapa punya angka terbit',
    mapHint: 'Ketuk kabupaten atau pilih dari daftar untuk membuka cerita peluncurannya.',
    toTable: 'Semua kabupaten dalam tabel',
    details: 'Angka, perhitungan dan catatannya',
    workersWord: 'pekerja',
    sortBy: 'Urutkan menurut',
    shareWhatsApp: 'Bagikan lewat WhatsApp',
    notFoundTitle: 'Halaman tidak ditemukan',
    notFoundText: 'Alamat ini tidak ada di situs ini. Mungkin tautannya salah ketik atau halamannya sudah dipindah.',
    notFoundBack: 'Kembali ke peta',
    tableRegion: 'Tabel, dapat digeser ke samping',
    indexRegencies: 'Semua kabupaten/kota',
    indexEvents: 'Semua peristiwa',
    /** The first screen's sentence; `list` is already joined ("A 14.880, B sekitar 10.252 dan C 3.986"). */
    answer: (n: string, of: string, list: string, target: string | null) =>
      `Menurut berita, pekerja di ${n} dari ${of} kabupaten/kota NTT sudah terdaftar dalam jaminan kecelakaan kerja dan kematian BPJS Ketenagakerjaan: ${list}.` +
      (target ? ` Janji provinsi: ${target} pekerja rentan.` : ''),
    nonAsn: (n: string) => `termasuk ${n} pegawai non-ASN`,
    and: 'dan',
    timelineHeading: 'Linimasa peluncuran',
    workersVoice: 'Suara pekerja',
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
    panelClose: 'Close',
    panelFull: 'Full regency page',
    panelOpened: 'Panel opened:',
    pickRegency: 'Pick a regency',
    whoWasThere: 'Who was there',
    whoPays: 'Who pays',
    eventPage: 'The full story of this event',
    attendedProvincial: 'This regency has no launch of its own in our sources. Its representative is named at the provincial launch:',
    nothingRegency: 'Nothing specific to this regency, no figure and no event, has been published in our sources.',
    provincialPromise: 'What the provincial programme promises every regency:',
    andOthers: (n: number) => `and ${n} more`,
    sourceKind: 'Kind of source',
    dataNotes: 'Data notes',
    mapHeading: 'Map: who has published figures',
    mapHint: 'Tap a regency or pick it from the list to open the story of its launch.',
    toTable: 'All regencies in a table',
    details: 'The figures, their arithmetic and caveats',
    workersWord: 'workers',
    sortBy: 'Sort by',
    shareWhatsApp: 'Share on WhatsApp',
    notFoundTitle: 'Page not found',
    notFoundText: 'This address does not exist on this site. The link may be mistyped, or the page has moved.',
    notFoundBack: 'Back to the map',
    tableRegion: 'Table, scrolls sideways',
    indexRegencies: 'All regencies',
    indexEvents: 'All events',
    answer: (n: string, of: string, list: string, target: string | null) =>
      `According to the reports, workers in ${n} of NTT’s ${of} regencies are enrolled in BPJS Ketenagakerjaan accident and death cover: ${list}.` +
      (target ? ` The province’s pledge: ${target} vulnerable workers.` : ''),
    nonAsn: (n: string) => `including ${n} non-civil-servant staff`,
    and: 'and',
    timelineHeading: 'Timeline of launches',
    workersVoice: 'A worker’s voice',
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
