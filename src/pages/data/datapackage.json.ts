import type { APIRoute } from 'astro';
import { loadDataset } from '../../data/dataset.ts';
import { dataPackage } from '../../lib/datapackage.ts';
import { messages } from '../../lib/i18n.ts';
import { BOUNDARY_SOURCE, SITE_NAME } from '../../lib/site.ts';
import { tableRows } from '../../lib/table-export.ts';
import { regencyResources } from '../../lib/regency-data.ts';
import { TABLE_NAMES, type TableName } from '../../lib/schema.ts';
import { publicHref } from '../../components/url.ts';

/** /data/datapackage.json — what each CSV in /data/ holds (Frictionless Data Package). */
export const GET: APIRoute = ({ site }) => {
  const d = loadDataset();
  const t = messages('id');
  const tables = Object.fromEntries(TABLE_NAMES.map((name) => [name, tableRows(d, name)])) as Record<TableName, ReturnType<typeof tableRows>>;
  const pkg = dataPackage({
    site: SITE_NAME,
    title: `${SITE_NAME}: ${t.methodPage.dataPackageTitle(String(d.sources.length))}`,
    description: t.methodPage.description,
    homepage: publicHref(site, 'id', '/metodologi/'),
    citation: t.methodPage.citeText,
    sources: d.sources.map((s) => ({ title: `${s.outlet}${s.headline ? `: ${s.headline}` : ''}`, ...(s.url ? { path: s.url } : {}) })),
    licenses: [{ name: 'MIT', title: BOUNDARY_SOURCE, path: 'LISENSI-batas-wilayah.txt' }],
    rights: t.methodPage.quoteRights,
    tables,
    extraResources: regencyResources(d.regencies.map((r) => r.slug)),
  });
  return new Response(`${JSON.stringify(pkg, null, 1)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
