/**
 * Payung's embed resize protocol — ours, tiny, no third-party library.
 *
 * Child (the page inside the iframe, /embed/<id>/) posts
 *   { type: 'payung:height', id, height }
 * to its parent whenever the height of its content wrapper ([data-embed-root])
 * changes. It measures the wrapper, never documentElement or 100vh, so an
 * iframe growing cannot make the content grow (no feedback loop).
 *
 * Parent (public/embed.js, generated from `parentScript` below by
 * src/pages/embed.js.ts) accepts a message only when
 *   - event.source is the contentWindow of an iframe[data-payung-embed], and
 *   - event.origin equals the exact origin of that iframe's src, and
 *   - data.type is 'payung:height' and data.height a finite number > 0;
 * clamps the height to [MIN_HEIGHT, MAX_HEIGHT] and sets it only when it changes
 * by 1px or more. It never navigates, never inserts HTML. (pym.js < 1.3.2 let
 * any frame's message navigate the parent: that is what this avoids.)
 *
 * `parentScript` must stay self-contained (no imports, no outer variables):
 * it is serialised with Function.prototype.toString.
 */
import { SITE_SLUG } from '@/lib/site.ts';

/** Literal copies inside parentScript (serialised, so it cannot import) are pinned to this by tests. */
export const MESSAGE_TYPE = `${SITE_SLUG}:height` as const;
export const MIN_HEIGHT = 100;
export const MAX_HEIGHT = 10000;

export interface HeightMessage {
  type: typeof MESSAGE_TYPE;
  id: string;
  height: number;
}

/** The subset of `window` the parent script uses, so tests can pass a fake. */
export interface ParentWindow {
  document: { querySelectorAll(selector: string): ArrayLike<FrameLike>; baseURI: string };
  addEventListener(type: 'message', listener: (event: MessageLike) => void): void;
  __payungEmbed?: boolean;
}

export interface FrameLike {
  src: string;
  contentWindow: unknown;
  style: { height: string };
}

export interface MessageLike {
  origin: string;
  source: unknown;
  data: unknown;
}

/**
 * Installs the parent-side listener on `win` (once, however many snippets load
 * the script). Returns the handler, for tests.
 */
export function parentScript(win: ParentWindow): ((event: MessageLike) => void) | undefined {
  if (win.__payungEmbed) return undefined;
  win.__payungEmbed = true;
  const handle = function (event: MessageLike): void {
    const data = event.data as { type?: unknown; height?: unknown } | null;
    if (!data || typeof data !== 'object' || data.type !== 'payung:height') return;
    const raw = data.height;
    if (typeof raw !== 'number' || !isFinite(raw) || raw <= 0) return;
    const height = Math.round(Math.min(10000, Math.max(100, raw)));
    const frames = win.document.querySelectorAll('iframe[data-payung-embed]');
    for (let i = 0; i < frames.length; i++) {
      const frame = frames[i];
      if (!frame || frame.contentWindow !== event.source || !event.source) continue;
      let origin = '';
      try {
        origin = new URL(frame.src, win.document.baseURI).origin;
      } catch {
        return;
      }
      if (origin === 'null' || origin !== event.origin) return;
      const current = parseFloat(frame.style.height);
      if (!(Math.abs(current - height) < 1)) frame.style.height = height + 'px';
      return;
    }
  };
  win.addEventListener('message', handle);
  return handle;
}

/** The content of public/embed.js: the function above, called on `window`. */
export function embedScriptSource(fn: (win: ParentWindow) => unknown = parentScript): string {
  const body = fn
    .toString()
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '')
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
  return `/*! Payung embed resize (payung:height), see /embed/ */\n(${body})(window);\n`;
}

// ------------------------------------------------------------------ child side

export interface ChildOptions {
  id: string;
  /** The content wrapper ([data-embed-root]). */
  measure(): number;
  post(message: HeightMessage): void;
}

/**
 * Returns `report()`: call it whenever the wrapper may have changed size
 * (ResizeObserver, load, fonts). Posts only when the height changed by ≥1px.
 */
export function childReporter({ id, measure, post }: ChildOptions): () => void {
  let last = -1;
  return () => {
    const height = Math.ceil(measure());
    if (!Number.isFinite(height) || height <= 0 || Math.abs(height - last) < 1) return;
    last = height;
    post({ type: MESSAGE_TYPE, id, height });
  };
}

/** `?theme=light|dark` → the value for <html data-theme>, or null to follow the reader's preference. */
export function themeFromQuery(search: string): 'light' | 'dark' | null {
  const theme = new URLSearchParams(search).get('theme');
  return theme === 'light' || theme === 'dark' ? theme : null;
}
