/**
 * The build is all-or-nothing under every fault the issue found (#14): an
 * immutable dist/, a SIGKILL inside the swap, two builds at once, SIGTERM and
 * SIGKILL of build.ts while a step runs. After each, dist/ and generated/ are
 * together the previous build or the new one, a rerun succeeds, and nothing
 * stale is left. Real builds, real processes and signals.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectNode, ROOT, runBuild } from '../fixtures/hostile/build-hostile.ts';
import { copyOfLastBuild } from './last-build.ts';
import { hashTree } from './hash-tree.ts';

let base: string;
let out: string;
let gen: string;
const fault = join(ROOT, 'tests/fixtures/faults/rename-fault.ts');

beforeAll(() => {
  ({ base, out, gen } = copyOfLastBuild('build-faults-'));
});
afterAll(() => {
  spawnSync('chattr', ['-i', out]);
  rmSync(base, { recursive: true, force: true });
});

/** A copy of data/ whose first event summary carries `marker`, so a build can be recognised in both folders. */
function markedData(marker: string): string {
  const dir = join(base, `data-${marker}`);
  cpSync(join(ROOT, 'data'), dir, { recursive: true });
  const file = join(dir, 'events.csv');
  const parsed = Papa.parse<Record<string, string>>(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  const first = parsed.data[0]!;
  first['summary_id'] = `${first['summary_id']} ${marker}`;
  writeFileSync(file, `${Papa.unparse(parsed.data, { columns: parsed.meta.fields ?? [], newline: '\n' })}\n`);
  return dir;
}

function htmlContaining(dir: string, needle: string): boolean {
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.html') && readFileSync(join(entry.parentPath, entry.name), 'utf8').includes(needle)) return true;
  }
  return false;
}

/** Which marked build generated/ and dist/ hold ('' = the unmarked original). They must be the same one. */
function expectOneBuild(markers: readonly string[]): string {
  const dataset = readFileSync(join(gen, 'dataset.json'), 'utf8');
  const inGenerated = markers.filter((m) => dataset.includes(m));
  const inDist = markers.filter((m) => htmlContaining(out, m));
  expect(inGenerated.length, `generated/ holds ${inGenerated.join(', ')}`).toBeLessThanOrEqual(1);
  expect(inDist, 'dist/ and generated/ come from different builds').toEqual(inGenerated);
  return inGenerated[0] ?? '';
}

/** Nothing a build leaves beside its targets while running: staging, `.old-`, journal, lock. */
function leftovers(): string[] {
  return readdirSync(base).filter((n) => /staging-|\.old-|\.build\./.test(n));
}

const env = (marker: string, extra: Record<string, string> = {}) => ({
  PAYUNG_DATA_DIR: markedData(marker), PAYUNG_OUT_DIR: out, PAYUNG_GENERATED_DIR: gen, ...extra,
});

function buildWithFault(marker: string, at: number, action: string) {
  const result = spawnSync(projectNode(), ['--import', fault, 'scripts/build.ts'], {
    cwd: ROOT, env: { ...process.env, ...env(marker), FAULT_RENAME_AT: String(at), FAULT_RENAME_ACTION: action }, encoding: 'utf8',
  });
  return { status: result.status, signal: result.signal, output: `${result.stdout}\n${result.stderr}` };
}

/** Every process below `pid` (the build's steps and theirs). */
function descendants(pid: number): number[] {
  const table = spawnSync('ps', ['-e', '-o', 'pid=,ppid='], { encoding: 'utf8' }).stdout.trim().split('\n').map((l) => l.trim().split(/\s+/).map(Number));
  const found: number[] = [];
  const walk = (p: number) => { for (const [child, parent] of table) if (parent === p) { found.push(child!); walk(child!); } };
  walk(pid);
  return found;
}

const alive = (pid: number) => { try { process.kill(pid, 0); return true; } catch { return false; } };

/** Starts a build, waits until the Astro step runs, sends `signal` to build.ts only, returns what became of its children. */
async function signalDuringSite(marker: string, signal: NodeJS.Signals) {
  const child = spawn(projectNode(), ['scripts/build.ts'], { cwd: ROOT, env: { ...process.env, ...env(marker) } });
  let output = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => child.on('exit', (code, sig) => done({ code, signal: sig })));
  await new Promise<void>((ready) => {
    const onData = (chunk: Buffer) => { output += chunk.toString(); if (output.includes('✓ geo')) ready(); };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  });
  await new Promise((r) => setTimeout(r, 1500));
  const steps = descendants(child.pid!);
  expect(steps.length, 'the site step is running').toBeGreaterThan(0);
  child.kill(signal);
  const result = await exited;
  for (let i = 0; i < 100 && steps.some(alive); i++) await new Promise((r) => setTimeout(r, 100));
  return { ...result, output, orphans: steps.filter(alive) };
}

