/** The open regency lives in the URL (?kabupaten=slug), so a shared link reopens it and Back closes it. */
const KEY = 'payungPanel';

export function selectedSlug(param: string): string | null {
  return new URL(location.href).searchParams.get(param);
}

export function pushSelection(param: string, slug: string): void {
  const url = new URL(location.href);
  url.searchParams.set(param, slug);
  url.hash = '';
  history.pushState({ [KEY]: slug }, '', url);
}

/** Closing by hand: step back if we pushed the entry, else drop the parameter in place. */
export function clearSelection(param: string): void {
  if (history.state?.[KEY]) {
    history.back();
    return;
  }
  const url = new URL(location.href);
  url.searchParams.delete(param);
  history.replaceState(null, '', url);
}
