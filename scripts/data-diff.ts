/**
 * npm run data:diff — what the edit to data/*.csv changes, in Indonesian and
 * English, before it is published.
 *
 *   npm run data:diff                    against the last build (dist/, else generated/),
 *                                        or, on a clean clone, the data committed at HEAD
 *   npm run data:diff -- --against REF   against the data committed at a git ref
 *
 * Exits 1 when the edited CSVs are invalid (the errors are listed, as by
 * data:check) or the baseline cannot be read; 0 otherwise.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { formatDataError } from '../src/lib/data-error.ts';
import { DiffDatasetSchema, diffDatasets, renderDiff, type DiffDataset } from '../src/lib/data-diff.ts';
import { buildDataset } from '../src/lib/dataset.ts';
import { readTables, type TableTexts } from '../src/lib/read-tables.ts';
import { TABLES, TABLE_NAMES } from '../src/lib/schema.ts';
import { serialiseDataset } from './build-data.ts';
import { dataDir, generatedDir } from './lib/paths.ts';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(process.env['PAYUNG_OUT_DIR'] ?? join(root, 'dist'));

interface Baseline { label: { id: string; en: string }; dataset: DiffDataset }
class DiffError extends Error {}

function fromBuild(): Baseline | null {
  for (const file of [join(outDir, 'data', 'dataset.json'), join(generatedDir(), 'dataset.json')]) {
    if (!existsSync(file)) continue;
    const parsed = DiffDatasetSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (parsed.success) {
      return { label: { id: `build terakhir (${file})`, en: `the last build (${file})` }, dataset: parsed.data };
    }
    console.error(`! ${file}: tidak terbaca, dipakai git / unreadable, using git instead`);
  }
  return null;
}

function fromGit(ref: string): Baseline {
  const texts = {} as TableTexts;
  for (const name of TABLE_NAMES) {
    const shown = spawnSync('git', ['show', `${ref}:data/${TABLES[name].file}`], { cwd: root, encoding: 'utf8' });
    if (shown.status === 0) texts[name] = shown.stdout;
    else if (/exists on disk, but not in|does not exist in/.test(shown.stderr)) texts[name] = null;
    else throw new DiffError(`git show ${ref}:data/${TABLES[name].file}: ${shown.stderr.trim() || 'git tidak tersedia / git unavailable'}`);
  }
  // A table the ref predates (e.g. updates.csv) is read as empty rather than missing.
  for (const name of TABLE_NAMES) texts[name] ??= `${Object.keys(TABLES[name].columns).join(',')}\n`;
  const { tables, errors } = readTables(texts);
  if (!tables) {
    throw new DiffError(`data di ${ref} tidak sah menurut skema sekarang / the data at ${ref} is invalid under the current schema:\n${errors.map((e) => `  • ${formatDataError(e)}`).join('\n')}`);
  }
  const dataset = DiffDatasetSchema.parse(buildDataset(tables, []));
  return { label: { id: `data yang di-commit di ${ref}`, en: `the data committed at ${ref}` }, dataset };
}

function main(argv: string[]): number {
  const at = argv.indexOf('--against');
  const ref = at >= 0 ? argv[at + 1] : undefined;
  if (at >= 0 && !ref) {
    console.error('--against perlu sebuah ref git, mis. HEAD~1 / --against needs a git ref, e.g. HEAD~1');
    return 1;
  }
  const current = serialiseDataset(dataDir());
  if (current.errors.length > 0) {
    console.error(`✗ ${current.errors.length} kesalahan di data/ — perbaiki dulu / error(s) in data/ — fix them first:\n`);
    for (const line of current.errors) console.error(`  • ${line}`);
    return 1;
  }
  let baseline: Baseline;
  try {
    baseline = (ref ? null : fromBuild()) ?? fromGit(ref ?? 'HEAD');
  } catch (error) {
    console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  const diff = diffDatasets(baseline.dataset, DiffDatasetSchema.parse(JSON.parse(current.json)));
  console.log(`data:diff — ${dataDir()}`);
  console.log(`\nBahasa Indonesia — dibandingkan dengan ${baseline.label.id}:`);
  for (const line of renderDiff(diff, 'id')) console.log(line);
  console.log(`\nEnglish — compared with ${baseline.label.en}:`);
  for (const line of renderDiff(diff, 'en')) console.log(line);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
