/**
 * One problem in the editors' CSV files, located the way a spreadsheet shows it:
 * the file, the row number (header = row 1), the column and the cell's value,
 * and what was expected — in Indonesian first, English second.
 */
export interface DataError {
  file: string;
  /** Spreadsheet row number: the header is row 1, the first data row is row 2. */
  row: number | null;
  column: string | null;
  value: string | null;
  /** What was expected, in Indonesian. */
  id: string;
  /** What was expected, in English. */
  en: string;
}

const MAX_VALUE = 60;

function show(value: string): string {
  const clipped = value.length > MAX_VALUE ? `${value.slice(0, MAX_VALUE)}…` : value;
  return JSON.stringify(clipped);
}

export function formatDataError(e: DataError): string {
  const where = [
    e.file,
    e.row === null ? null : `baris/row ${e.row}`,
    e.column === null ? null : `kolom/column "${e.column}"`,
  ]
    .filter((part) => part !== null)
    .join(', ');
  const value = e.value === null ? '' : ` nilai/value ${show(e.value)}:`;
  return `${where}:${value} ${e.id} — ${e.en}`;
}
