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
