import type { APIRoute } from 'astro';
import { SCHEMA_PATH, fileUrl } from '@/components/tracker/regency-files.ts';
import { regencyJsonSchema } from '@/lib/regency-data.ts';

/** JSON Schema of /data/kabupaten/<slug>.json, generated from the zod schema. */
export const GET: APIRoute = ({ site }) =>
  new Response(`${JSON.stringify(regencyJsonSchema(fileUrl(site, SCHEMA_PATH)), null, 1)}\n`, {
    headers: { 'Content-Type': 'application/schema+json' },
  });
