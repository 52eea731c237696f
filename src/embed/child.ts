/**
 * Runs in every embed page: applies ?theme=light|dark to <html data-theme>,
 * and, when framed, reports the content wrapper's height to the parent
 * (see resize-protocol.ts). External module script: no inline JS, CSP-clean.
 */
import { childReporter, themeFromQuery } from './resize-protocol.ts';

const theme = themeFromQuery(location.search);
if (theme) document.documentElement.dataset['theme'] = theme;

const root = document.querySelector<HTMLElement>('[data-embed-root]');
if (root && window.parent !== window) {
  const report = childReporter({
    id: root.dataset['embedRoot'] ?? '',
    measure: () => root.getBoundingClientRect().height,
    post: (message) => window.parent.postMessage(message, '*'),
  });
  new ResizeObserver(report).observe(root);
  window.addEventListener('load', report);
  report();
}
