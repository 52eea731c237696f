/**
 * Serves dist/ on loopback the way a static host would: same paths, the
 * `_headers` file applied, directory indexes, 404 page. No dependencies.
 *   PORT=4321 BASE_PATH=/interaktif/ntt/ node scripts/serve.ts
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.webmanifest': 'application/manifest+json',
};

/** Parses a Netlify/Cloudflare-style `_headers` file: a path pattern, then indented `Name: value` lines. */
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

export function startServer(options: { dir: string; port: number; base?: string; host?: string }): Promise<Server> {
  const dir = resolve(options.dir);
  const base = (options.base ?? '/').replace(/\/?$/, '/');
  const headersFile = join(dir, '_headers');
  const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];
  // Like Netlify and Cloudflare: every matching rule applies, and values of the same header are joined.
  const applyHeaders = (res: ServerResponse, sitePath: string) => {
    const headers = new Map<string, string[]>();
    for (const rule of rules) {
      if (!rule.pattern.test(sitePath)) continue;
      for (const [name, value] of rule.headers) headers.set(name.toLowerCase(), [...(headers.get(name.toLowerCase()) ?? []), value]);
    }
    for (const [name, values] of headers) res.setHeader(name, values.join(', '));
  };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    if (!path.startsWith(base)) {
      applyHeaders(res, '/404.html');
      res.writeHead(404).end('not found');
      return;
    }
    const sitePath = `/${path.slice(base.length)}`;
    let file = normalize(join(dir, sitePath));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { Location: `${path}/${url.search}` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    const found = existsSync(file) && statSync(file).isFile();
    const target = found ? file : join(dir, '404.html');
    const status = found ? 200 : 404;
    // A not-found answer is the 404 page, so it gets that page's headers (framing included),
    // not those of the path asked for (which, under /embed/, would allow any framing).
    applyHeaders(res, found ? sitePath : '/404.html');
    res.setHeader('Content-Type', TYPES[extname(target)] ?? 'application/octet-stream');
    if (!existsSync(target)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(status);
    createReadStream(target).pipe(res);
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
  await startServer({ dir, port, base });
  console.log(`Payung: http://localhost:${port}${base.replace(/\/?$/, '/')}  (Ctrl+C untuk berhenti / to stop)`);
}
