import type { APIRoute, GetStaticPaths } from 'astro';
import { regencyFileData, regencyPaths } from '@/components/tracker/regency-files.ts';

/** One regency's figures, events, notes and sources with citation metadata. */
export const getStaticPaths = (() => regencyPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ site, props }) =>
  new Response(`${JSON.stringify(regencyFileData(site, props['kode'] as string), null, 1)}\n`, {
    headers: { 'Content-Type': 'application/json' },
  });
