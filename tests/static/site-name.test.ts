/**
 * The site is Payung everywhere: JARING (jaring.id) is another newsroom. The
 * only "jaring" left in the built site is the phrase "jaring pengaman" (safety
 * net), the reports' and the story's own words.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_NAME, SITE_SLUG } from '@/lib/site.ts';
import { DIST, distFiles, requireDist } from './dist.ts';

const TEXT = /\.(html|css|js|json|csv|svg|txt|xml)$/;

describe('site name', () => {
  it('no text file in dist/ names the site Jaring', () => {
    requireDist();
    const offenders: string[] = [];
    for (const file of distFiles().filter((f) => TEXT.test(f))) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/jaring(?! pengaman)/gi)) offenders.push(`${file.slice(DIST.length)}: …${text.slice(Math.max(0, m.index - 30), m.index + 30)}…`);
    }
    expect(offenders).toEqual([]);
  });

  it('every download is named payung-…', () => {
    const names = distFiles().filter((f) => f.includes('/unduh/')).map((f) => basename(f));
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name.startsWith(`${SITE_SLUG}-`)).toBe(true);
  });

  it('the share-card meta carries the name', () => {
    const html = readFileSync(`${DIST}/index.html`, 'utf8');
    expect(html).toContain(`<meta property="og:site_name" content="${SITE_NAME}"`);
  });
});
