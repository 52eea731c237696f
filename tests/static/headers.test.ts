/**
 * Security headers as a real static host applies them: every rule of
 * dist/_headers that matches a path contributes its headers (Netlify and
 * Cloudflare join same-named values with ", "; they cannot be taken back).
 * And every page carries Astro's <meta> Content-Security-Policy.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import { parseHeaders, startServer } from '../../scripts/serve.ts';
import { builtPages, DIST, requireDist } from './dist.ts';

const isEmbed = (path: string) => /^\/(en\/)?embed\//.test(path);

/** Headers for a path the way Netlify/Cloudflare compute them: all matching rules, values joined. */
function hostHeaders(path: string): Map<string, string[]> {
  const rules = parseHeaders(readFileSync(join(DIST, '_headers'), 'utf8'));
  const out = new Map<string, string[]>();
  for (const rule of rules) {
    if (!rule.pattern.test(path)) continue;
    for (const [name, value] of rule.headers) out.set(name.toLowerCase(), [...(out.get(name.toLowerCase()) ?? []), value]);
  }
  return out;
}

describe('security headers and CSP', () => {
  it('dist/ exists (run npm run build first)', () => {
    requireDist();
  });

  it('every page gets exactly one framing policy: embeds frame-able anywhere, the rest only by the site', () => {
    const problems: string[] = [];
    for (const page of builtPages().values()) {
      // Pages are requested as directories ("/kabupaten/ende/"), 404.html by name.
      const h = hostHeaders(page.path);
      const csp = h.get('content-security-policy') ?? [];
      const xfo = h.get('x-frame-options') ?? [];
      if (h.get('x-content-type-options')?.join() !== 'nosniff') problems.push(`${page.path}: X-Content-Type-Options ${h.get('x-content-type-options')}`);
      if (!h.has('referrer-policy') || !h.has('permissions-policy')) problems.push(`${page.path}: no Referrer-Policy/Permissions-Policy`);
      if (isEmbed(page.path)) {
        // No frame-ancestors at all: `*` would still refuse a sandboxed host page (opaque origin, #14).
        if (csp.length) problems.push(`${page.path} (embed): Content-Security-Policy ${JSON.stringify(csp)}, expected none (any host may frame an embed)`);
        if (xfo.length) problems.push(`${page.path} (embed): X-Frame-Options ${JSON.stringify(xfo)} would block news sites`);
      } else {
        if (csp.join(', ') !== "frame-ancestors 'self'") problems.push(`${page.path}: Content-Security-Policy ${JSON.stringify(csp)}, expected one "frame-ancestors 'self'" (add its section to public/_headers)`);
        if (xfo.join(', ') !== 'SAMEORIGIN') problems.push(`${page.path}: X-Frame-Options ${JSON.stringify(xfo)}, expected SAMEORIGIN`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('a not-found response carries the 404 page\'s framing headers, also under /embed/ (#14)', async () => {
    const server = await startServer({ dir: DIST, port: 0 });
    try {
      const { port } = server.address() as AddressInfo;
      for (const path of ['/tidak-ada/', '/embed/tidak-ada/', '/kabupaten/x/y']) {
        const res = await fetch(`http://127.0.0.1:${port}${path}`);
        expect(res.status, path).toBe(404);
        expect(res.headers.get('content-security-policy'), path).toBe("frame-ancestors 'self'");
        expect(res.headers.get('x-frame-options'), path).toBe('SAMEORIGIN');
      }
      // The embeds' scripts load in a sandboxed (opaque-origin) frame: CORS allowed for /_astro/.
      const embed = await (await fetch(`http://127.0.0.1:${port}/embed/peta/`)).text();
      const script = /<script type="module" src="([^"]+)"/.exec(embed)?.[1];
      expect(script).toBeDefined();
      const js = await fetch(`http://127.0.0.1:${port}${script}`, { headers: { Origin: 'null' } });
      expect(js.headers.get('access-control-allow-origin')).toBe('*');
    } finally {
      server.close();
    }
  });

  it('every page has a <meta> CSP restricting sources, with hashes instead of unsafe-inline', () => {
    const problems: string[] = [];
    for (const page of builtPages().values()) {
      const metas = page.document.querySelectorAll('meta[http-equiv="content-security-policy" i]');
      const content = metas[0]?.getAttribute('content') ?? '';
      if (metas.length !== 1) {
        problems.push(`${page.path}: ${metas.length} CSP meta tags`);
        continue;
      }
      for (const directive of ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'", 'script-src ', 'style-src ']) {
        if (!content.includes(directive)) problems.push(`${page.path}: CSP lacks "${directive.trim()}"`);
      }
      if (/unsafe-inline|unsafe-eval|\*/.test(content)) problems.push(`${page.path}: CSP allows unsafe-inline/unsafe-eval/*: ${content.slice(0, 120)}`);
      const head = page.document.head;
      const first = head?.querySelector('meta[http-equiv="content-security-policy" i], script, style, link[rel="stylesheet"]');
      if (first && first !== metas[0]) problems.push(`${page.path}: a <${first.localName}> comes before the CSP meta and is not covered by it`);
    }
    expect(problems).toEqual([]);
  });
});
