/**
 * The pages each edition builds, once for /… and /en/…: the route files in
 * src/pages only pick the edition and hand these to Astro as getStaticPaths.
 */
import { CHARTS } from '@/charts/registry.ts';
import { loadDataset } from '@/data/dataset.ts';
import { EMBED_IDS } from '@/components/embed/embeds.ts';

export const regencyPaths = () => loadDataset().regencies.map((r) => ({ params: { slug: r.slug }, props: { kode: r.kode } }));
export const eventPaths = () => loadDataset().events.map((e) => ({ params: { id: e.id } }));
export const chartPaths = () => CHARTS.map((c) => ({ params: { slug: c.slug } }));
export const embedPaths = () => EMBED_IDS.map((id) => ({ params: { id } }));
