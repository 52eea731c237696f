/**
 * /unduh/<file>: the downloads of the map and every chart (PNG 2×, SVG, CSV),
 * rendered at build time. Names say what they are, e.g.
 * payung-peserta-per-kabupaten-2025.png, payung-peta-status-kabupaten-2025-en.csv.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { downloadBody, downloadFiles, type DownloadFile } from '@/components/charts/download-files.ts';
import { loadDataset } from '@/data/dataset.ts';

export const getStaticPaths = (() => downloadFiles(loadDataset()).map((file) => ({ params: { file: file.name }, props: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { body, contentType } = downloadBody(loadDataset(), props['file'] as DownloadFile, site);
  return new Response(typeof body === 'string' ? body : new Uint8Array(body), { headers: { 'Content-Type': contentType } });
};
