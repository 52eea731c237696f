import { escapeXml } from './escape-xml.ts';
import type { Lang } from './format.ts';
import { pick } from './i18n.ts';
import type { Update } from './schema.ts';

/**
 * The updates table as an Atom feed (RFC 4287): one entry per update, newest
 * first. Pure: the caller passes absolute URLs, so the same function serves
 * both editions and the tests.
 */
export interface FeedInput {
  lang: Lang;
  title: string;
  author: string;
  /** Absolute URL of the feed itself (rel="self"; also its id). */
  feedUrl: string;
  /** Absolute URL of the updates page; entries link to `#<id>` on it. */
  pageUrl: string;
  /** Newest first. */
  updates: readonly Update[];
}

/** A day-precise date as an RFC 3339 timestamp (midnight UTC: the table records days, not times). */
export const atomDate = (iso: string): string => `${iso}T00:00:00Z`;

export function atomFeed(input: FeedInput): string {
  const { lang, updates } = input;
  const e = escapeXml;
  const newest = updates[0]?.date.iso ?? '1970-01-01';
  const entries = updates.map((u) => {
    const link = `${input.pageUrl}#${u.id}`;
    return [
      '  <entry>',
      `    <id>${e(link)}</id>`,
      `    <title>${e(pick(u, 'title', lang))}</title>`,
      `    <updated>${atomDate(u.date.iso)}</updated>`,
      `    <published>${atomDate(u.date.iso)}</published>`,
      `    <link rel="alternate" type="text/html" href="${e(link)}"/>`,
      `    <category term="${e(u.kind)}"/>`,
      `    <summary>${e(pick(u, 'summary', lang))}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">`,
    `  <id>${e(input.feedUrl)}</id>`,
    `  <title>${e(input.title)}</title>`,
    `  <updated>${atomDate(newest)}</updated>`,
    `  <author><name>${e(input.author)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${e(input.feedUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${e(input.pageUrl)}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
