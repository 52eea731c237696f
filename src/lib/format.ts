import type { DatePrecision, PartialDate } from './partial-date.ts';

/**
 * Numbers, money and dates for readers: Indonesian first (10.252;
 * Rp1,5 miliar; 7 Juli 2025), English second. Pure, so pages, charts and
 * the browser share one formatter.
 */
export type Lang = 'id' | 'en';
const LOCALE: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };

export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 0): string {
  return new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits }).format(value);
}

export function formatPercent(value: number, lang: Lang, maximumFractionDigits = 1): string {
  // id-ID writes "45%" with no space, as Indonesian newsrooms do.
  return `${formatNumber(value, lang, maximumFractionDigits)}%`;
}

const SCALES: Record<Lang, [number, string][]> = {
  // Intl's compact "M" means miliar in id-ID but million in English: spell the words out.
  id: [[1e12, 'triliun'], [1e9, 'miliar'], [1e6, 'juta'], [1e3, 'ribu']],
  en: [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']],
};

/** Rp1,5 miliar · Rp250 juta · Rp16.800 — the scale word only from a million up. */
export function formatRupiah(value: number, lang: Lang): string {
  for (const [size, word] of SCALES[lang]) {
    // Round first: 999.999.999 is "Rp1 miliar", not "Rp1.000 juta".
    const scaled = Math.round((Math.abs(value) / size) * 100) / 100;
    if (scaled >= 1 && size >= 1e6) {
      return `Rp${formatNumber(Math.sign(value) * scaled, lang, 2)} ${word}`;
    }
  }
  return `Rp${formatNumber(value, lang)}`;
}

const MONTHS: Record<Lang, string[]> = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** 7 Juli 2025 · Juli 2025 · 2025 — only as precise as the source. */
export function formatDate(d: PartialDate, lang: Lang): string {
  const month = d.month === null ? null : MONTHS[lang][d.month - 1];
  if (d.day !== null && month) return `${d.day} ${month} ${d.year}`;
  if (month) return `${month} ${d.year}`;
  return String(d.year);
}

export const PRECISION_LABEL: Record<Lang, Record<DatePrecision, string>> = {
  id: { day: 'tanggal tepat', month: 'hanya bulan diketahui', year: 'hanya tahun diketahui' },
  en: { day: 'exact date', month: 'month only', year: 'year only' },
};

export function formatValue(value: number, unit: string, lang: Lang): string {
  switch (unit) {
    case 'rupiah':
      return formatRupiah(value, lang);
    case 'persen':
      return formatPercent(value, lang);
    case 'pekerja':
      return `${formatNumber(value, lang)} ${lang === 'id' ? 'pekerja' : 'workers'}`;
    case 'orang':
      return `${formatNumber(value, lang)} ${lang === 'id' ? 'orang' : 'people'}`;
    case 'bulan':
      return `${formatNumber(value, lang)} ${lang === 'id' ? 'bulan' : 'months'}`;
    default:
      return formatNumber(value, lang);
  }
}

/** The words a published figure's qualifier adds: "sekitar 10.252", "about 10,252", "lebih dari 14.000". */
export const QUALIFIER_WORD: Record<Lang, Record<'tepat' | 'sekitar' | 'lebih-dari', string>> = {
  id: { tepat: '', sekitar: 'sekitar ', 'lebih-dari': 'lebih dari ' },
  en: { tepat: '', sekitar: 'about ', 'lebih-dari': 'more than ' },
};
/** The compact sign for tight spaces (map labels, table cells), explained where it is used. */
export const QUALIFIER_SIGN: Record<'tepat' | 'sekitar' | 'lebih-dari', string> = { tepat: '', sekitar: '~', 'lebih-dari': '>' };

/** A number with its qualifier, in words: "sekitar 10.252". */
export function formatQualified(value: number, qualifier: 'tepat' | 'sekitar' | 'lebih-dari' | null, lang: Lang, unit?: string): string {
  const text = unit ? formatValue(value, unit, lang) : formatNumber(value, lang);
  return `${QUALIFIER_WORD[lang][qualifier ?? 'tepat']}${text}`;
}

/** A number with its qualifier as a sign: "~10.252". */
export function formatQualifiedShort(value: number, qualifier: 'tepat' | 'sekitar' | 'lebih-dari' | null, lang: Lang): string {
  return `${QUALIFIER_SIGN[qualifier ?? 'tepat']}${formatNumber(value, lang)}`;
}
