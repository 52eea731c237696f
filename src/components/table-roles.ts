/**
 * Tables restyled with `display: block` (the stacked cards on phones) can lose their table
 * semantics in some browsers (WebKit, older Chromium), so a screen reader hears a list of loose
 * text instead of rows and headers. Explicit roles keep them. They are added by script because
 * in the HTML they would be redundant (the elements' own roles), and HTML validators say so.
 */
const ROLE: Record<string, string> = { TABLE: 'table', THEAD: 'rowgroup', TBODY: 'rowgroup', TFOOT: 'rowgroup', TR: 'row', TD: 'cell' };

export function keepTableRoles(table: HTMLTableElement): void {
  table.setAttribute('role', ROLE['TABLE']!);
  for (const el of table.querySelectorAll('thead, tbody, tfoot, tr, th, td')) {
    const role = el.tagName === 'TH' ? (el.getAttribute('scope') === 'row' ? 'rowheader' : 'columnheader') : ROLE[el.tagName];
    if (role) el.setAttribute('role', role);
  }
}
