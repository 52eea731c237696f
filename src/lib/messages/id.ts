/**
 * Every word of the interface in Indonesian, the site's first language. This
 * object is the reference: `en.ts` must have the same keys and signatures (an
 * English string that is missing fails `npm run typecheck`). Reach it through
 * `messages(lang)` in ../i18n.ts. Data text comes from the CSVs' `_id`/`_en`
 * columns instead, through `pick()`.
 */
import type { DatePrecision } from '../partial-date.ts';
import type { EVENT_KINDS, FUNDERS, NOTE_ABOUT, NOTE_KINDS, PER, SOURCE_KINDS, UNITS, UPDATE_KINDS } from '../schema.ts';
import type { REGENCY_STATUSES } from '../dataset-schema.ts';
import { BOUNDARY_SOURCE, REGION_CODES, SITE_NAME } from '../site.ts';

type Funder = (typeof FUNDERS)[number];

const context = 'Daratan sekitar: Natural Earth';
const boundaries = `Batas wilayah: ${BOUNDARY_SOURCE}, kode ${REGION_CODES}`;

export const id = {
  siteName: SITE_NAME,

  /** What `npm run data:diff` tells editors. */
  dataDiff: {
    none: 'Tidak ada perubahan data dibanding pembanding.', figureAdded: 'Angka baru', figureRemoved: 'Angka dihapus',
    figureChanged: 'Angka berubah', derived: 'Angka turunan berubah', check: 'Pemeriksaan berubah hasil', noteAdded: 'Catatan baru',
    noteRemoved: 'Catatan dihapus', noteChanged: 'Catatan diubah', eventAdded: 'Peristiwa baru', eventRemoved: 'Peristiwa dihapus',
    eventChanged: 'Peristiwa diubah', sourceAdded: 'Sumber baru', sourceRemoved: 'Sumber dihapus', status: 'Status daerah berubah',
    update: 'Pembaruan baru', correction: 'Koreksi baru', pages: 'Halaman yang berubah (juga versi /en/)', downloads: 'Unduhan yang berubah',
    absent: 'tidak ada', agrees: 'cocok', disagrees: 'tidak cocok',
  },

  /** The tracker: updates, feeds, corrections, freshness, per-regency files, print. */
  tracker: {
    updates: 'Pembaruan',
    updatesTitle: 'Pembaruan data',
    updatesLede: 'Setiap perubahan data situs ini, terbaru di atas: apa yang berubah, kapan, dan di kabupaten mana.',
    updated: 'Diperbarui',
    feed: 'Umpan Atom',
    feedTitle: 'Pembaruan data',
    feedHint: 'Ikuti lewat pembaca umpan (RSS/Atom):',
    kind: { publikasi: 'Publikasi', 'data-baru': 'Data baru', perubahan: 'Perubahan', koreksi: 'Koreksi' } satisfies Record<(typeof UPDATE_KINDS)[number], string>,
    corrections: 'Koreksi',
    correctionsLog: 'Catatan koreksi',
    noCorrections: 'Belum ada koreksi.',
    correctionWas: 'Sebelumnya',
    correctionNow: 'Sekarang',
    correctionWhy: 'Alasan',
    concerns: 'Menyangkut',
    wholeDataset: 'seluruh data',
    latestReport: 'Berita terbaru',
    watchingSince: 'dipantau sejak',
    noReports: 'Belum ada berita tentang daerah ini dalam sumber kami',
    publishedBasis: 'terbit',
    eventBasis: 'tanggal terbit tidak diketahui; peristiwa terbarunya',
    monthsBefore: (n: number, asOf: string) =>
      n === 0 ? `kurang dari sebulan sebelum pembaruan terakhir (${asOf})` : `${n} bulan sebelum pembaruan terakhir (${asOf})`,
    downloads: 'Data daerah ini',
    schema: 'skema JSON',
    citeAs: 'Kutip sebagai',
    printed: 'Dicetak',
    /** For the reader's print date, formatted in the browser. */
    locale: 'id-ID',
  },
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
  /** Under a figure whose source sentence is already quoted on the page, before a link to it. */
  sameSentence: 'Dari kalimat sumber yang sama dengan',
  skip: 'Langsung ke isi',
  previous: 'Sebelumnya',
  next: 'Berikutnya',

  /** Layout: header navigation, footer, social cards. */
  /** The per-regency data files (/data/kabupaten/<slug>.json): their title and how to cite them. */
  regencyFile: {
    title: (site: string, name: string) => `${site} — data ${name}`,
    citation: (site: string, name: string, updated: string | null, pageUrl: string, fileUrl: string, outlets: string) =>
      `${site}, “${name}”${updated ? `, diperbarui ${updated}` : ''}, ${pageUrl} (data: ${fileUrl}).${outlets ? ` Sumber asli: ${outlets}.` : ''}`,
  },
  layout: {
    ogLocale: 'id_ID',
    mainNav: 'Navigasi utama',
    charts: 'Grafik & sematan',
    about: (n: string, news: string, releases: string, dated: string, inferred: string | null) =>
      `${SITE_NAME} menyusun angka dari ${n} sumber: ${news} berita dan ${releases} rilis pemerintah. Tanggal terbit diketahui untuk ${dated} di antaranya${inferred ? ` (${inferred} disimpulkan)` : ''}. Setiap angka menyebut sumber dan kalimat asalnya.`,
  },

  /** Credits for the basemap, wherever a map or its data appears. */
  credits: {
    boundaries,
    context,
    contextLand: 'Daratan sekitar: Natural Earth (domain publik), lewat paket world-atlas.',
    /** Under the map's data (table, CSV, embeds). */
    mapData: `${boundaries}; daratan sekitar: Natural Earth`,
    chart: `Grafik: ${SITE_NAME}`,
    map: `Peta: ${SITE_NAME}`,
  },

  statusLabel: {
    figures: 'Ada angka terbit',
    'provincial-launch': 'Disebut dalam berita peluncuran provinsi',
    none: 'Tidak ada di sumber kami',
  } satisfies Record<(typeof REGENCY_STATUSES)[number], string>,

  /** Who pays the contributions, as a panel states it. */
  payer: { 'apbd-provinsi': 'APBD Provinsi (APBD I)', 'apbd-kabupaten': 'APBD kabupaten (APBD II)', 'dana-desa': 'Dana Desa' } satisfies Record<Funder, string>,
  /** The same, shorter, for the compact story steps on `/`. */
  payerShort: { 'apbd-provinsi': 'APBD Provinsi', 'apbd-kabupaten': 'APBD kabupaten', 'dana-desa': 'Dana Desa' } satisfies Record<Funder, string>,

  eventKind: {
    peluncuran: 'peluncuran', 'peluncuran-provinsi': 'peluncuran provinsi', 'penyerahan-kartu': 'penyerahan kartu',
    'penyerahan-santunan': 'santunan kematian', pks: 'perjanjian kerja sama', mou: 'nota kesepahaman', peraturan: 'peraturan gubernur',
  } satisfies Record<(typeof EVENT_KINDS)[number], string>,

  noteKind: { kontradiksi: 'Tidak cocok', catatan: 'Catatan', inferensi: 'Kesimpulan redaksi' } satisfies Record<(typeof NOTE_KINDS)[number], string>,

  /** What a source is (sources.csv `kind`), shown with every citation. */
  sourceKind: { berita: 'berita', 'rilis-pemerintah': 'rilis pemerintah' } satisfies Record<(typeof SOURCE_KINDS)[number], string>,
  /** Short names of the fact a note concerns (notes.csv `about`), for lists of conditions. */
  noteAbout: {
    pembayar: 'siapa yang membayar', target: 'dihitung dalam target provinsi', tanggal: 'tanggal', 'tanggal-terbit': 'tanggal terbit',
    dateline: 'dateline', status: 'status', jumlah: 'rincian tidak cocok dengan total', cakupan: 'apa yang ditanggung',
  } satisfies Record<(typeof NOTE_ABOUT)[number], string>,
  /** Marks a fact that is an editorial inference, not a sentence of a report. */
  inferred: 'disimpulkan',
  seeNote: 'lihat catatan',
  /** The headline figures on `/` (content: src/lib/headline.ts; placement: the home page). */
  headline: {
    heading: 'Angka utama',
    vulnerable: (regencies: string) => `pekerja rentan dengan perlindungan JKK dan JKM yang diberitakan, di ${regencies} kabupaten (jumlah angka tiap berita)`,
    staff: (where: string) => `pegawai non-ASN ${where} yang juga dijamin — tenaga kontrak pemerintah, bukan pekerja rentan, dihitung terpisah`,
    provincial: (target: string) => `pekerja rentan yang menurut berita dibayar APBD Provinsi — satu-satunya angka yang bisa dibandingkan dengan target ${target} pekerja provinsi`,
    share: (share: string, target: string) => `${share} dari target ${target}`,
    restsOn: 'Bergantung pada',
    before: 'pekerja informal NTT yang tercakup sebelum program, menurut Gubernur',
    beforeCheck: (arith: string) => `Angka Gubernur sendiri tidak cocok: ${arith}.`,
  },

  /** Words the formatters put around numbers and dates. */
  format: {
    precision: { day: 'tanggal tepat', month: 'hanya bulan diketahui', year: 'hanya tahun diketahui' } satisfies Record<DatePrecision, string>,
    units: { pekerja: 'pekerja', orang: 'orang', bulan: 'bulan' } satisfies Partial<Record<(typeof UNITS)[number], string>>,
    per: { bulan: ' per bulan', tahun: ' per tahun', 'pekerja-bulan': ' per pekerja per bulan' } satisfies Record<(typeof PER)[number], string>,
    until: 's.d.',
  },

  sourceCite: { dateUnknown: 'tanggal terbit tidak diketahui', read: 'baca berita' },
  dataNotes: { asPrinted: `${SITE_NAME} tidak mengubah angka yang diterbitkan; keduanya ditampilkan apa adanya.` },
  event: {
    payers: 'Yang membayar',
    paidBy: 'Dibayar',
    more: 'Selengkapnya: kutipan, yang hadir, sumber',
    others: 'Peristiwa lain',
  },

  homePage: {
    title: (target: string) => `Siapa yang sudah dilindungi? Janji ${target} pekerja rentan NTT, kabupaten demi kabupaten`,
    lede: (target: string) => `Provinsi NTT berjanji menanggung iuran Jaminan Kecelakaan Kerja (JKK) dan Jaminan Kematian (JKM) BPJS Ketenagakerjaan bagi ${target} “pekerja rentan, miskin, dan miskin ekstrem”. Beberapa kabupaten meluncurkan program sendiri, sebagian dibayar APBD kabupaten. Inilah yang tercatat dalam berita — dan yang belum.`,
    timeline: 'Linimasa peluncuran',
    forJournalists: 'Untuk jurnalis: grafik, peta yang bisa disematkan, dan unduhan PNG, SVG, CSV — ',
    allRegencies: 'Semua kabupaten/kota',
  },
  /** The phone story on `/` (#10): first screen, panel, index pages, 404, sharing. */
  story: {
    h1: 'Siapa yang sudah dilindungi?',
    /** The first screen's sentence; `list` is already joined ("A, B dan C"). */
    answer: (workers: string | null, n: string, of: string, list: string, target: string | null) =>
      `Menurut berita, ${workers ? `${workers} pekerja rentan` : 'pekerja'} di ${n} dari ${of} kabupaten/kota NTT sudah terdaftar dalam jaminan kecelakaan kerja dan kematian BPJS Ketenagakerjaan: ${list}.` +
      (target ? ` Janji provinsi: ${target} pekerja rentan.` : ''),
    nonAsn: (n: string) => `ditambah ${n} pegawai non-ASN`,
    and: 'dan',
    details: 'Angka, perhitungan dan catatannya',
    mapHint: 'Ketuk kabupaten atau pilih dari daftar untuk membuka cerita peluncurannya.',
    toTable: 'Semua kabupaten dalam tabel',
    whoWasThere: 'Yang hadir',
    eventPage: 'Cerita lengkap peristiwa ini',
    attendedProvincial: 'Daerah ini tidak punya peluncuran sendiri dalam sumber kami. Wakilnya disebut hadir di peluncuran provinsi:',
    nothingRegency: 'Belum ada angka atau peristiwa khusus daerah ini yang diterbitkan dalam sumber kami.',
    provincialPromise: 'Yang dijanjikan program provinsi untuk setiap kabupaten/kota:',
    andOthers: (n: number) => `dan ${n} lainnya`,
    shareWhatsApp: 'Bagikan lewat WhatsApp',
    notFoundTitle: 'Halaman tidak ditemukan',
    notFoundText: 'Alamat ini tidak ada di situs ini. Mungkin tautannya salah ketik atau halamannya sudah dipindah.',
    notFoundBack: 'Kembali ke peta',
    indexRegencies: 'Semua kabupaten/kota',
    indexEvents: 'Semua peristiwa',
  },

  homeMap: {
    title: 'Peta: siapa punya angka terbit',
    lede: 'Warna = jumlah pekerja terdaftar menurut berita (bukan per kapita). Arsir = tidak ada angka terbit — bukan nol. Ketuk atau pilih kabupaten untuk membuka ceritanya.',
    pick: 'Pilih kabupaten/kota',
    noScript: 'Tanpa JavaScript: setiap wilayah di peta adalah tautan ke halamannya; tabel lengkap ada di bawah.',
    toTable: 'Ke tabel',
  },
  /** Words of the map's enhancement script, handed to the browser as JSON by HomeMap.astro. */
  mapPanel: {
    close: 'Tutup',
    more: 'Halaman lengkap kabupaten',
    events: 'Dalam cerita',
    opened: 'Panel dibuka:',
    noEvents: 'Tidak ada peluncuran sendiri dalam sumber kami.',
    workers: 'pekerja',
  },
  regencyTable: {
    caption: 'Status dan jumlah pekerja terdaftar menurut berita, per kabupaten/kota. Angka bukan per kapita.',
    noData: 'tidak ada data',
    /** Before the sort buttons where the table stacks into cards (phones). */
    sortBy: 'Urutkan menurut',
  },
  regencyPage: {
    description: (name: string, workers: string) => `${name}: ${workers} pekerja terdaftar BPJS Ketenagakerjaan menurut berita, dengan sumber dan catatan data.`,
    descriptionNone: (name: string) => `${name}: apa yang tercatat (dan belum) tentang perlindungan pekerja rentan dalam sumber ${SITE_NAME}.`,
    code: 'kode',
    presentAt: 'Disebut hadir di ',
    venueOf: 'Tempat berlangsungnya ',
    others: 'Kabupaten lain',
  },
  methodPage: {
    description: `Sumber, definisi, cara ${SITE_NAME} menghitung, semua catatan data, lisensi dan unduhan.`,
    definitions: 'Definisi',
    /** Term (in Indonesian in both editions) → definition. */
    terms: {
      'Pekerja rentan': 'pekerja sektor informal berpenghasilan tidak tetap — petani, nelayan, buruh, pedagang kaki lima, tukang ojek',
      JKK: 'Jaminan Kecelakaan Kerja, program BPJS Ketenagakerjaan untuk kecelakaan kerja',
      JKM: 'Jaminan Kematian, santunan bagi ahli waris bila peserta meninggal',
      UCJ: 'Universal Coverage Jamsostek: perluasan jaminan sosial ketenagakerjaan ke semua pekerja',
      'APBD I / APBD II': 'anggaran pendapatan dan belanja daerah provinsi (I) dan kabupaten/kota (II)',
      'Non-ASN': 'pegawai pemerintah yang bukan aparatur sipil negara (tenaga kontrak/honorer)',
      PKS: 'Perjanjian Kerja Sama',
      MoU: 'Nota Kesepahaman',
      BPU: 'Bukan Penerima Upah: peserta BPJS Ketenagakerjaan yang tidak menerima upah dari pemberi kerja, seperti pekerja informal',
    },
    how: 'Cara kami menghitung',
    howText: (slack: string) => `Setiap angka disalin dari berita beserta kalimat asalnya. Angka turunan (total, bagian dari target, biaya per pekerja) dihitung oleh kode, tidak diketik. Bila sebuah berita memberi bagian dan total, atau tarif dan jumlah, kami memeriksanya: angka “sekitar” diberi kelonggaran ${slack}, angka lain hanya selisih pembulatan. Kami tidak pernah memperbaiki angka yang diterbitkan; ketidakcocokan ditampilkan.`,
    allFigures: 'Semua angka',
    download: 'Unduh data',
    dataPackageTitle: (sources: string) => `Data perlindungan BPJS Ketenagakerjaan bagi pekerja rentan di NTT, dari ${sources} sumber`,
    tableFiles: 'Tiap tabel ada dalam dua berkas: NAMA.csv (koma sebagai pemisah, titik desimal — untuk pandas, R, d3, Datawrapper) dan NAMA-excel.csv (titik koma dan koma desimal — untuk Excel berbahasa Indonesia). Baris pertama selalu nama kolom.',
    dataPackage: 'datapackage.json: isi tiap berkas dan arti tiap kolom',
    boundaries: (n: string) => `batas ${n} kabupaten/kota (disederhanakan)`,
    releases: (bylines: string) => `Jenis sumber ditentukan dari byline: ${bylines} menandai rilis humas pemerintah yang dimuat media, bukan liputan wartawan.`,
    mit: 'lisensi MIT',
    chartsLink: 'Grafik, peta dan sematan (PNG, SVG, CSV)',
    cite: 'Cara mengutip',
    citeText: `${SITE_NAME}, “Jaring pengaman bagi pekerja rentan di NTT”, dengan menyebut berita sumber asli setiap angka.`,
    licences: 'Lisensi dan kredit',
    quoteRights: 'Kutipan berita: kalimat pendek dengan atribusi; hak cipta tetap pada media masing-masing.',
  },
  shareCard: {
    homeCaption: (paid: string, target: string) => `pekerja rentan dengan perlindungan yang diberitakan. Menurut berita dibayar APBD Provinsi: ${paid} dari target ${target}.`,
    regencyCaption: (value: string) => `${value} pekerja terdaftar BPJS Ketenagakerjaan menurut berita`,
    staff: (staff: string) => `termasuk ${staff} pegawai non-ASN`,
  },

  /** The "for journalists" pages: chart index, chart page, downloads, embed code. */
  grafik: {
    title: 'Untuk jurnalis: grafik, unduhan, sematan',
    lede: `Peta dan grafik ${SITE_NAME} boleh dipakai ulang dengan menyebut sumber: unduh PNG, SVG atau data CSV-nya, atau sematkan versi interaktifnya di situs Anda. Setiap berkas memuat judul, sumber dan kredit.`,
    list: 'Isi halaman',
    page: 'halaman grafik',
    map: 'Peta status kabupaten',
    all: '← Semua grafik untuk jurnalis',
    dataTable: 'Data dalam tabel',
    download: 'Unduh:',
    formats: { png: 'PNG (gambar)', svg: 'SVG', csv: 'CSV', excel: 'CSV untuk Excel Indonesia', metadata: 'Metadata JSON' },
    formatsNote: 'CSV: koma sebagai pemisah, titik desimal — untuk pandas, R, d3, Datawrapper, Google Sheets. CSV untuk Excel Indonesia: titik koma sebagai pemisah, koma desimal. Metadata: judul, sumber, catatan dan cara mengutip.',
  },
  embedCode: {
    heading: 'Sematkan',
    help: 'Salin kode ini ke CMS Anda. Tanpa skripnya, bingkai tetap tampil dengan tinggi tetap; dengan skrip, tingginya menyesuaikan isi. Tambahkan ?theme=dark atau ?theme=light pada alamat bingkai untuk memaksa tema.',
    label: 'Kode sematan',
    copy: 'Salin kode',
    copied: 'Kode disalin.',
    failed: 'Tidak bisa menyalin; pilih teksnya lalu salin.',
  },
  embedFoot: { tagline: 'jaring pengaman pekerja rentan NTT', more: 'selengkapnya ↗' },

  /** The choropleth and locator maps (src/map). */
  map: {
    legendTitle: 'Pekerja terdaftar (angka terbit)',
    launch: 'Disebut di berita peluncuran provinsi, tanpa angka terbit',
    none: 'Tidak ada data terbit',
    notPerCapita: 'Angka bukan per kapita.',
    workersUnit: 'pekerja terdaftar',
    approx: 'sekitar',
    /** How the phone layout differs from a plain map, said in the SVG's description. */
    islandsNote: 'Peta dibagi dua panel berskala sama agar muat di layar ponsel: atas Flores bagian barat dan Sumba, bawah Flores Timur, Lembata, Alor, Timor, Rote dan Sabu.',
    regionNone: 'tidak ada data terbit',
    regionLaunch: 'disebut di berita peluncuran provinsi; tidak ada angka terbit',
    locatorTitle: (name: string) => `Lokasi ${name} di Nusa Tenggara Timur`,
    locatorDesc: (name: string) => `Peta kecil NTT; ${name} disorot.`,
  },
  /** Accessible title and description of the choropleth when a page gives none. */
  mapLabels: {
    title: 'Peta pekerja terdaftar per kabupaten/kota di NTT',
    desc: 'Peta kabupaten/kota di Nusa Tenggara Timur. Warna menunjukkan jumlah pekerja terdaftar yang diterbitkan; arsiran menandai wilayah tanpa angka terbit. Angka yang sama ada di tabel.',
  },

  /** Charts (src/charts): each chart's words, its title only here. */
  charts: {
    /** Around every exported chart (SVG/PNG). */
    export: {
      notes: 'Catatan',
      source: 'Sumber',
      csvStandard: 'CSV standar: pemisah koma, titik desimal, baris 1 = nama kolom; untuk pandas, R, d3, Datawrapper, Google Sheets',
      csvExcel: 'CSV untuk Excel berbahasa Indonesia: pemisah titik koma (;), koma desimal',
    },
    mapTable: {
      title: 'Peta: kabupaten/kota dengan angka peserta terbit',
      subtitle: 'Pekerja rentan terdaftar BPJS Ketenagakerjaan menurut berita, per kabupaten/kota di NTT (angka bukan per kapita)',
      header: ['Kode', 'Kabupaten/kota', 'Status', 'Pekerja terdaftar', 'Sumber'],
      csvHeader: ['kode', 'kabupaten_kota', 'status', 'pekerja', 'kualifikasi', 'angka', 'sumber'],
      notes: [
        'Arsiran berarti tidak ada angka terbit dalam sumber kami — bukan nol.',
        '~ di depan angka: berita menulis “sekitar”.',
      ],
      description: (all: string, count: string, list: string) => `Peta ${all} kabupaten/kota di NTT. ${count} punya angka terbit: ${list}. Wilayah lain diarsir: tanpa angka terbit.`,
    },
    enrolment: {
      title: 'Peserta terdokumentasi per kabupaten, menurut pembayar iuran',
      subtitle: (t: string) => `Angka terbit tiap kabupaten dibandingkan target provinsi ${t} pekerja rentan yang iurannya dibayar APBD Provinsi`,
      segment: { province: 'APBD Provinsi', regency: 'APBD kabupaten', staff: 'APBD kabupaten: pegawai non-ASN', unknown: 'Pembayar tidak disebut' },
      targetRow: 'Dibayar APBD Provinsi (menurut berita)',
      target: (t: string) => `Target provinsi ${t}`,
      ofTarget: (v: string, t: string, p: string) => `${v} dari target ${t} (${p})`,
      published: 'Total terbit (bila rincian tak cocok)',
      partsMismatch: (parts: string, about: string, total: string) => `${parts} (rincian) · terbit ${about}${total}`,
      includesStaff: (v: string, s: string) => `${v}, termasuk ${s} non-ASN`,
      about: 'sekitar ',
      mismatchNote: (name: string, arith: string) =>
        `Rincian ${name} tidak cocok dengan totalnya: ${arith}. Batang menggambar rinciannya; garis tegak menandai total yang diterbitkan.`,
      description: (rows: string, paid: string, target: string, share: string) =>
        `Diagram batang mendatar. Kabupaten dengan angka terbit: ${rows}. Yang menurut berita dibayar APBD Provinsi: ${paid} dari target ${target} (${share}).`,
      header: ['Kabupaten', 'APBD Provinsi', 'APBD kabupaten', 'Pegawai non-ASN (APBD kabupaten)', 'Jumlah rincian', 'Total terbit', 'Sumber'],
      csvHeader: ['kode', 'kabupaten', 'baris', 'pembayar', 'nilai', 'kualifikasi', 'nilai_rendah', 'nilai_tinggi', 'angka', 'sumber'],
      rowKind: { part: 'rincian', headline: 'total-terbit', target: 'target', paid: 'jumlah-dibayar-provinsi' },
      all: 'NTT (semua)',
    },
    cost: {
      title: 'Biaya per pekerja per bulan',
      subtitle: 'Anggaran kabupaten dibagi jumlah pekerja dan jumlah bulan, dihitung Payung dari angka dalam berita',
      bar: 'Biaya per pekerja per bulan (dihitung)',
      reference: (region: string, v: string) => `Iuran yang dianggarkan ${region}: ${v} (asumsi dalam berita)`,
      referenceShort: (v: string) => `iuran ${v}`,
      arithmetic: (name: string, budget: string, workers: string, months: string, result: string) =>
        `${name}: ${budget} ÷ ${workers} pekerja ÷ ${months} bulan = ${result}.`,
      selfCheck: (region: string, arith: string) => `Berita ${region} menghitung dananya dari jumlah pekerja × iuran yang diasumsikan (${arith}); anggaran itu konsisten dengan asumsinya, jadi tidak dibagi kembali menjadi “biaya per pekerja”.`,
      description: (rows: string, ref: string) => `Diagram batang mendatar. Biaya per pekerja per bulan: ${rows}. Garis acuan: ${ref}.`,
      header: ['Kabupaten', 'Anggaran', 'Pekerja', 'Bulan', 'Biaya per pekerja per bulan', 'Sumber'],
      csvHeader: ['kode', 'kabupaten', 'baris', 'anggaran_rupiah', 'pekerja', 'bulan', 'rupiah_per_pekerja_bulan', 'kualifikasi', 'rupiah_rendah', 'rupiah_tinggi', 'angka', 'sumber'],
      derived: 'dihitung', referenceRow: 'iuran-acuan',
    },
    coverage: {
      title: 'Tingkat kepesertaan menurut berita',
      subtitle: 'Persen pekerja yang terlindungi BPJS Ketenagakerjaan, seperti diterbitkan; dua angka dengan dasar berbeda',
      rate: 'Tingkat kepesertaan (terbit)',
      target: 'Target',
      recomputed: 'Dihitung ulang dari angka dalam berita',
      about: 'sekitar ',
      valueLabel: (v: string, extra: string) => (extra ? `${v} (${extra})` : v),
      targetShort: (v: string) => `target ${v}`,
      recomputedShort: (v: string) => `dihitung: ${v}`,
      mismatch: (place: string, arith: string, published: string, computed: string) => `${place}: ${arith}. Berita menyebut ${published}; dari jumlah pekerja yang disebutnya sendiri hasilnya ${computed}.`,
      notComparable: 'Angka-angka ini tidak sebanding satu sama lain: dasar perhitungan dan waktunya berbeda (lihat label tiap batang dan catatan di atas).',
      description: (rows: string) => `Diagram batang mendatar, skala 0–100%. ${rows}.`,
      header: ['Wilayah', 'Angka', 'Tingkat terbit', 'Target', 'Dihitung ulang', 'Sumber'],
      csvHeader: ['wilayah', 'baris', 'persen', 'kualifikasi', 'angka', 'sumber'],
      kinds: { rate: 'tingkat-terbit', target: 'target', recomputed: 'dihitung-ulang' },
    },
    timeline: {
      title: 'Linimasa peluncuran dan perjanjian',
      subtitle: (y: number) => `Peristiwa program perlindungan pekerja rentan di NTT, ${y}, setepat tanggal yang disebut berita`,
      dated: 'Tanggal disebut berita',
      yearOnly: 'Hanya tahun diketahui: digambar sepanjang tahun',
      notReported: 'tanggal tidak dilaporkan',
      outside: (list: string, y: number) => `Di luar rentang grafik (sebelum ${y}): ${list}.`,
      description: (y: number, list: string) => `Linimasa ${y}. ${list}.`,
      header: ['Tanggal', 'Ketepatan', 'Wilayah', 'Peristiwa', 'Sumber'],
      csvHeader: ['tanggal', 'ketepatan', 'awal', 'akhir', 'wilayah', 'jenis', 'peristiwa', 'kode', 'sumber'],
      precision: { day: 'tanggal tepat', month: 'hanya bulan', year: 'hanya tahun' },
    },
  },
};
export type Messages = typeof id;
