/**
 * A build without SITE_URL (the default) must not hand anyone an address on the build machine:
 * pages, embeds, downloads (SVG, CSV, JSON) and citations are root-relative or leave the address
 * out. The Atom feeds are the exception: Atom needs absolute IRIs, so a deployment sets SITE_URL
 * (the build warns when it is missing).
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, distFiles, requireDist } from './dist.ts';

const TEXT = /\.(html|svg|json|csv|txt|xml|js|css)$/;
const FEEDS = /(^|\/)pembaruan\/atom\.xml$/;

describe('no build-machine address', () => {
  it('no text file outside the feeds says localhost or 127.0.0.1', () => {
    requireDist();
    const files = distFiles().map((f) => relative(DIST, f)).filter((f) => TEXT.test(f) && !FEEDS.test(f));
    expect(files.length).toBeGreaterThan(100);
    const found = files.filter((f) => /localhost|127\.0\.0\.1/.test(readFileSync(`${DIST}/${f}`, 'utf8')));
    expect(found).toEqual([]);
  });
});
