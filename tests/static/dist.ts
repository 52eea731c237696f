/**
 * The built site as the static tests see it: every HTML page parsed once,
 * with the site's root URL (SITE_URL + BASE_PATH) read from the home page's
 * canonical link, so the checks hold for any deployment.
 * A missing dist/ is a failure ("run npm run build first"), never a skip.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parseHTML } from 'linkedom';

export const DIST = resolve(process.env['PAYUNG_OUT_DIR'] ?? join(import.meta.dirname, '../../dist'));

export function requireDist(): void {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(`${DIST}/index.html is missing: run npm run build first`);
  }
}

export function distFiles(dir = DIST): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? distFiles(full) : [full];
  });
}

export interface BuiltPage {
  /** Path inside dist/, e.g. "kabupaten/ende/index.html". */
  file: string;
  /** Site path without the base, e.g. "/kabupaten/ende/". */
  path: string;
  html: string;
  document: Document;
  ids: Set<string>;
}

let cache: Map<string, BuiltPage> | undefined;

/** Every built HTML page, keyed by site path ("/", "/en/kabupaten/ende/", "/404.html"). */
export function builtPages(): Map<string, BuiltPage> {
  requireDist();
  if (cache) return cache;
  cache = new Map();
  for (const full of distFiles().filter((f) => f.endsWith('.html'))) {
    const file = relative(DIST, full).split(sep).join('/');
    const path = `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
    const html = readFileSync(full, 'utf8');
    const { document } = parseHTML(html);
    const ids = new Set<string>();
    for (const el of document.querySelectorAll('[id], a[name]')) ids.add(el.getAttribute('id') ?? el.getAttribute('name') ?? '');
    cache.set(path, { file, path, html, document: document as unknown as Document, ids });
  }
  return cache;
}

/**
 * The deployed root, e.g. "https://example.org/interaktif/ntt/"; without SITE_URL the canonical
 * link is root-relative ("/" or "/interaktif/ntt/") and stands on a placeholder origin.
 */
export function siteRoot(): URL {
  const home = builtPages().get('/');
  const canonical = home?.document.querySelector('link[rel="canonical"]')?.getAttribute('href');
  if (!canonical) throw new Error('dist/index.html has no <link rel="canonical">: cannot tell SITE_URL/BASE_PATH');
  return new URL(canonical, 'http://site-url-unset.invalid/');
}

/** The site path ("/kabupaten/ende/") a URL points to, or null when it leaves the site. */
export function sitePath(url: URL, root = siteRoot()): string | null {
  if (url.origin !== root.origin || !url.pathname.startsWith(root.pathname)) return null;
  return `/${decodeURIComponent(url.pathname.slice(root.pathname.length))}`;
}

/** Whether a site path is served from dist/ (a file, or a directory with index.html). */
export function existsInDist(path: string): boolean {
  const full = join(DIST, path);
  if (!full.startsWith(DIST)) return false;
  if (existsSync(full) && statSync(full).isFile()) return true;
  return path.endsWith('/') && existsSync(join(full, 'index.html'));
}

/** Page URL as a visitor sees it (for resolving relative links). */
export function pageUrl(page: BuiltPage, root = siteRoot()): URL {
  return new URL(page.path.slice(1), root);
}
