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

let warned = false;
/** Says once per build that SITE_URL is missing (called where a share link or snippet is made). */
export function warnIfSiteUnknown(site: URL | undefined): void {
  if (warned || siteKnown(site)) return;
  warned = true;
  console.warn('⚠ SITE_URL is not set: embed snippets and share links are completed from the page’s address in the browser. Set SITE_URL=https://… for absolute URLs. / SITE_URL tidak disetel.');
}
