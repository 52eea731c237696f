import type { APIRoute } from 'astro';
import { SCHEMA_PATH } from '@/components/tracker/regency-files.ts';
import { publicAsset } from '@/components/url.ts';
import { regencyJsonSchema } from '@/lib/regency-data.ts';

/** JSON Schema of /data/kabupaten/<slug>.json, generated from the zod schema. */
export const GET: APIRoute = ({ site }) =>
  new Response(`${JSON.stringify(regencyJsonSchema(publicAsset(site, SCHEMA_PATH)), null, 1)}\n`, {
    headers: { 'Content-Type': 'application/schema+json' },
  });
