import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGeo } from '@/map/load-geo.ts';
import { miniContext, miniTopology } from './fixtures/mini-topology.ts';

async function generated(topo: unknown, context: unknown): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'payung-map-'));
  await mkdir(join(dir, 'geo'));
  await writeFile(join(dir, 'geo', 'ntt.topo.json'), JSON.stringify(topo));
  await writeFile(join(dir, 'geo', 'context.json'), JSON.stringify(context));
  return dir;
}

describe('loadGeo', () => {
  it('reads valid generated files', async () => {
    const { topology } = loadGeo(await generated(miniTopology(), miniContext));
    expect(topology.objects.regencies.geometries).toHaveLength(3);
  });

  it('names the file and the field when the shape is wrong', async () => {
    const broken = miniTopology();
    const dir = await generated({ ...broken, objects: { regencies: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [] }] } } }, miniContext);
    expect(() => loadGeo(dir)).toThrow(/ntt\.topo\.json: unexpected shape at objects\.regencies\.geometries\.0\.type/);
  });

  it('says how to create missing files', () => {
    expect(() => loadGeo('/nonexistent')).toThrow(/Run the geo build first/);
  });
});
