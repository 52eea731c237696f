/**
 * One command for editors: data → geo → site, all or nothing.
 *
 * Everything is built into staging folders first (Astro empties its outDir
 * before building, so building in place would destroy the last good site on
 * a failure). Each staging folder sits next to its target, so the final swap
 * is a rename on one filesystem. Only when every step succeeded are
 * `generated/` and `dist/` swapped in; a broken CSV or a crash leaves both
 * exactly as they were, and the staging folders are removed either way.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { generatedDir } from './lib/paths.ts';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(process.env['PAYUNG_OUT_DIR'] ?? join(root, 'dist'));

class StepFailed extends Error {
  readonly status: number;
  constructor(label: string, status: number) {
    super(`${label} gagal — dist/ dan generated/ tidak diubah / ${label} failed — dist/ and generated/ left untouched`);
    this.status = status;
  }
}

function run(label: string, args: string[], env: NodeJS.ProcessEnv): void {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: root, env, stdio: 'inherit' });
  if (result.status !== 0) throw new StepFailed(label, result.status ?? 1);
  console.log(`✓ ${label} (${Math.round(performance.now() - started)} ms)`);
}

function stagingFor(target: string): string {
  mkdirSync(dirname(target), { recursive: true });
  const stage = join(dirname(target), `.${target.split(/[\\/]/).pop()}.staging-${process.pid}`);
  rmSync(stage, { recursive: true, force: true });
  return stage;
}

/** Replace `target` by `fresh` with two renames, so a reader never sees a half-written folder for long. */
function swap(fresh: string, target: string): void {
  const old = `${target}.old-${process.pid}`;
  if (existsSync(target)) renameSync(target, old);
  renameSync(fresh, target);
  rmSync(old, { recursive: true, force: true });
}

function main(): number {
  const generated = generatedDir();
  const stagedGenerated = stagingFor(generated);
  const stagedDist = stagingFor(outDir);
  const env = { ...process.env, PAYUNG_GENERATED_DIR: stagedGenerated, PAYUNG_OUT_DIR: stagedDist };
  try {
    run('data', ['scripts/build-data.ts'], env);
    run('geo', ['scripts/geo/build-geo.ts'], env);
    run('site', ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], env);
    swap(stagedGenerated, generated);
    swap(stagedDist, outDir);
    console.log(`✓ ${outDir}`);
    return 0;
  } catch (error) {
    console.error(`\n✗ ${error instanceof Error ? error.message : String(error)}`);
    return error instanceof StepFailed ? error.status : 1;
  } finally {
    rmSync(stagedGenerated, { recursive: true, force: true });
    rmSync(stagedDist, { recursive: true, force: true });
  }
}

process.exitCode = main();
