import { loadDataset } from '../../data/dataset.ts';
import type { Lang } from '../../lib/format.ts';
import { renderIslandMap, type IslandMap } from '../../map/island-map.ts';
import { loadGeo } from '../../map/load-geo.ts';
import { mapRegions } from '../charts/map-regions.ts';

const LABELS = {
  id: { title: 'Peta pekerja terdaftar per kabupaten/kota di NTT', desc: 'Warna menunjukkan jumlah pekerja terdaftar yang diterbitkan; arsiran menandai wilayah tanpa angka terbit. Angka yang sama ada di tabel di bawah.' },
  en: { title: 'Map of enrolled workers by regency in NTT', desc: 'Colour shows published enrolled-worker counts; hatching marks regencies without published figures. The same figures are in the table below.' },
};

const cache = new Map<Lang, IslandMap>();

/** The home page's map, drawn once per language and build: the map block and the story's locators share it. */
export function homeMap(lang: Lang): IslandMap {
  let map = cache.get(lang);
  if (!map) {
    const { topology, context } = loadGeo();
    map = renderIslandMap({ topology, context, regions: mapRegions(loadDataset(), lang), lang, labels: LABELS[lang] });
    cache.set(lang, map);
  }
  return map;
}
