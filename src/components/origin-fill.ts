/**
 * Completes what a build without SITE_URL could not know: the site's origin. Embed snippets
 * ([data-fill-origin] textareas) get their root-relative src="/…" made absolute from this page's
 * origin, and so do printed addresses (other [data-fill-origin] elements, root-relative text);
 * share links ([data-share-text], hidden until now) get this page's address. Running it twice
 * changes nothing (each filled element loses its marker).
 */
export function absoluteSnippet(snippet: string, origin: string): string {
  return snippet.replace(/(src|href)="\//g, `$1="${origin}/`);
}

export function whatsAppHref(text: string, url: string): string {
  return `https://wa.me/?text=${encodeURIComponent(`${text} ${url}`)}`;
}

export function fillOrigin(doc: Document): void {
  const origin = doc.location.origin;
  for (const el of doc.querySelectorAll<HTMLTextAreaElement>('textarea[data-fill-origin]')) {
    el.value = absoluteSnippet(el.value, origin);
    el.removeAttribute('data-fill-origin');
  }
  for (const el of doc.querySelectorAll<HTMLElement>(':not(textarea)[data-fill-origin]')) {
    el.textContent = `${origin}${el.textContent ?? ''}`;
    el.removeAttribute('data-fill-origin');
  }
  for (const a of doc.querySelectorAll<HTMLAnchorElement>('a[data-share-text]')) {
    const url = new URL(doc.location.href);
    url.hash = '';
    a.href = whatsAppHref(a.dataset['shareText'] ?? '', url.href);
    a.hidden = false;
  }
}
