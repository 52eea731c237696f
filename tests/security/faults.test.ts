/**
 * All-or-nothing build: a broken CSV or a basemap that no longer fits the data exits
 * non-zero with a message that says what to fix, and the previous dist/ and
 * generated/ stay byte-identical.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runBuild } from '../fixtures/hostile/build-hostile.ts';
import { copyOfLastBuild } from './last-build.ts';
import { BOUNDARIES_SOURCE } from '../../scripts/geo/boundaries-source.ts';
import { hashTree } from './hash-tree.ts';

let base: string;
let out: string;
let gen: string;
let before: { out: string; gen: string };

beforeAll(() => {
  ({ base, out, gen } = copyOfLastBuild('faults-'));
  before = { out: hashTree(out), gen: hashTree(gen) };
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

/** Staging folders build.ts puts next to its targets (`.dist.staging-<pid>`, `.generated.staging-<pid>`). */
function stagingLeft(): string[] {
  return [dirname(out), dirname(gen)].flatMap((dir) => readdirSync(dir).filter((name) => name.includes('.staging-')));
}

/** Runs a failing build and removes the staging folder it may leave behind (see the known bug below). */
function failingBuild(env: Record<string, string>): { status: number | null; output: string; leftStaging: boolean } {
  const result = runBuild(env);
  return { ...result, leftStaging: stagingLeft().length > 0 };
}

function expectUntouched(): void {
  expect(hashTree(out), 'previous dist/ changed').toBe(before.out);
  expect(hashTree(gen), 'previous generated/ changed').toBe(before.gen);
}

/** Data with Ende's slug changed, so the committed basemap disagrees (names are checked by the data step; slugs only here). */
function renamedRegencyEnv(): Record<string, string> {
  const data = join(base, 'data-renamed');
  if (!existsSync(data)) {
    cpSync(join(ROOT, 'data'), data, { recursive: true });
    const file = join(data, 'regencies.csv');
    writeFileSync(file, readFileSync(file, 'utf8').replace('53.08,kabupaten,Ende,ende', '53.08,kabupaten,Ende,ende-baru'));
  }
  return { PAYUNG_DATA_DIR: data, PAYUNG_OUT_DIR: out, PAYUNG_GENERATED_DIR: gen, NTT_BOUNDARIES_SQL: join(base, 'missing', BOUNDARIES_SOURCE.fileName) };
}

/** A scratch copy of geo/ for geo:update to (fail to) write into. */
function geoCopy(): string {
  const geo = join(base, `geo-${Math.random().toString(36).slice(2)}`);
  cpSync(join(ROOT, 'geo'), geo, { recursive: true });
  return geo;
}

function runGeo(args: string[], env: Record<string, string>): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, ['scripts/geo/build-geo.ts', ...args], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('a failing build leaves the previous build intact', () => {
  it('a bad date in a CSV: exit non-zero, the message names file, row and column', () => {
    const data = join(base, 'data-bad-date');
    cpSync(join(ROOT, 'data'), data, { recursive: true });
    const file = join(data, 'events.csv');
    const lines = readFileSync(file, 'utf8').split('\n');
    const header = (lines[0] ?? '').replace(/^\uFEFF/, '').split(',');
    const col = header.indexOf('date');
    expect(col).toBeGreaterThanOrEqual(0);
    // Row 3 as a spreadsheet numbers it (header = row 1). Dates come before any quoted cell.
    const cells = (lines[2] ?? '').split(',');
    cells[col] = '2025-13-45';
    lines[2] = cells.join(',');
    writeFileSync(file, lines.join('\n'));

    const result = failingBuild({ PAYUNG_DATA_DIR: data, PAYUNG_OUT_DIR: out, PAYUNG_GENERATED_DIR: gen });
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/events\.csv/);
    expect(result.output).toMatch(/\b(baris|row)\b\D{0,10}3\b/);
    expect(result.output).toMatch(/"date"|\bdate\b/);
    expect(result.output).toContain('2025-13-45');
    expectUntouched();
  }, 60_000);

  it('the committed basemap no longer matches data/regencies.csv (a regency slug changed): exit non-zero, geo:update named', () => {
    const result = failingBuild(renamedRegencyEnv());
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('53.08');
    expect(result.output).toContain('npm run geo:update');
    expectUntouched();
  }, 60_000);

  it('geo:update with the boundary file missing (no download): exit non-zero, both fixes named, geo/ untouched', () => {
    const geo = geoCopy();
    const result = runGeo(['--update'], { PAYUNG_GEO_DIR: geo, NTT_BOUNDARIES_SQL: join(base, 'missing', BOUNDARIES_SOURCE.fileName) });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('NTT_BOUNDARIES_SQL=');
    expect(result.output).toContain(BOUNDARIES_SOURCE.url);
    expect(result.output).toContain(BOUNDARIES_SOURCE.sha256);
    expect(hashTree(geo)).toBe(hashTree(join(ROOT, 'geo')));
  }, 60_000);

  it('geo:update with a boundary file of the wrong content: exit non-zero, checksum named, geo/ untouched', () => {
    const geo = geoCopy();
    const wrong = join(base, BOUNDARIES_SOURCE.fileName);
    writeFileSync(wrong, 'INSERT INTO wilayah_boundaries VALUES (broken);\n');
    const result = runGeo(['--update'], { PAYUNG_GEO_DIR: geo, NTT_BOUNDARIES_SQL: wrong });
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/SHA-256/);
    expect(result.output).toContain(BOUNDARIES_SOURCE.url);
    expect(hashTree(geo)).toBe(hashTree(join(ROOT, 'geo')));
  }, 60_000);

  // Regression: build.ts once exited inside its try block, skipping the clean-up.
  it('a failed build leaves no staging folder behind', () => {
    const result = failingBuild(renamedRegencyEnv());
    expect(result.status).not.toBe(0);
    expect(result.leftStaging, 'staging folder left behind').toBe(false);
  }, 60_000);
});