describe('the build is all-or-nothing under every fault', () => {
  it('a second build refuses at once with a clear message when told not to wait (PAYUNG_BUILD_WAIT=0)', () => {
    const before = { out: hashTree(out), gen: hashTree(gen) };
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const startTicks = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
    // A lock held by a live process: this test runner.
    writeFileSync(join(base, '.build.lock'), JSON.stringify({ pid: process.pid, startTicks, started: 'now' }));
    const result = runBuild({ ...env('REFUSED'), PAYUNG_BUILD_WAIT: '0' });
    rmSync(join(base, '.build.lock'));
    expect(result.status).toBe(75);
    expect(result.output).toContain(`another build is running (pid ${process.pid}`);
    expect({ out: hashTree(out), gen: hashTree(gen) }).toEqual(before);
  }, 60_000);

  it('dist/ cannot be replaced (immutable): exit non-zero, says why, generated/ and dist/ unchanged, nothing left behind', () => {
    const before = { out: hashTree(out), gen: hashTree(gen) };
    // chattr +i as the issue did, where the filesystem and privileges allow; else the same EPERM injected.
    const immutable = spawnSync('chattr', ['+i', out]).status === 0;
    const result = immutable ? runBuild(env('IMMUTABLE')) : buildWithFault('IMMUTABLE', 3, 'eperm');
    spawnSync('chattr', ['-i', out]);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/EPERM[\s\S]*cannot be replaced[\s\S]*rolled back/);
    expect({ out: hashTree(out), gen: hashTree(gen) }).toEqual(before);
    expect(leftovers()).toEqual([]);
  }, 120_000);

  it('SIGKILL inside the swap (generated/ renamed in, dist/ not yet): the next build rolls back, takes over the stale lock and succeeds', () => {
    const killed = buildWithFault('KILLED', 5, 'kill');
    expect(killed.signal).toBe('SIGKILL');
    expect(leftovers().length, 'the kill left its journal, lock and old folder').toBeGreaterThan(0);
    const rerun = runBuild(env('RERUN'));
    expect(rerun.status, rerun.output).toBe(0);
    expect(rerun.output).toMatch(/rolled back/);
    expect(rerun.output).toMatch(/stale build lock/);
    expect(expectOneBuild(['KILLED', 'RERUN'])).toBe('RERUN');
    expect(leftovers()).toEqual([]);
  }, 180_000);

  it('two builds at once, one stalled inside its swap: the other waits, both succeed, one build wins whole', async () => {
    const start = (marker: string, extra: Record<string, string>, args: string[]) => {
      const child = spawn(projectNode(), [...args, 'scripts/build.ts'], { cwd: ROOT, env: { ...process.env, ...env(marker, extra) } });
      let output = '';
      child.stdout.on('data', (c: Buffer) => { output += c.toString(); });
      child.stderr.on('data', (c: Buffer) => { output += c.toString(); });
      return new Promise<{ code: number | null; output: string }>((done) => child.on('exit', (code) => done({ code, output })));
    };
    const slow = start('SLOW', { FAULT_RENAME_AT: '2', FAULT_RENAME_ACTION: 'sleep:4000' }, ['--import', fault]);
    await new Promise((r) => setTimeout(r, 300));
    const other = start('OTHER', {}, []);
    const [a, b] = await Promise.all([slow, other]);
    expect(a.code, a.output).toBe(0);
    expect(b.code, b.output).toBe(0);
    expect(`${a.output}${b.output}`).toContain('another build is running');
    expect(['SLOW', 'OTHER']).toContain(expectOneBuild(['SLOW', 'OTHER']));
    expect(leftovers()).toEqual([]);
  }, 240_000);

  it('SIGTERM to build.ts while Astro runs: its steps end, staging removed, the previous build intact', async () => {
    const before = { out: hashTree(out), gen: hashTree(gen) };
    const result = await signalDuringSite('TERM', 'SIGTERM');
    expect(result.orphans, 'steps still running after build.ts ended').toEqual([]);
    expect(result.code).toBe(143);
    expect(result.output).toMatch(/SIGTERM[\s\S]*left untouched/);
    expect({ out: hashTree(out), gen: hashTree(gen) }).toEqual(before);
    expect(leftovers()).toEqual([]);
  }, 120_000);

  it('SIGKILL to build.ts alone while Astro runs: its steps end too; the next build removes the staging it left', async () => {
    const before = { out: hashTree(out), gen: hashTree(gen) };
    const result = await signalDuringSite('KILL', 'SIGKILL');
    expect(result.signal).toBe('SIGKILL');
    expect(result.orphans, 'steps still running after build.ts was killed').toEqual([]);
    expect({ out: hashTree(out), gen: hashTree(gen) }).toEqual(before);
    expect(leftovers().some((n) => n.includes('staging-'))).toBe(true);
    // Any next build, even one that fails at its first step, clears what the killed one left.
    const next = runBuild({ ...env('NEXT'), PAYUNG_DATA_DIR: join(base, 'no-such-data') });
    expect(next.status).not.toBe(0);
    expect(next.output).toMatch(/removed stale .*staging-/);
    expect(leftovers()).toEqual([]);
    expect({ out: hashTree(out), gen: hashTree(gen) }).toEqual(before);
  }, 120_000);
});
