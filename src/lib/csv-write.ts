/**
 * CSV for readers' spreadsheets: UTF-8 with BOM (Excel in the Indonesian
 * locale then reads the accents right), CRLF, every text cell guarded against
 * formula injection. Numbers that are numbers stay numbers (-5 is not a formula).
 */
export type Cell = string | number | boolean | null;

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseCell(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  // A leading apostrophe makes spreadsheets show the text instead of evaluating it.
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

function quote(text: string): string {
  return /[",\r\n;]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * @param preamble lines written first as `# …` comments (title, source, credit)
 *   so the file carries its own provenance.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[], preamble: readonly string[] = []): string {
  const lines = [
    ...preamble.map((line) => quote(neutraliseCell(`# ${line}`))),
    header.map((h) => quote(neutraliseCell(h))).join(','),
    ...rows.map((row) => row.map((c) => quote(neutraliseCell(c))).join(',')),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
