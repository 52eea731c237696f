/**
 * Reads the generated geo files (scripts/geo/build-geo.ts) at build time and checks their shape
 * before the renderers trust them: a stale or hand-edited file fails here with the field named,
 * not as a blank map.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedDir } from '../lib/generated-dir.ts';
import type { z } from 'zod';
import { ContextLandSchema, NttTopologySchema } from './geo-schema.ts';
import type { ContextLand, NttTopology } from './types.ts';

export { ContextLandSchema, NttTopologySchema };

export interface GeoData {
  topology: NttTopology;
  context: ContextLand;
}


function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${path}: cannot read (${reason}). Run the geo build first (scripts/geo/build-geo.ts).`);
  }
}

function parse<T>(schema: z.ZodType<T>, path: string): T {
  const result = schema.safeParse(readJson(path));
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`${path}: unexpected shape at ${issue?.path.join('.') || '(root)'}: ${issue?.message}`);
  }
  return result.data;
}

// Every map, locator and download of a build draws from the same two files: read and check them once.
const cache = new Map<string, GeoData>();

export function loadGeo(dir = generatedDir()): GeoData {
  const cached = cache.get(dir);
  if (cached) return cached;
  const topology: NttTopology = parse(NttTopologySchema, join(dir, 'geo', 'ntt.topo.json'));
  const context: ContextLand = parse(ContextLandSchema, join(dir, 'geo', 'context.json'));
  const geo = { topology, context };
  cache.set(dir, geo);
  return geo;
}
