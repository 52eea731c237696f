/**
 * The preview server (scripts/serve.ts) against a folder laid out like the build leaves it:
 * dist/ beside a private sibling and the build's transient dist.old-<pid>. Raw request paths
 * go over a socket as written (fetch would normalise `..` away).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../scripts/serve.ts';

const root = mkdtempSync(join(tmpdir(), 'payung-serve-'));
const dist = join(root, 'dist');
let server: Server;
let port: number;

function get(path: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

beforeAll(async () => {
  for (const dir of [dist, join(dist, 'kabupaten', 'ende'), join(dist, 'data'), join(root, 'dist-private'), join(root, 'dist.old-123')]) mkdirSync(dir, { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>home</title>');
  writeFileSync(join(dist, '404.html'), '<!doctype html><title>not found page</title>');
  writeFileSync(join(dist, 'kabupaten', 'ende', 'index.html'), '<!doctype html><title>ende</title>');
  writeFileSync(join(dist, 'data', 'x.csv'), 'a,b\n1,2\n');
  writeFileSync(join(dist, 'big.html'), `<!doctype html><title>big</title>${'<p>sekitar 10.252 pekerja</p>'.repeat(200)}`);
  writeFileSync(join(dist, '_headers'), '/*\n  X-Content-Type-Options: nosniff\n/\n  X-Frame-Options: SAMEORIGIN\n/kabupaten/*\n  X-Frame-Options: SAMEORIGIN\n');
  writeFileSync(join(root, 'dist-private', 'secret.txt'), 'SECRET');
  writeFileSync(join(root, 'dist.old-123', 'index.html'), 'OLD BUILD');
  writeFileSync(join(root, 'secret.txt'), 'SECRET');
  server = await startServer({ dir: dist, port: 0 });
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((done) => server.close(done));
  rmSync(root, { recursive: true, force: true });
});

describe('scripts/serve.ts', () => {
  it('sends text gzip-compressed when the client accepts it, as static hosts do, and plain otherwise', async () => {
    const gz = await new Promise<{ encoding: string | undefined; vary: string | undefined; body: string }>((done, fail) => {
      const req = request({ host: '127.0.0.1', port, path: '/big.html', headers: { 'Accept-Encoding': 'gzip' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done({ encoding: res.headers['content-encoding'], vary: res.headers['vary'], body: gunzipSync(Buffer.concat(chunks)).toString('utf8') }));
      });
      req.on('error', fail);
      req.end();
    });
    expect(gz.encoding).toBe('gzip');
    expect(gz.vary).toMatch(/accept-encoding/i);
    expect(gz.body).toContain('<title>big</title>');
    const plain = await get('/big.html');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(gz.body);
  });

  it('serves pages, directory indexes and files with _headers applied', async () => {
    const home = await get('/');
    expect(home.status).toBe(200);
    expect(home.body).toContain('home');
    expect(home.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(home.headers['x-content-type-options']).toBe('nosniff');
    const ende = await get('/kabupaten/ende/');
    expect([ende.status, ende.body.includes('ende'), ende.headers['x-frame-options']]).toEqual([200, true, 'SAMEORIGIN']);
    const csv = await get('/data/x.csv');
    expect([csv.status, csv.headers['content-type']]).toEqual([200, 'text/csv; charset=utf-8']);
  });

  it.each([
    '/..%2fdist-private%2fsecret.txt',
    '/../dist-private/secret.txt',
    '/..%2f..%2fsecret.txt',
    '/%2e%2e/dist-private/secret.txt',
    '/..%5cdist-private%5csecret.txt',
    '/..%2fdist.old-123%2findex.html',
    '/../dist.old-123/index.html',
    '/..%2fdist.old-123%2f',
  ])('never serves a file outside the folder: GET %s', async (path) => {
    const res = await get(path);
    expect(res.status).toBe(404);
    expect(res.body).not.toContain('SECRET');
    expect(res.body).not.toContain('OLD BUILD');
    expect(res.body).toContain('not found page');
  });

  it('answers a malformed URL with 404 and keeps serving', async () => {
    const bad = await get('/%E0%A4%A');
    expect(bad.status).toBe(404);
    const bad2 = await get('/kabupaten/%E0%A4%A/');
    expect(bad2.status).toBe(404);
    const after = await get('/');
    expect(after.status).toBe(200);
  });

  it('serves under a base path and nothing outside it', async () => {
    const based = await startServer({ dir: dist, port: 0, base: '/interaktif/ntt/' });
    const basedPort = (based.address() as AddressInfo).port;
    const saved = port;
    port = basedPort;
    try {
      expect((await get('/interaktif/ntt/')).status).toBe(200);
      expect((await get('/interaktif/ntt/kabupaten/ende/')).status).toBe(200);
      expect((await get('/')).status).toBe(404);
      expect((await get('/interaktif/ntt/..%2f..%2fdist-private%2fsecret.txt')).body).not.toContain('SECRET');
    } finally {
      port = saved;
      await new Promise((done) => based.close(done));
    }
  });
});
