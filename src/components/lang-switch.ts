/**
 * The language switch keeps the reader's place: the open regency (?kabupaten=…) and the hash
 * (a story step, the table). Read at click time, because the map panel changes the URL.
 */
const KEEP = ['kabupaten'];

export function switchHref(target: string, current: string): string {
  const from = new URL(current);
  const to = new URL(target, current);
  for (const key of KEEP) {
    const value = from.searchParams.get(key);
    if (value !== null) to.searchParams.set(key, value);
  }
  to.hash = from.hash;
  return to.href;
}

export function keepPlaceOnSwitch(doc: Document): void {
  for (const a of doc.querySelectorAll<HTMLAnchorElement>('a.lang-switch')) {
    const target = a.getAttribute('href') ?? '';
    a.addEventListener('click', () => {
      a.href = switchHref(target, doc.location.href);
    });
  }
}
