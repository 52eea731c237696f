/**
 * URLs of the "for journalists" material, honouring BASE_PATH and SITE_URL:
 * download files, embed pages, the embed snippet.
 */
import { DOWNLOAD_FORMATS, downloadName, type DownloadFormat } from '@/charts/file-names.ts';
import type { Lang } from '@/lib/format.ts';
import { asset, href, siteKnown } from '@/components/url.ts';
import { escapeXml } from '@/lib/escape-xml.ts';

export interface DownloadLink {
  format: DownloadFormat;
  name: string;
  href: string;
}

export function downloads(stem: string, year: number, lang: Lang): DownloadLink[] {
  return DOWNLOAD_FORMATS.map((format) => {
    const name = downloadName(stem, year, lang, format);
    return { format, name, href: asset(`/unduh/${name}`) };
  });
}

export function embedPath(id: string): string {
  return `/embed/${id}/`;
}

/** Absolute when SITE_URL is known; otherwise root-relative, for origin-fill.ts to complete in the browser. */
function absoluteUrl(site: URL | undefined, path: string): string {
  return siteKnown(site) ? new URL(path, site).href : path;
}

/** What a newsroom pastes into its CMS: an iframe that works alone, and the optional resize script. */
export function embedSnippet(site: URL | undefined, lang: Lang, id: string, title: string, fallbackHeight: number): string {
  const src = absoluteUrl(site, href(lang, embedPath(id)));
  const script = absoluteUrl(site, asset('/embed.js'));
  const safeTitle = escapeXml(title);
  return (
    `<iframe src="${src}" title="${safeTitle}" loading="lazy" style="width:100%;border:0" height="${fallbackHeight}" data-payung-embed="${id}"></iframe>\n` +
    `<script src="${script}" async></script>`
  );
}

/**
 * The iframe's height when the resize script is missing: the wide drawing
 * plus an allowance for the words around it, so nothing important is cut off.
 */
export function fallbackHeight(chartHeight: number, notes: number): number {
  return Math.round((chartHeight + 330 + notes * 44) / 10) * 10;
}
