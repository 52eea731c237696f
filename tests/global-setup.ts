/**
 * Vitest global setup: the static, security and page tests read the built site, so `npm test`
 * builds it first (once, with the all-or-nothing build) whenever it is missing or older than
 * any of its inputs. On a fresh clone that means one full build, offline (the basemap is
 * committed in geo/); after an unchanged build, nothing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const INPUTS = ['data', 'geo', 'src', 'public', 'scripts', 'astro.config.mjs', 'package-lock.json'];

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), stat.mtimeMs);
}

export default function setup(): void {
  const dist = resolve(process.env['PAYUNG_OUT_DIR'] ?? join(ROOT, 'dist'));
  const generated = resolve(process.env['PAYUNG_GENERATED_DIR'] ?? join(ROOT, 'generated'));
  const marker = join(dist, 'index.html');
  const built = existsSync(marker) && existsSync(join(generated, 'dataset.json')) ? statSync(marker).mtimeMs : 0;
  const changed = Math.max(...INPUTS.map((p) => newest(join(ROOT, p))));
  if (built > changed) return;
  console.log(built ? 'vitest: inputs changed since the last build, building once…' : 'vitest: no build yet, building once…');
  const result = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: ROOT, stdio: 'inherit', env: process.env });
  if (result.status !== 0) throw new Error(`npm test: the build failed (exit ${result.status}); see its message above`);
}
