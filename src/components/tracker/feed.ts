import type { APIRoute } from 'astro';
import { loadDataset } from '@/data/dataset.ts';
import { atomFeed } from '@/lib/atom.ts';
import type { Lang } from '@/lib/format.ts';
import { messages } from '@/lib/i18n.ts';
import { absolute } from '@/components/url.ts';

/** Where each edition's feed lives (site path without the language prefix). */
export const FEED_PATH = '/pembaruan/atom.xml';

/** The GET handler of one edition's Atom feed. */
export function feedRoute(lang: Lang): APIRoute {
  return ({ site }) => {
    const body = atomFeed({
      lang,
      title: `${messages(lang).siteName} — ${messages(lang).tracker.feedTitle}`,
      author: messages(lang).siteName,
      feedUrl: absolute(site, lang, FEED_PATH),
      pageUrl: absolute(site, lang, '/pembaruan/'),
      updates: loadDataset().updates,
    });
    return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
  };
}
