/**
 * Serves dist/ on loopback the way a static host would: same paths under BASE_PATH, the
 * `_headers` file applied, directory indexes, the 404 page, text compressed (gzip).
 *   PORT=4321 BASE_PATH=/interaktif/ntt/ npm run serve
 *
 * Files are served by sirv, which lists the folder once at start and answers only for files in
 * that list: no request path, however encoded (`/..%2fdist-private%2f…`), can reach a file
 * outside the folder, and a malformed one (`/%E0%A4%A`) is a 404, not a crash.
 */
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import compression from 'compression';
import { lookup } from 'mrmime';
import sirv from 'sirv';
import { SITE_NAME } from '../src/lib/site.ts';

/**
 * Parses a Netlify/Cloudflare-style `_headers` file: a path pattern, then indented `Name: value`
 * lines. (Hand-written: the format is ten lines of rules, and the npm parsers for it are
 * Netlify's build internals.)
 */
export function parseHeaders(text: string): { pattern: RegExp; headers: [string, string][] }[] {
  const rules: { pattern: RegExp; headers: [string, string][] }[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const glob = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*');
      rules.push({ pattern: new RegExp(`^${glob}$`), headers: [] });
    } else {
      const i = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
    }
  }
  return rules;
}

/** Text types are sent with their charset, as static hosts do (sirv sends the bare type). */
function withCharset(type: string | undefined): string | undefined {
  if (!type || type.includes('charset')) return undefined;
  return /^text\/|^image\/svg\+xml|^application\/(json|xml|manifest\+json)/.test(type) ? `${type}; charset=utf-8` : undefined;
}

export function startServer(options: { dir: string; port: number; base?: string; host?: string }): Promise<Server> {
  const dir = resolve(options.dir);
  const base = (options.base ?? '/').replace(/\/?$/, '/');
  const headersFile = join(dir, '_headers');
  const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];

  // Like Netlify and Cloudflare: every matching rule applies, and values of the same header are joined.
  const applyRules = (res: ServerResponse, sitePath: string) => {
    const headers = new Map<string, string[]>();
    for (const rule of rules) {
      if (!rule.pattern.test(sitePath)) continue;
      for (const [name, value] of rule.headers) headers.set(name.toLowerCase(), [...(headers.get(name.toLowerCase()) ?? []), value]);
    }
    for (const [name, values] of headers) res.setHeader(name, values.join(', '));
  };

  const files = sirv(dir, {
    dev: false,
    etag: true,
    setHeaders(res, pathname) {
      // Type first, then _headers, so a rule may name a more exact type (Atom feeds), as static hosts allow.
      const type = withCharset(lookup(pathname));
      if (type) res.setHeader('Content-Type', type);
      applyRules(res, pathname.endsWith('/index.html') ? pathname.slice(0, -'index.html'.length) : pathname);
    },
  });

  // A not-found answer is the 404 page, so it gets that page's headers (framing included),
  // not those of the path asked for (which, under /embed/, would allow any framing).
  const notFound = (req: IncomingMessage, res: ServerResponse) => {
    applyRules(res, '/404.html');
    const page = join(dir, '404.html');
    if (!existsSync(page)) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
    if (req.method === 'HEAD') res.end();
    else createReadStream(page).pipe(res);
  };

  // Text is sent gzip-compressed when the browser asks, as every static host does: the page
  // weight a reader downloads (and what Lighthouse's LCP measures) is the compressed one.
  const middleware = compression();
  // Its types name Express's request and response; it only uses what Node's http ones have.
  const compress = middleware as unknown as (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

  const server = createServer((req, res) => {
    compress(req, res, () => {
      const raw = req.url ?? '/';
      if (!raw.startsWith(base)) {
        notFound(req, res);
        return;
      }
      const sitePath = `/${raw.slice(base.length)}`;
      req.url = sitePath;
      files(req, res, () => notFound(req, res));
    });
  });
  return new Promise((done) => server.listen(options.port, options.host ?? '127.0.0.1', () => done(server)));
}

if (import.meta.main) {
  const port = Number(process.env['PORT'] ?? 4321);
  const base = process.env['BASE_PATH'] ?? '/';
  const dir = process.env['PAYUNG_OUT_DIR'] ?? 'dist';
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`${dir}/index.html tidak ada: jalankan "npm run build" dulu / missing: run "npm run build" first`);
    process.exit(1);
  }
  const server = await startServer({ dir, port, base });
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  console.log(`${SITE_NAME}: http://localhost:${actual}${base.replace(/\/?$/, '/')}  (Ctrl+C untuk berhenti / to stop)`);
}
