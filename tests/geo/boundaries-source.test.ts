import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { BOUNDARIES_SOURCE, type Download, resolveBoundariesSql, sha256 } from '../../scripts/geo/boundaries-source.ts';

const body = Buffer.from("INSERT INTO wilayah_boundaries(kode,nama,lat,lng,path) VALUES ('53.01','Kabupaten Kupang',0,0,'[]');\n");
const expectedSha256 = sha256(body);
const scratch = () => mkdtemp(join(tmpdir(), 'payung-geo-'));

/** Both fixes must be named, in both languages. */
function expectBothFixes(message: string): void {
  expect(message).toContain('NTT_BOUNDARIES_SQL');
  expect(message).toContain(BOUNDARIES_SOURCE.url);
  expect(message).toMatch(/Setel NTT_BOUNDARIES_SQL/);
  expect(message).toMatch(/Allow the download/);
}

async function failure(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error('expected a failure');
}

describe('resolveBoundariesSql', () => {
  it('uses NTT_BOUNDARIES_SQL when it is set and matches the checksum', async () => {
    const dir = await scratch();
    const local = join(dir, 'local.sql');
    await writeFile(local, body);
    const download = vi.fn<Download>();
    const got = await resolveBoundariesSql({ localPath: local, cacheDir: join(dir, 'cache'), download, expectedSha256 });
    expect(got.origin).toBe('env');
    expect(got.sql).toBe(body.toString());
    expect(download).not.toHaveBeenCalled();
  });

  it('names both fixes when NTT_BOUNDARIES_SQL points nowhere', async () => {
    const dir = await scratch();
    expectBothFixes(await failure(resolveBoundariesSql({ localPath: join(dir, 'nope.sql'), cacheDir: dir, expectedSha256 })));
  });

  it('names both fixes when the variable is unset and the download fails', async () => {
    const dir = await scratch();
    const download: Download = () => Promise.reject(new Error('getaddrinfo ENOTFOUND raw.githubusercontent.com'));
    const message = await failure(resolveBoundariesSql({ cacheDir: join(dir, 'cache'), download, expectedSha256 }));
    expectBothFixes(message);
    expect(message).toContain('ENOTFOUND');
  });

  it('leaves no cache file after a checksum mismatch', async () => {
    const dir = await scratch();
    const cacheDir = join(dir, 'cache');
    const download: Download = (_url, destination) => writeFile(destination, 'tampered');
    const message = await failure(resolveBoundariesSql({ cacheDir, download, expectedSha256 }));
    expect(message).toMatch(/SHA-256/);
    expect(await readdir(cacheDir)).toEqual([]);
  });

  it('leaves no cache file after an interrupted download', async () => {
    const dir = await scratch();
    const cacheDir = join(dir, 'cache');
    const download: Download = async (_url, destination) => {
      await writeFile(destination, body.subarray(0, 20));
      throw new Error('socket hang up');
    };
    expectBothFixes(await failure(resolveBoundariesSql({ cacheDir, download, expectedSha256 })));
    expect(await readdir(cacheDir)).toEqual([]);
  });

  it('caches a verified download and reuses it without downloading again', async () => {
    const dir = await scratch();
    const cacheDir = join(dir, 'cache');
    const download = vi.fn<Download>((_url, destination) => writeFile(destination, body));
    expect((await resolveBoundariesSql({ cacheDir, download, expectedSha256 })).origin).toBe('download');
    expect(download).toHaveBeenCalledWith(BOUNDARIES_SOURCE.url, expect.stringContaining(cacheDir));
    expect(await readdir(cacheDir)).toEqual([BOUNDARIES_SOURCE.fileName]);
    expect((await resolveBoundariesSql({ cacheDir, download, expectedSha256 })).origin).toBe('cache');
    expect(download).toHaveBeenCalledTimes(1);
  });

  it('verifies a cached file before use and replaces a corrupted one', async () => {
    const dir = await scratch();
    const cacheDir = join(dir, 'cache');
    const download = vi.fn<Download>((_url, destination) => writeFile(destination, body));
    await resolveBoundariesSql({ cacheDir, download, expectedSha256 });
    await writeFile(join(cacheDir, BOUNDARIES_SOURCE.fileName), 'corrupted');
    const got = await resolveBoundariesSql({ cacheDir, download, expectedSha256 });
    expect(got.origin).toBe('download');
    expect(await readFile(join(cacheDir, BOUNDARIES_SOURCE.fileName))).toEqual(body);
  });
});
