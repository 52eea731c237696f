import { cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, scratchDir } from '../fixtures/hostile/build-hostile.ts';

/**
 * A copy of the last good build (dist/ and generated/) in a fresh scratch folder, as an
 * editor's machine or CI would have it: the fault tests build into it and check what is left.
 */
export function copyOfLastBuild(prefix: string): { base: string; out: string; gen: string } {
  const dist = join(ROOT, 'dist');
  const generated = join(ROOT, 'generated');
  if (!existsSync(join(dist, 'index.html')) || !existsSync(generated)) throw new Error('dist/ or generated/ is missing: run npm run build first');
  const base = scratchDir(prefix);
  const out = join(base, 'dist');
  const gen = join(base, 'generated');
  cpSync(dist, out, { recursive: true });
  cpSync(generated, gen, { recursive: true });
  return { base, out, gen };
}
