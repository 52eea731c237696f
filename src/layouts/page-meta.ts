import type { Lang } from '@/lib/format.ts';

/** What every page tells its layout: the site page (Base.astro) and the embed (EmbedLayout.astro) alike. */
export interface PageMeta {
  lang: Lang;
  /** The page's own title; the layout adds the site name. */
  title: string;
  description: string;
  /** Path without the language prefix, e.g. "/kabupaten/ende/". */
  path: string;
}
