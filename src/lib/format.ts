import { messages } from './i18n.ts';
import type { PartialDate } from './partial-date.ts';

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

/**
 * Rp1,5 miliar · Rp250 juta · Rp16.800 — the scale word only from a million up. The words and
 * their rounding are Intl's compact long notation (id-ID: juta, miliar, triliun; English:
 * million, billion, trillion), to at most two decimals.
 */
export function formatRupiah(value: number, lang: Lang): string {
  if (Math.abs(value) < 1e6) return `Rp${formatNumber(value, lang)}`;
  return `Rp${new Intl.NumberFormat(LOCALE[lang], { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 }).format(value)}`;
}

/** 7 Juli 2025 · Juli 2025 · 2025 — only as precise as the source. */
export function formatDate(d: PartialDate, lang: Lang): string {
  const month = d.month === null ? null : monthName(d.month, lang);
  if (d.day !== null && month) return `${d.day} ${month} ${d.year}`;
  if (month) return `${month} ${d.year}`;
  return String(d.year);
}

/** Juli · Jul (short: the first three letters of Intl's long name, right in both languages: Agu, Mei, Okt, Des). */
export function monthName(month: number, lang: Lang, short = false): string {
  const name = new Intl.DateTimeFormat(LOCALE[lang], { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2000, month - 1, 1));
  return short ? name.slice(0, 3) : name;
}

export function formatValue(value: number, unit: string, lang: Lang): string {
  switch (unit) {
    case 'rupiah':
      return formatRupiah(value, lang);
    case 'persen':
      return formatPercent(value, lang);
    case 'pekerja':
    case 'orang':
    case 'bulan':
      return `${formatNumber(value, lang)} ${messages(lang).format.units[unit]}`;
    default:
      return formatNumber(value, lang);
  }
}

/**
 * The words a published figure's qualifier adds (from the catalog): "sekitar 10.252", "about 10,252",
 * "lebih dari 14.000". Any other value adds none (data:diff reads older datasets, whose qualifiers are plain strings).
 */
export function qualifierWord(qualifier: string | null, lang: Lang): string {
  const t = messages(lang);
  return qualifier === 'sekitar' ? `${t.approx} ` : qualifier === 'lebih-dari' ? `${t.moreThan} ` : '';
}
/** The compact sign for tight spaces (map labels, table cells), explained where it is used. */
export const QUALIFIER_SIGN: Record<'tepat' | 'sekitar' | 'lebih-dari', string> = { tepat: '', sekitar: '~', 'lebih-dari': '>' };

/** A number with its qualifier, in words: "sekitar 10.252". */
export function formatQualified(value: number, qualifier: 'tepat' | 'sekitar' | 'lebih-dari' | null, lang: Lang, unit?: string): string {
  const text = unit ? formatValue(value, unit, lang) : formatNumber(value, lang);
  return `${qualifierWord(qualifier, lang)}${text}`;
}

/** A number with its qualifier as a sign: "~10.252". */
export function formatQualifiedShort(value: number, qualifier: 'tepat' | 'sekitar' | 'lebih-dari' | null, lang: Lang): string {
  return `${QUALIFIER_SIGN[qualifier ?? 'tepat']}${formatNumber(value, lang)}`;
}
