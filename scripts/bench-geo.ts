/**
 * Size budget of the maps: prints the TopoJSON and the inline choropleth SVG sizes (raw and
 * gzip) and exits non-zero when over budget. Reads generated/geo/* (run the geo build first).
 *
 * The SVG is measured for two synthetic region lists — every regency with a five-digit figure
 * (most label text) and every regency without data (pattern fills) — so the budget holds
 * whatever the dataset says.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { renderChoropleth } from '../src/map/choropleth.ts';
import { generatedDir } from '../src/lib/generated-dir.ts';
import { loadGeo } from '../src/map/load-geo.ts';
import type { MapRegion } from '../src/map/types.ts';

const KIB = 1024;
const BUDGET = { topo: 10 * KIB, svg: 12 * KIB };

const dir = generatedDir();
const { topology, context } = loadGeo(dir);
const topoText = readFileSync(join(dir, 'geo', 'ntt.topo.json'));

const base = topology.objects.regencies.geometries.map((g) => g.properties);
const variants: Record<string, MapRegion[]> = {
  'all figures': base.map((p, i) => ({ kode: p.kode, name: p.name.replace(/^Kabupaten /, ''), slug: p.slug, status: 'figures', workers: 10000 + i * 1111, href: `/kabupaten/${p.slug}/` })),
  'no data': base.map((p) => ({ kode: p.kode, name: p.name.replace(/^Kabupaten /, ''), slug: p.slug, status: 'none', workers: null, href: `/kabupaten/${p.slug}/` })),
};

const kib = (n: number): string => `${(n / KIB).toFixed(2)} KiB`;
let failed = false;
function report(name: string, raw: number, gzip: number, budget: number): void {
  const ok = gzip <= budget;
  failed ||= !ok;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${name.padEnd(28)} raw ${kib(raw).padStart(10)}  gzip ${kib(gzip).padStart(9)}  (budget ${kib(budget)} gzip)`);
}

report('ntt.topo.json', topoText.length, gzipSync(topoText, { level: 9 }).length, BUDGET.topo);
for (const [name, regions] of Object.entries(variants)) {
  const svg = Buffer.from(renderChoropleth({ topology, context, regions, lang: 'id', labels: { title: 'Peta', desc: 'Peta NTT' } }));
  report(`choropleth SVG (${name})`, svg.length, gzipSync(svg, { level: 9 }).length, BUDGET.svg);
}
if (failed) {
  console.error('bench-geo: over budget');
  process.exitCode = 1;
}
