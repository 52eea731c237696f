import { loadDataset } from '@/data/dataset.ts';
import type { Lang } from '@/lib/format.ts';
import { messages } from '@/lib/i18n.ts';
import { renderIslandMap, type IslandMap } from '@/map/island-map.ts';
import { loadGeo } from '@/map/load-geo.ts';
import { mapRegions } from '@/components/charts/map-regions.ts';


const cache = new Map<Lang, IslandMap>();

/** The home page's map, drawn once per language and build: the map block and the story's locators share it. */
export function homeMap(lang: Lang): IslandMap {
  let map = cache.get(lang);
  if (!map) {
    const { topology, context } = loadGeo();
    map = renderIslandMap({ topology, context, regions: mapRegions(loadDataset(), lang), lang, labels: messages(lang).mapLabels });
    cache.set(lang, map);
  }
  return map;
}
