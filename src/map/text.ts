/** The maps' words: the catalog's `map` section plus the basemap credits, all from src/lib/messages. */
import type { Lang } from '../lib/format.ts';
import { messages, type Messages } from '../lib/i18n.ts';

export type MapWords = Messages['map'] & { credit: string; creditContext: string };

export function mapWords(lang: Lang): MapWords {
  const t = messages(lang);
  return { ...t.map, credit: t.credits.boundaries, creditContext: t.credits.context };
}
