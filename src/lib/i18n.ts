import type { Lang } from './format.ts';
import { SITE_NAME } from './site.ts';

/** Interface text in both editions. Data text comes from the CSVs' _id/_en columns. */
export const UI = {
  id: {
    siteName: SITE_NAME,
    tagline: 'Jaring pengaman bagi pekerja rentan di Nusa Tenggara Timur',
    description:
      'Peta dan data perlindungan BPJS Ketenagakerjaan (JKK dan JKM) bagi pekerja rentan di kabupaten/kota NTT, dengan sumber setiap angka.',
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
      'Map and data on BPJS Ketenagakerjaan accident and death cover (JKK, JKM) for vulnerable workers in the regencies of NTT, Indonesia, with a source for every number.',
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
    'provincial-launch': 'Disebut dalam berita peluncuran provinsi',
    none: 'Tidak ada di sumber kami',
  },
  en: {
    figures: 'Published figures',
    'provincial-launch': 'Named in the provincial launch report',
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

/** What a source is (sources.csv `kind`), shown with every citation. */
export const SOURCE_KIND_LABEL: Record<Lang, Record<'berita' | 'rilis-pemerintah', string>> = {
  id: { berita: 'berita', 'rilis-pemerintah': 'rilis pemerintah' },
  en: { berita: 'news report', 'rilis-pemerintah': 'government press release' },
};

export const NOTE_KIND_LABEL: Record<Lang, Record<'kontradiksi' | 'catatan' | 'inferensi', string>> = {
  id: { kontradiksi: 'Tidak cocok', catatan: 'Catatan', inferensi: 'Kesimpulan redaksi' },
  en: { kontradiksi: 'Does not match', catatan: 'Note', inferensi: 'Editorial inference' },
};

/** Short names of the fact a note concerns, for lists of conditions. */
export const NOTE_ABOUT_LABEL: Record<Lang, Record<'pembayar' | 'target' | 'tanggal' | 'tanggal-terbit' | 'dateline' | 'status' | 'jumlah' | 'cakupan', string>> = {
  id: {
    pembayar: 'siapa yang membayar', target: 'dihitung dalam target provinsi', tanggal: 'tanggal', 'tanggal-terbit': 'tanggal terbit',
    dateline: 'dateline', status: 'status', jumlah: 'rincian tidak cocok dengan total', cakupan: 'apa yang ditanggung',
  },
  en: {
    pembayar: 'who pays', target: 'counted towards the provincial target', tanggal: 'date', 'tanggal-terbit': 'publication date',
    dateline: 'dateline', status: 'status', jumlah: 'split does not match the total', cakupan: 'what is covered',
  },
};

/** Marks a fact that is an editorial inference, not a sentence of a report. */
export const INFERRED: Record<Lang, string> = { id: 'disimpulkan', en: 'inferred' };

/** The headline figures on `/` (content: src/lib/headline.ts; placement: the home page). */
export const HEADLINE_TEXT = {
  id: {
    heading: 'Angka utama',
    title: (target: string) => `Siapa yang sudah dilindungi? Janji ${target} pekerja rentan NTT, kabupaten demi kabupaten`,
    lede: (target: string) => `Provinsi NTT berjanji menanggung iuran Jaminan Kecelakaan Kerja (JKK) dan Jaminan Kematian (JKM) BPJS Ketenagakerjaan bagi ${target} “pekerja rentan, miskin, dan miskin ekstrem”. Beberapa kabupaten meluncurkan program sendiri, sebagian dibayar APBD kabupaten. Inilah yang tercatat dalam berita — dan yang belum.`,
    vulnerable: (regencies: string) => `pekerja rentan dengan perlindungan JKK dan JKM yang diberitakan, di ${regencies} kabupaten (jumlah angka tiap berita)`,
    staff: (where: string) => `pegawai non-ASN ${where} yang juga dijamin — tenaga kontrak pemerintah, bukan pekerja rentan, dihitung terpisah`,
    provincial: (target: string) => `pekerja rentan yang menurut berita dibayar APBD Provinsi — satu-satunya angka yang bisa dibandingkan dengan target ${target} pekerja provinsi`,
    share: (share: string, target: string) => `${share} dari target ${target}`,
    restsOn: 'Bergantung pada',
    before: 'pekerja informal NTT yang tercakup sebelum program, menurut Gubernur',
    beforeCheck: (arith: string) => `Angka Gubernur sendiri tidak cocok: ${arith}.`,
    seeNote: 'lihat catatan data',
  },
  en: {
    heading: 'Key figures',
    title: (target: string) => `Who is covered yet? NTT’s pledge to ${target} vulnerable workers, regency by regency`,
    lede: (target: string) => `The province of NTT pledged to pay BPJS Ketenagakerjaan work-accident (JKK) and death (JKM) cover for ${target} “vulnerable, poor and extremely poor workers”. Some regencies ran launches of their own, some paid from regency budgets. This is what the news reports record — and what they do not.`,
    vulnerable: (regencies: string) => `vulnerable workers with reported JKK and JKM cover, in ${regencies} regencies (sum of each report’s own count)`,
    staff: (where: string) => `non-civil-servant staff in ${where} also covered — government contract staff, not vulnerable workers, counted apart`,
    provincial: (target: string) => `vulnerable workers the reports tie to the provincial budget — the only number comparable with the province’s target of ${target} workers`,
    share: (share: string, target: string) => `${share} of the ${target} target`,
    restsOn: 'Rests on',
    before: 'of NTT’s informal workers were covered before the programme, according to the governor',
    beforeCheck: (arith: string) => `The governor’s own numbers do not match: ${arith}.`,
    seeNote: 'see the data notes',
  },
} as const;

/** The footer's account of the sources, counted from the data. */
export const FOOTER_TEXT = {
  id: (site: string, n: string, news: string, releases: string, dated: string, inferred: string | null) =>
    `${site} menyusun angka dari ${n} sumber: ${news} berita dan ${releases} rilis pemerintah. Tanggal terbit diketahui untuk ${dated} di antaranya${inferred ? ` (${inferred} disimpulkan)` : ''}. Setiap angka menyebut sumber dan kalimat asalnya.`,
  en: (site: string, n: string, news: string, releases: string, dated: string, inferred: string | null) =>
    `${site} compiles its figures from ${n} sources: ${news} news reports and ${releases} government press releases. A publication date is known for ${dated} of them${inferred ? ` (${inferred} inferred)` : ''}. Every figure names its source and the sentence it comes from.`,
} as const;

/** Share-card captions (content of the 1200×630 images). */
export const SHARE_TEXT = {
  id: {
    home: (paid: string, target: string) => `pekerja rentan dengan perlindungan yang diberitakan. Menurut berita dibayar APBD Provinsi: ${paid} dari target ${target}.`,
    regency: (value: string) => `${value} pekerja terdaftar BPJS Ketenagakerjaan menurut berita`,
    staff: (staff: string) => `termasuk ${staff} pegawai non-ASN`,
  },
  en: {
    home: (paid: string, target: string) => `vulnerable workers with reported cover. Tied by the reports to the provincial budget: ${paid} of the ${target} target.`,
    regency: (value: string) => `${value} workers enrolled in BPJS Ketenagakerjaan according to the reports`,
    staff: (staff: string) => `incl. ${staff} non-civil-servant staff`,
  },
} as const;
