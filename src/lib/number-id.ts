/**
 * Numbers as Indonesian spreadsheets write them. One explicit rule, so that an
 * ambiguous cell is read one way only or rejected — never guessed:
 *
 * - `.` groups thousands and every group after the first has exactly three digits:
 *   `10.252` is ten thousand two hundred and fifty-two, `1.521` is 1521.
 * - `,` is the decimal mark: `1,5`, `16,8`.
 * - Plain digits are fine: `10252`. A leading `-` is allowed.
 * - Anything else (`1.5`, `10 252`, `Rp1,5 miliar`, `1e3`) is rejected with a message.
 * - More than 15 significant digits are rejected: a double cannot hold them
 *   exactly, so `99999999999999999999` would silently become another number.
 */
export type NumberParse = { ok: true; value: number } | { ok: false; id: string; en: string };

// The first group never starts with 0: `0.252` is no Indonesian number (it would silently be 252).
const GROUPED = /^-?[1-9]\d{0,2}(\.\d{3})+(,\d+)?$/;
const PLAIN = /^-?\d+(,\d+)?$/;

/** Digits a double stores exactly, whatever they are (IEEE 754: 15.95 decimal digits). */
export const MAX_DIGITS = 15;

function significantDigits(s: string): number {
  const [whole = '', fraction = ''] = s.replace(/^-/, '').replaceAll('.', '').split(',');
  return `${whole.replace(/^0+/, '')}${fraction.replace(/0+$/, '')}`.replace(/^0+/, '').length;
}

export function parseIdNumber(text: string): NumberParse {
  const s = text.trim();
  if (GROUPED.test(s) || PLAIN.test(s)) {
    if (significantDigits(s) > MAX_DIGITS) {
      return {
        ok: false,
        id: `terlalu banyak angka: lebih dari ${MAX_DIGITS} digit tidak tersimpan tepat (akan dibulatkan)`,
        en: `too many digits: more than ${MAX_DIGITS} cannot be stored exactly (it would be rounded)`,
      };
    }
    const value = Number(s.replaceAll('.', '').replace(',', '.'));
    if (Number.isFinite(value)) return { ok: true, value };
  }
  if (/^-?\d+\.\d{1,2}$|^-?\d+\.\d{4,}$/.test(s)) {
    return {
      ok: false,
      id: 'angka dengan titik desimal tidak diterima: titik memisahkan ribuan (10.252), koma untuk desimal (1,5)',
      en: 'a decimal point is not accepted: "." groups thousands (10.252) and "," is the decimal mark (1,5)',
    };
  }
  return {
    ok: false,
    id: 'angka dalam format Indonesia, mis. 10.252 atau 1.500.000.000 atau 1,5',
    en: 'a number in Indonesian notation, e.g. 10.252 or 1.500.000.000 or 1,5',
  };
}
