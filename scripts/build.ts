/**
 * One command for editors: data → geo → site, all or nothing.
 *
 * Everything is built into staging folders first (Astro empties its outDir
 * before building, so building in place would destroy the last good site on
 * a failure). Each staging folder sits next to its target, so the final swap
 * is a rename on one filesystem. `generated/` and `dist/` are swapped as one
 * unit (scripts/lib/swap-dirs.ts): after any failure, signal or kill they are
 * together either the previous build or the new one.
 *
 * - One build at a time (scripts/lib/build-lock.ts): a second build waits for
 *   the first (PAYUNG_BUILD_WAIT seconds, default 600), then refuses.
 * - What a killed build left (an interrupted swap, staging and `.old-` folders)
 *   is repaired or removed by the next build before it starts.
 * - Steps run as child processes that end with this one: SIGTERM/SIGINT/SIGHUP
 *   are passed on and waited for; after a SIGKILL each step notices its IPC
 *   pipe closing (scripts/lib/exit-with-parent.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { constants } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { acquireBuildLock, BuildLockBusy } from './lib/build-lock.ts';
import { generatedDir } from './lib/paths.ts';
import { recoverSwap, stagingFor, swapTogether } from './lib/swap-dirs.ts';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(process.env['PAYUNG_OUT_DIR'] ?? join(root, 'dist'));
const exitWithParent = pathToFileURL(join(import.meta.dirname, 'lib', 'exit-with-parent.ts')).href;
const SIGNALS = ['SIGTERM', 'SIGINT', 'SIGHUP'] as const;

class StepFailed extends Error {
  readonly status: number;
  constructor(label: string, status: number) {
    super(`${label} gagal — dist/ dan generated/ tidak diubah / ${label} failed — dist/ and generated/ left untouched`);
    this.status = status;
  }
}

class Interrupted extends Error {
  readonly status: number;
  constructor(signal: NodeJS.Signals) {
    super(`build dihentikan (${signal}) — dist/ dan generated/ tidak diubah / build stopped (${signal}) — dist/ and generated/ left untouched`);
    this.status = 128 + constants.signals[signal];
  }
}

let running: ChildProcess | null = null;
let stopped: NodeJS.Signals | null = null;
const abort = new AbortController();

function run(label: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  if (stopped) return Promise.reject(new Interrupted(stopped));
  const started = performance.now();
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', exitWithParent, ...args], {
      cwd: root,
      env,
      stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    });
    running = child;
    child.on('error', fail);
    child.on('exit', (status) => {
      running = null;
      if (stopped) fail(new Interrupted(stopped));
      else if (status !== 0) fail(new StepFailed(label, status ?? 1));
      else {
        console.log(`✓ ${label} (${Math.round(performance.now() - started)} ms)`);
        done();
      }
    });
  });
}

function onSignal(signal: NodeJS.Signals): void {
  if (stopped) return;
  stopped = signal;
  console.error(`\n${signal}: stopping the build / menghentikan build…`);
  running?.kill(signal);
  abort.abort();
}

/** What the editor should do about a failed rename, in words rather than an errno. */
function explain(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e.syscall === 'rename' && (e.code === 'EPERM' || e.code === 'EACCES' || e.code === 'EROFS' || e.code === 'EBUSY')) {
    return `${e.message}\n  ${e.path} cannot be replaced (read-only, immutable or in use? try \`lsattr -d\`, \`ls -ld\`) — ` +
      `dist/ and generated/ rolled back to the previous build / dist/ dan generated/ dikembalikan ke build sebelumnya`;
  }
  return e instanceof Error ? e.message : String(error);
}

async function main(): Promise<number> {
  const generated = generatedDir();
  for (const signal of SIGNALS) process.on(signal, onSignal);
  const lockPath = join(dirname(outDir), '.build.lock');
  const journal = join(dirname(outDir), '.build.swap.json');
  let release: (() => void) | null = null;
  const stagedGenerated = stagingFor(generated);
  const stagedDist = stagingFor(outDir);
  try {
    release = await acquireBuildLock(lockPath, {
      waitSeconds: Number(process.env['PAYUNG_BUILD_WAIT'] ?? 600),
      log: (line) => console.error(line),
      signal: abort.signal,
    });
    for (const line of recoverSwap(journal, [generated, outDir])) console.error(`• ${line}`);
    for (const stage of [stagedGenerated, stagedDist]) mkdirSync(dirname(stage), { recursive: true });
    const env = { ...process.env, PAYUNG_GENERATED_DIR: stagedGenerated, PAYUNG_OUT_DIR: stagedDist };
    await run('data', ['scripts/build-data.ts'], env);
    await run('geo', ['scripts/geo/build-geo.ts'], env);
    await run('site', ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], env);
    if (stopped) throw new Interrupted(stopped);
    // Synchronous: a signal arriving now is handled after the swap, never halfway through it.
    swapTogether([{ fresh: stagedGenerated, target: generated }, { fresh: stagedDist, target: outDir }], journal);
    console.log(`✓ ${outDir}`);
    return 0;
  } catch (error) {
    if (stopped && !(error instanceof Interrupted)) error = new Interrupted(stopped);
    console.error(`\n✗ ${explain(error)}`);
    if (error instanceof StepFailed || error instanceof Interrupted) return error.status;
    return error instanceof BuildLockBusy ? 75 : 1;
  } finally {
    rmSync(stagedGenerated, { recursive: true, force: true });
    rmSync(stagedDist, { recursive: true, force: true });
    release?.();
  }
}

process.exitCode = await main();
