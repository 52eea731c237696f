/**
 * Sortable tables, as an enhancement of a complete server table: each header marked data-sort
 * gets a button; rows sort on the data-sort values the server wrote into the cells (number or
 * text), never on rendered text; the header carries aria-sort and the caption says nothing new.
 */
type Direction = 'ascending' | 'descending';

export function sortRows<T>(rows: readonly T[], key: (row: T) => string, numeric: boolean, direction: Direction, lang: string): T[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const compare = numeric
    ? (a: T, b: T) => Number(key(a)) - Number(key(b))
    : (a: T, b: T) => key(a).localeCompare(key(b), lang);
  return [...rows].sort((a, b) => sign * compare(a, b));
}

export function sortableTables(doc: Document): void {
  for (const table of doc.querySelectorAll<HTMLTableElement>('table.sortable')) {
    const headers = [...table.tHead?.rows[0]?.cells ?? []];
    const body = table.tBodies[0];
    if (!body) continue;
    headers.forEach((th, column) => {
      const kind = th.dataset['sort'];
      if (!kind) return;
      const button = doc.createElement('button');
      button.type = 'button';
      button.className = 'sort-button';
      button.append(...th.childNodes);
      th.append(button);
      button.addEventListener('click', () => {
        const next: Direction = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
        for (const other of headers) other.removeAttribute('aria-sort');
        th.setAttribute('aria-sort', next);
        const rows = sortRows([...body.rows], (row) => row.cells[column]?.dataset['sort'] ?? '', kind === 'number', next, doc.documentElement.lang);
        body.append(...rows);
      });
    });
  }
}
