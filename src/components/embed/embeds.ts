/**
 * Every embeddable item: the map ("peta") and each chart of the registry.
 * What an embed page and its snippet need to know about one.
 */
import { serverDocument } from '@/charts/document.ts';
import { mapText } from '@/charts/map-table.ts';
import { CHARTS, chartById, WIDTHS } from '@/charts/registry.ts';
import type { Dataset } from '@/lib/dataset-schema.ts';
import type { Lang } from '@/lib/format.ts';
import { fallbackHeight } from '@/components/charts/links.ts';

export const MAP_EMBED_ID = 'peta';
export const EMBED_IDS: readonly string[] = [MAP_EMBED_ID, ...CHARTS.map((c) => c.id)];

export interface EmbedInfo {
  id: string;
  title: string;
  description: string;
  sources: string[];
  /** Where the full story lives (path without language prefix). */
  backPath: string;
  fallbackHeight: number;
}

export function embedInfo(d: Dataset, id: string, lang: Lang): EmbedInfo {
  if (id === MAP_EMBED_ID) {
    const t = mapText(d, lang);
    return { id, title: t.title, description: t.subtitle, sources: t.sources, backPath: '/', fallbackHeight: 760 };
  }
  const chart = chartById(id);
  const out = chart.build(d, lang, serverDocument(), { width: WIDTHS.wide });
  return {
    id,
    title: out.title,
    description: out.subtitle,
    sources: out.sources,
    backPath: `/grafik/${chart.slug}/`,
    fallbackHeight: fallbackHeight(out.height, out.notes.length),
  };
}
