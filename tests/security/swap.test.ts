/**
 * generated/ and dist/ are swapped as one unit: whatever rename fails or is
 * killed, the two folders end up both previous or both new (after the next
 * build's recovery, for a kill), and nothing stale is left. Real processes,
 * real SIGKILL (tests/fixtures/faults/rename-fault.ts), small folders.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stagingFor } from '../../scripts/lib/swap-dirs.ts';
import { projectNode, ROOT, scratchDir } from '../fixtures/hostile/build-hostile.ts';

const base = scratchDir('swap-');
afterAll(() => rmSync(base, { recursive: true, force: true }));
const fault = join(ROOT, 'tests/fixtures/faults/rename-fault.ts');
const driver = join(ROOT, 'tests/fixtures/faults/swap-driver.ts');

function driverRun(mode: 'swap' | 'recover', dir: string, env: Record<string, string> = {}) {
  const args = mode === 'swap' && env['FAULT_RENAME_AT'] ? ['--import', fault] : [];
  return spawnSync(projectNode(), [...args, driver, mode, dir], { env: { ...process.env, ...env }, encoding: 'utf8' });
}

/** a/ and b/ each hold one file naming their build; staged copies hold the next build. */
function setUp(name: string, previous: boolean): string {
  const dir = join(base, name);
  mkdirSync(dir, { recursive: true });
  for (const target of ['a', 'b']) {
    if (previous) {
      mkdirSync(join(dir, target));
      writeFileSync(join(dir, target, 'build'), 'previous');
    }
    const stage = stagingFor(join(dir, target), 4242);
    mkdirSync(stage);
    writeFileSync(join(stage, 'build'), 'new');
  }
  return dir;
}

function builds(dir: string): (string | null)[] {
  return ['a', 'b'].map((t) => (existsSync(join(dir, t, 'build')) ? readFileSync(join(dir, t, 'build'), 'utf8') : null));
}

/**
 * The swap writes its journal (rename 1), moves a and b aside (2, 3), renames the new ones in (4, 5);
 * a first build has nothing to move aside (journal, then 2, 3).
 */
const renames = (previous: boolean) => (previous ? [1, 2, 3, 4, 5] : [1, 2, 3]);

describe('swapping generated/ and dist/ together', () => {
  it('without faults: both new, nothing left beside them', () => {
    const dir = setUp('plain', true);
    expect(driverRun('swap', dir).status).toBe(0);
    expect(builds(dir)).toEqual(['new', 'new']);
    expect(readdirSync(dir).sort()).toEqual(['a', 'b']);
  });

  for (const previous of [true, false]) {
    for (const at of renames(previous)) {
      it(`SIGKILL at rename ${at} (${previous ? 'a previous build' : 'first build'}): the next build's recovery leaves both previous or both new`, () => {
        const dir = setUp(`kill-${at}-${previous}`, previous);
        const killed = driverRun('swap', dir, { FAULT_RENAME_AT: String(at), FAULT_RENAME_ACTION: 'kill' });
        expect(killed.signal).toBe('SIGKILL');
        const recovered = driverRun('recover', dir);
        expect(recovered.status, recovered.stderr).toBe(0);
        const [a, b] = builds(dir);
        expect(a).toBe(b);
        expect([previous ? 'previous' : null, 'new']).toContain(a);
        expect(readdirSync(dir).filter((n) => n !== 'a' && n !== 'b'), 'stale folders or journal left').toEqual([]);
      });

      it(`a rename that fails at ${at} (${previous ? 'a previous build' : 'first build'}): rolled back at once, both as before`, () => {
        const dir = setUp(`eperm-${at}-${previous}`, previous);
        const failed = driverRun('swap', dir, { FAULT_RENAME_AT: String(at), FAULT_RENAME_ACTION: 'eperm' });
        expect(failed.status).not.toBe(0);
        expect(failed.stderr).toContain('EPERM');
        expect(builds(dir)).toEqual(previous ? ['previous', 'previous'] : [null, null]);
        expect(existsSync(join(dir, '.build.swap.json')), 'journal left after a rollback').toBe(false);
      });
    }
  }
});
