/**
 * The boundary file carries its MIT licence in its header comment. MIT asks
 * that the notice travel with copies, so the build republishes it next to the
 * TopoJSON and GeoJSON it derives, with the credit line.
 */
import { messages } from '../../src/lib/i18n.ts';
import { SITE_NAME } from '../../src/lib/site.ts';

export const BOUNDARY_CREDIT = messages('id').credits.boundaries;

export function licenceNotice(sql: string): string {
  const header = /\/\*([\s\S]*?)\*\//.exec(sql)?.[1] ?? '';
  const start = header.indexOf('MIT License');
  if (start < 0) throw new Error('boundary file: no MIT licence found in its header comment');
  const copyright = /copyright \(c\)[^\n]*/i.exec(header.slice(start))?.[0] ?? '';
  const body = header.slice(start, header.indexOf(copyright, start) >= 0 && copyright ? header.indexOf(copyright, start) : undefined);
  return [
    BOUNDARY_CREDIT,
    `${SITE_NAME}: ntt-kabupaten.topo.json and ntt-kabupaten.geo.json are simplified derivatives of`,
    'db/kab/wilayah_boundaries_kab_53.sql, commit 3c5a7960f4d227a38489094d84252bdbb3f978a5.',
    '',
    body.trim().replace(/\n={3,}\s*$/, '').trim(),
    '',
    copyright.trim(),
    '',
  ].join('\n');
}
