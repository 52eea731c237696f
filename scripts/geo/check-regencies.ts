/**
 * The boundary file must describe exactly our 22 regencies, under the names we publish.
 * A new code (a split regency), a missing one or a renamed one stops the build with the codes
 * named, so the map never silently disagrees with the tables.
 */

import { officialName as fullName } from '../../src/lib/regency-name.ts';
import type { Regency } from '../../src/lib/schema.ts';

/** A regency as listed in data/regencies.csv (the schema's type). */
export type RegencyRef = Pick<Regency, 'kode' | 'type' | 'name' | 'slug'>;

export { fullName };

const normalise = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

/** Throws, naming every missing, extra, duplicated or misnamed code; returns nothing when all agree. */
export function checkRegencies(
  features: readonly { properties: { kode: string; nama: string } }[],
  regencies: readonly RegencyRef[],
): void {
  const expected = new Map(regencies.map((r) => [r.kode, r]));
  const seen = new Map<string, number>();
  for (const f of features) seen.set(f.properties.kode, (seen.get(f.properties.kode) ?? 0) + 1);

  const problems: string[] = [];
  const missing = [...expected.keys()].filter((k) => !seen.has(k)).sort();
  const extra = [...seen.keys()].filter((k) => !expected.has(k)).sort();
  const duplicated = [...seen].filter(([, n]) => n > 1).map(([k]) => k).sort();
  if (missing.length) problems.push(`missing / tidak ada: ${missing.join(', ')}`);
  if (extra.length) problems.push(`unexpected / tidak dikenal: ${extra.join(', ')}`);
  if (duplicated.length) problems.push(`duplicated / ganda: ${duplicated.join(', ')}`);
  const misnamed = features
    .map((f) => f.properties)
    .filter(({ kode, nama }) => {
      const ref = expected.get(kode);
      return ref !== undefined && normalise(nama) !== normalise(fullName(ref));
    })
    .map(({ kode, nama }) => `${kode} "${nama}" ≠ "${fullName(expected.get(kode) ?? { type: 'kabupaten', name: '?' })}"`)
    .sort();
  if (misnamed.length) problems.push(`misnamed / nama berbeda: ${misnamed.join('; ')}`);
  if (problems.length) {
    throw new Error(`Boundary file does not match data/regencies.csv — ${problems.join(' | ')}`);
  }
}
