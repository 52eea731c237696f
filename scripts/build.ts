/**
 * One command for editors: data → geo → site, all or nothing.
 *
 * Everything is built in a staging folder first (Astro empties its outDir
 * before building, so building in place would destroy the last good site on
 * a failure). Only when every step succeeded are `generated/` and `dist/`
 * swapped in. A broken CSV or a crash leaves both exactly as they were.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generatedDir } from './lib/paths.ts';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(process.env['JARING_OUT_DIR'] ?? join(root, 'dist'));

function run(label: string, args: string[], env: NodeJS.ProcessEnv): void {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: root, env, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\n✗ ${label} gagal — dist/ dan generated/ tidak diubah / ${label} failed — dist/ and generated/ left untouched`);
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${label} (${Math.round(performance.now() - started)} ms)`);
}

/** Replace `target` by `fresh` with two renames, so a reader never sees a half-written folder for long. */
function swap(fresh: string, target: string): void {
  const old = `${target}.old-${process.pid}`;
  if (existsSync(target)) renameSync(target, old);
  renameSync(fresh, target);
  rmSync(old, { recursive: true, force: true });
}

function main(): void {
  mkdirSync(join(root, '.tmp'), { recursive: true });
  const stage = mkdtempSync(join(root, '.tmp', 'build-'));
  const stagedGenerated = join(stage, 'generated');
  const stagedDist = join(stage, 'dist');
  const env = { ...process.env, JARING_GENERATED_DIR: stagedGenerated, JARING_OUT_DIR: stagedDist };
  try {
    run('data', ['scripts/build-data.ts'], env);
    run('geo', ['scripts/geo/build-geo.ts'], env);
    run('site', ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], env);
    swap(stagedGenerated, generatedDir());
    swap(stagedDist, outDir);
    console.log(`✓ ${outDir}`);
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

main();
