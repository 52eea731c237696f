import type { DataError } from './data-error.ts';

/**
 * Editor CSV bytes → text. Only UTF-8 is accepted, but a file in another
 * encoding is still decoded as best we can (UTF-16 by its byte order,
 * anything else as Windows-1252, what Excel on Windows writes by default) so
 * that every other problem in every file is reported in the same run, and a
 * reference to a row of this file is not falsely "not found".
 */
export interface Decoded {
  text: string;
  /** Why the file must be saved again, located at its first bad row; null for UTF-8. */
  error: DataError | null;
}

const SAVE_AS = {
  id: 'simpan ulang sebagai "CSV UTF-8" (Excel: Simpan Sebagai → CSV UTF-8 (Dipisahkan koma); LibreOffice: Set karakter Unicode (UTF-8))',
  en: 'save it again as "CSV UTF-8" (Excel: Save As → CSV UTF-8 (Comma delimited); LibreOffice: Character set Unicode (UTF-8))',
};

/** Index of the first byte that does not start a valid UTF-8 sequence, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    // Overlong forms and surrogates, which the fatal decoder rejects too.
    const next = bytes[i + 1] ?? 0;
    if ((b === 0xe0 && next < 0xa0) || (b === 0xed && next >= 0xa0) || (b === 0xf0 && next < 0x90) || (b === 0xf4 && next >= 0x90)) return i;
    i += need + 1;
  }
  return -1;
}

function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  // Without a byte order mark: ASCII text in UTF-16 has a NUL in every other byte.
  if (bytes.length >= 4 && bytes[1] === 0 && bytes[3] === 0 && bytes[0] !== 0) return 'utf-16le';
  if (bytes.length >= 4 && bytes[0] === 0 && bytes[2] === 0 && bytes[1] !== 0) return 'utf-16be';
  return null;
}

const lineOf = (bytes: Uint8Array, end: number) => {
  let line = 1;
  for (let i = 0; i < end; i++) if (bytes[i] === 0x0a) line++;
  return line;
};

export function decodeCsv(file: string, bytes: Uint8Array): Decoded {
  const utf16 = utf16Order(bytes);
  if (utf16) {
    return {
      text: new TextDecoder(utf16).decode(bytes),
      error: {
        file, row: 1, column: null, value: null,
        id: `berkas ini ${utf16.toUpperCase()} (Excel: "Teks Unicode"), bukan UTF-8 — ${SAVE_AS.id}`,
        en: `this file is ${utf16.toUpperCase()} (Excel: "Unicode Text"), not UTF-8 — ${SAVE_AS.en}`,
      },
    };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), error: null };
  } catch {
    // Not UTF-8: located below.
  }
  const bad = Math.max(0, firstInvalidUtf8(bytes));
  const text = new TextDecoder('windows-1252').decode(bytes);
  const byte = bytes[bad]!;
  const shown = new TextDecoder('windows-1252').decode(bytes.subarray(bad, bad + 1));
  return {
    text,
    error: {
      // Line of the first bad byte: the spreadsheet row unless an earlier cell spans lines.
      file, row: lineOf(bytes, bad), column: null, value: `0x${byte.toString(16).toUpperCase()} (${shown})`,
      id: `bukan UTF-8 (mungkin Windows-1252 / ANSI) — ${SAVE_AS.id}`,
      en: `not UTF-8 (probably Windows-1252 / ANSI) — ${SAVE_AS.en}`,
    },
  };
}
