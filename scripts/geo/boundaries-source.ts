/**
 * Where the boundary SQL comes from: a local copy named by NTT_BOUNDARIES_SQL, else a verified
 * cache under .cache/geo/, else a download from the pinned upstream commit.
 *
 * Every copy is checked against the pinned SHA-256 before use, so the map is built from exactly
 * the file the credits and SOURCE.md describe. A download lands in a temporary file next to the
 * cache and is renamed into place only after its checksum matched: an interrupted or tampered
 * download never leaves a cache file behind.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const BOUNDARIES_SOURCE = {
  url: 'https://raw.githubusercontent.com/cahyadsn/wilayah_boundaries/3c5a7960f4d227a38489094d84252bdbb3f978a5/db/kab/wilayah_boundaries_kab_53.sql',
  sha256: '5cc127d589c069ce8c3521c582ec2e0daffa6f4136825b344ad9b80ab8c748eb',
  fileName: 'wilayah_boundaries_kab_53.sql',
} as const;

/** Environment variable naming a local copy of the SQL file. */
export const ENV_VAR = 'NTT_BOUNDARIES_SQL';

/** Writes the body at `url` to `destination`; rejects on any network or HTTP failure. */
export type Download = (url: string, destination: string) => Promise<void>;

export interface SourceOptions {
  /** Value of NTT_BOUNDARIES_SQL, if set. */
  localPath?: string | undefined;
  /** Cache folder, normally `<repo>/.cache/geo`. */
  cacheDir: string;
  download?: Download;
  expectedSha256?: string;
}

export interface ResolvedSource {
  sql: string;
  path: string;
  origin: 'env' | 'cache' | 'download';
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The message shown when no verified copy can be had: names both fixes, in Indonesian and English. */
export function noSourceMessage(reason: string): string {
  return [
    `Berkas batas wilayah tidak tersedia / Boundary file unavailable: ${reason}`,
    'Perbaiki dengan salah satu cara / Fix it in one of two ways:',
    `  1. Setel ${ENV_VAR} ke salinan lokal berkas / Set ${ENV_VAR} to a local copy of the file:`,
    `     ${ENV_VAR}=/path/to/${BOUNDARIES_SOURCE.fileName} npm run geo`,
    '  2. Izinkan unduhan dari URL yang dipatok / Allow the download from the pinned URL:',
    `     ${BOUNDARIES_SOURCE.url}`,
    `     (SHA-256 ${BOUNDARIES_SOURCE.sha256})`,
  ].join('\n');
}

/** Default downloader: fetch into memory (the file is ~230 kB), then write. */
export const fetchDownload: Download = async (url, destination) => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
  await writeFile(destination, new Uint8Array(await response.arrayBuffer()), { flag: 'wx' });
};

async function readIfExists(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Finds, verifies and returns the boundary SQL; throws `noSourceMessage` when it cannot. */
export async function resolveBoundariesSql(options: SourceOptions): Promise<ResolvedSource> {
  const expected = options.expectedSha256 ?? BOUNDARIES_SOURCE.sha256;
  const download = options.download ?? fetchDownload;

  if (options.localPath) {
    const bytes = await readIfExists(options.localPath);
    if (!bytes) throw new Error(noSourceMessage(`${ENV_VAR}=${options.localPath} does not exist / tidak ditemukan`));
    const actual = sha256(bytes);
    if (actual !== expected) {
      throw new Error(noSourceMessage(`${options.localPath} has SHA-256 ${actual}, expected / seharusnya ${expected}`));
    }
    return { sql: bytes.toString('utf8'), path: options.localPath, origin: 'env' };
  }

  const cachePath = join(options.cacheDir, BOUNDARIES_SOURCE.fileName);
  const cached = await readIfExists(cachePath);
  if (cached) {
    if (sha256(cached) === expected) return { sql: cached.toString('utf8'), path: cachePath, origin: 'cache' };
    // A stale or corrupted cache is discarded and fetched again, never used.
    await rm(cachePath, { force: true });
  }

  await mkdir(options.cacheDir, { recursive: true });
  const temp = join(options.cacheDir, `.${BOUNDARIES_SOURCE.fileName}.${process.pid}.${randomBytes(4).toString('hex')}.part`);
  try {
    await download(BOUNDARIES_SOURCE.url, temp);
    const bytes = await readFile(temp);
    const actual = sha256(bytes);
    if (actual !== expected) throw new Error(`downloaded file has SHA-256 ${actual}, expected / seharusnya ${expected}`);
    await rename(temp, cachePath);
    return { sql: bytes.toString('utf8'), path: cachePath, origin: 'download' };
  } catch (error) {
    await rm(temp, { force: true });
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(noSourceMessage(`${ENV_VAR} is not set and the download failed / tidak disetel dan unduhan gagal (${reason})`));
  }
}
