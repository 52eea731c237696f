/**
 * Runs in every embed page: applies ?theme=light|dark to <html data-theme>,
 * and, when framed, reports the content wrapper's height to the parent
 * (see resize-protocol.ts). External module script: no inline JS, CSP-clean.
 */
import { childReporter, HELLO_TYPE, themeFromQuery } from './resize-protocol.ts';

const theme = themeFromQuery(location.search);
if (theme) document.documentElement.dataset['theme'] = theme;

const root = document.querySelector<HTMLElement>('[data-embed-root]');
if (root && window.parent !== window) {
  const report = childReporter({
    id: root.dataset['embedRoot'] ?? '',
    measure: () => root.getBoundingClientRect().height,
    viewport: () => window.innerHeight,
    post: (message) => window.parent.postMessage(message, '*'),
  });
  // The border box is what `measure` reads: a padding change leaves the content box alone.
  new ResizeObserver(() => report()).observe(root, { box: 'border-box' });
  window.addEventListener('load', () => report());
  // embed.js asks once when it loads after this frame reported. Only our parent may ask, and
  // all it gets is the height, posted again.
  window.addEventListener('message', (event) => {
    const data = event.data as { type?: unknown } | null;
    if (event.source === window.parent && data && data.type === HELLO_TYPE) report(true);
  });
  report();
}
