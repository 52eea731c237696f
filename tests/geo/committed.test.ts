/**
 * geo/ (the committed basemap) must be exactly what `npm run geo:update` makes from the pinned
 * boundary SQL and today's data/regencies.csv. Runs whenever the SQL is at hand: NTT_BOUNDARIES_SQL,
 * or ../shared/geo/ beside the repository (as on the team's machines and in CI).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BOUNDARIES_SOURCE, sha256 } from '../../scripts/geo/boundaries-source.ts';
import { GEO_FILES } from '../../scripts/geo/committed.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const shared = resolve(ROOT, '..', 'shared', 'geo', BOUNDARIES_SOURCE.fileName);
const sqlPath = process.env['NTT_BOUNDARIES_SQL'] ?? (existsSync(shared) ? shared : undefined);

describe('geo/ (committed basemap)', () => {
  it('has every file, the MIT notice and the generated mark', () => {
    for (const name of GEO_FILES) expect(existsSync(join(ROOT, 'geo', name)), name).toBe(true);
    const notice = readFileSync(join(ROOT, 'geo', 'LICENSE-wilayah_boundaries.txt'), 'utf8');
    expect(notice).toContain('MIT License');
    expect(notice).toMatch(/Permission is hereby granted/);
    expect(JSON.parse(readFileSync(join(ROOT, 'geo', 'ntt.topo.json'), 'utf8')).generated).toMatch(/do not edit/);
  });

  it.skipIf(!sqlPath)(`equals what npm run geo:check makes from the boundary SQL${sqlPath ? '' : ' (SKIPPED: no NTT_BOUNDARIES_SQL and no ../shared/geo)'}`, () => {
    expect(sha256(readFileSync(sqlPath ?? ''))).toBe(BOUNDARIES_SOURCE.sha256);
    const result = spawnSync(process.execPath, ['scripts/geo/build-geo.ts', '--check'], {
      cwd: ROOT,
      env: { ...process.env, NTT_BOUNDARIES_SQL: sqlPath },
      encoding: 'utf8',
    });
    expect(`${result.stdout}${result.stderr}`).toContain('✓ geo/ equals');
    expect(result.status).toBe(0);
  }, 120_000);
});
