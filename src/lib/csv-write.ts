/**
 * CSV for readers' tools, written by papaparse's `unparse`: the header on line 1 (pandas, R,
 * d3.csvParse and Datawrapper read it with default settings), UTF-8 with BOM (Excel then reads
 * the accents right), CRLF, and every text cell that starts like a formula (= + - @ tab CR)
 * prefixed with an apostrophe (`escapeFormulae`). Numbers that are numbers stay numbers (-5 is
 * not a formula). Title, source, notes and citation travel beside the data in metadata JSON.
 *
 * Two dialects:
 * - `standard`: `,` between cells, `.` as decimal mark, for code and data tools;
 * - `excel-id`: `;` between cells, `,` as decimal mark, for Excel set to Indonesian, whose list
 *   separator is `;` (a comma file opens there as one column).
 */
import Papa from 'papaparse';

/**
 * papaparse's own `escapeFormulae: true` pattern is `/^[=+\-@\t\r].*$/` without the `s` flag, so
 * a cell like "=HYPERLINK(…)\nsecond line" fails the `$` and is written as is, and a spreadsheet
 * evaluates it. Only the first character decides.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export type Cell = string | number | boolean | null;
export type CsvDialect = 'standard' | 'excel-id';

function prepare(cell: Cell, dialect: CsvDialect): string | number | null {
  if (cell === null) return null;
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return null;
    return dialect === 'excel-id' ? String(cell).replace('.', ',') : cell;
  }
  return cell;
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[], dialect: CsvDialect = 'standard'): string {
  const body = Papa.unparse(
    { fields: [...header], data: rows.map((row) => row.map((c) => prepare(c, dialect))) },
    // A ';' inside a cell is quoted in both dialects, so a comma file opened in Excel set to
    // Indonesian (which splits on ';') still keeps the cell whole.
    { delimiter: dialect === 'excel-id' ? ';' : ',', newline: '\r\n', escapeFormulae: FORMULA_START, quotes: (value: unknown) => typeof value === 'string' && value.includes(';') },
  );
  return `\uFEFF${body}\r\n`;
}
