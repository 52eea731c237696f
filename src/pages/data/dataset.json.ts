import type { APIRoute } from 'astro';
import { loadDataset } from '@/data/dataset.ts';

/** The whole normalised dataset, for journalists and for checking our work. */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(loadDataset(), null, 1)}\n`, { headers: { 'Content-Type': 'application/json' } });
