import type { Lang } from '@/lib/format.ts';

/** Site-relative link for an edition, honouring BASE_PATH (a newsroom may host us under a sub-path). */
export function href(lang: Lang, path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}${lang === 'en' ? '/en' : ''}${path}`;
}

/** Absolute URL (canonical, Open Graph), from SITE_URL. */
export function absolute(site: URL | undefined, lang: Lang, path: string): string {
  return new URL(href(lang, path), site ?? 'http://localhost:4321').href;
}

export function asset(path: string): string {
  return `${import.meta.env.BASE_URL.replace(/\/$/, '')}${path}`;
}

/**
 * Whether the build knows the site's public address (SITE_URL). Without it Astro falls back to
 * localhost, which must never reach a reader: embed snippets and share links are then written
 * root-relative and completed from the page's own origin in the browser (origin-fill.ts).
 */
export function siteKnown(site: URL | undefined): site is URL {
  return site !== undefined && site.hostname !== 'localhost' && site.hostname !== '127.0.0.1';
}

/**
 * An address written into something a reader takes away (a download, a citation, an embed's
 * link): absolute with SITE_URL; without it root-relative, which the browser resolves against
 * wherever the site is served — never the localhost Astro falls back to.
 */
export function publicHref(site: URL | undefined, lang: Lang, path: string): string {
  return siteKnown(site) ? absolute(site, lang, path) : href(lang, path);
}

/** The same for a file of the site that has no edition (/data/…). */
export function publicAsset(site: URL | undefined, path: string): string {
  return siteKnown(site) ? new URL(asset(path), site).href : asset(path);
}

/** An address worth printing on paper or in a picture: only a full one (null without SITE_URL). */
export function printableUrl(site: URL | undefined, lang: Lang, path: string): string | null {
  return siteKnown(site) ? absolute(site, lang, path) : null;
}

let warned = false;
/** Says once per build that SITE_URL is missing (called where a share link or snippet is made). */
export function warnIfSiteUnknown(site: URL | undefined): void {
  if (warned || siteKnown(site)) return;
  warned = true;
  console.warn('⚠ SITE_URL is not set: links and citations are root-relative, chart credits name no address, embed snippets and share links are completed in the browser; the Atom feeds say localhost. Set SITE_URL=https://… to deploy. / SITE_URL tidak disetel.');
}
