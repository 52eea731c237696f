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
 *   - event.source is the contentWindow of an iframe[data-payung-embed] (the
 *     gate: no other window can send with that source), and
 *   - event.origin is the site that iframe shows (see `sameSite` below: the
 *     src origin, or where an http→https or apex↔www redirect took it; 'null'
 *     only for a frame sandboxed without allow-same-origin), and
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
/** Parent → child: "report your height now" (embed.js may load after the frame already reported). */
export const HELLO_TYPE = `${SITE_SLUG}:hello` as const;
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
  /** 'null' when the host page itself is sandboxed. */
  origin?: string;
}

export interface FrameLike {
  src: string;
  contentWindow: unknown;
  style: { height: string };
  getAttribute(name: 'sandbox'): string | null;
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
  const frames = () => win.document.querySelectorAll('iframe[data-payung-embed]');
  // [scheme, host without "www.", port] of a URL.
  const site = (url: URL) => [url.protocol, url.hostname.replace(/^www\./, ''), url.port];
  const handle = function (event: MessageLike): void {
    const data = event.data as { type?: unknown; height?: unknown } | null;
    if (!data || typeof data !== 'object' || data.type !== 'payung:height') return;
    const raw = data.height;
    if (typeof raw !== 'number' || !isFinite(raw) || raw <= 0) return;
    const height = Math.round(Math.min(10000, Math.max(100, raw)));
    const list = frames();
    for (let i = 0; i < list.length; i++) {
      const frame = list[i];
      if (!frame || frame.contentWindow !== event.source || !event.source) continue;
      // The origin check is defence in depth for a frame that navigated away to a foreign page
      // (the source check above already proves the message comes from inside this iframe, and
      // all a message can do is set its height within [100, 10000]). It cannot demand the src's
      // exact origin: hosts redirect http→https and apex→www (or back), and the frame then shows
      // our page from the other origin. So: same host up to a leading "www.", same port, and the
      // same scheme or an upgrade to https; never a downgrade, never another host.
      // A frame sandboxed without allow-same-origin has an opaque origin: its messages come from
      // 'null', and only then is 'null' accepted (the sandbox attribute is the host page's own).
      // A host page that is itself sandboxed (its origin is 'null') passes its sandbox on to the
      // frames in it: the same holds.
      const sandbox = frame.getAttribute('sandbox');
      let ok = false;
      try {
        if (win.origin === 'null' || (sandbox !== null && !/\ballow-same-origin\b/i.test(sandbox))) ok = event.origin === 'null';
        else {
          const [p, h, n] = site(new URL(frame.src, win.document.baseURI));
          const [q, g, m] = site(new URL(event.origin));
          ok = h === g && n === m && (p === q || (p === 'http:' && q === 'https:'));
        }
      } catch {
        // 'null' or a src that is no URL: not ours.
      }
      if (!ok) return;
      if (!(Math.abs(parseFloat(frame.style.height) - height) < 1)) frame.style.height = height + 'px';
      return;
    }
  };
  win.addEventListener('message', handle);
  // embed.js may run after a frame already reported (async script, a cached frame): ask each
  // frame once; a frame not loaded yet reports by itself when it loads.
  const list = frames();
  for (let i = 0; i < list.length; i++) {
    try {
      (list[i]!.contentWindow as Window).postMessage({ type: 'payung:hello' }, '*');
    } catch {
      // No window yet: it reports when it loads.
    }
  }
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
  /** The frame's viewport height (innerHeight): what the parent changes when it resizes the frame. */
  viewport(): number;
  post(message: HeightMessage): void;
}

/**
 * Returns `report()`: call it whenever the wrapper may have changed size
 * (ResizeObserver, load, fonts). Posts only when the height changed by ≥1px.
 *
 * Content sized by the viewport (`min-height: 100vh` plus a header, say) grows
 * whenever the frame does: reporting it would make the parent grow the frame,
 * which grows the content again, without end (1.840 → 10.000 px in 1,75 s in
 * #14). So a change that only mirrors the viewport's last change (the content
 * grew by exactly as much as the frame just did) is taken as seen and not
 * posted. Content that really changed is still posted; at most one extra
 * round follows it before the viewport part is recognised again.
 */
export function childReporter({ id, measure, viewport, post }: ChildOptions): (again?: boolean) => void {
  let last = -1;
  let posted = -1;
  let lastViewport = viewport();
  const send = (height: number) => {
    posted = height;
    post({ type: MESSAGE_TYPE, id, height });
  };
  /** `again`: the parent asked; post the last height it should have (nothing new is measured into it). */
  return (again = false) => {
    const height = Math.ceil(measure());
    const view = viewport();
    const viewportGrew = view - lastViewport;
    lastViewport = view;
    if (again && posted > 0) return send(posted);
    if (!Number.isFinite(height) || height <= 0 || Math.abs(height - last) < 1) return;
    const mirrorsViewport = last > 0 && viewportGrew !== 0 && Math.abs(height - last - viewportGrew) < 1;
    last = height;
    if (!mirrorsViewport) send(height);
  };
}

/** `?theme=light|dark` → the value for <html data-theme>, or null to follow the reader's preference. */
export function themeFromQuery(search: string): 'light' | 'dark' | null {
  const theme = new URLSearchParams(search).get('theme');
  return theme === 'light' || theme === 'dark' ? theme : null;
}
