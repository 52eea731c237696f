import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedDir } from '@/data/dataset.ts';

/** Boundaries for journalists: the same simplified TopoJSON the map is drawn from, GeoJSON, and their licence. */
const FILES = [
  { name: 'ntt-kabupaten.topo.json', source: 'ntt.topo.json', type: 'application/json' },
  { name: 'ntt-kabupaten.geo.json', source: 'ntt.geo.json', type: 'application/geo+json' },
  { name: 'LISENSI-batas-wilayah.txt', source: 'LICENSE-wilayah_boundaries.txt', type: 'text/plain; charset=utf-8' },
] as const;

export const getStaticPaths = (() => FILES.map((f) => ({ params: { file: f.name }, props: { source: f.source, type: f.type } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const body = readFileSync(join(generatedDir(), 'geo', props['source'] as string));
  return new Response(new Uint8Array(body), { headers: { 'Content-Type': props['type'] as string } });
};
