/**
 * scripts/build-data.ts end to end, as a child process on temporary copies of
 * data/: deterministic output, nothing written on error, --check writes nothing.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFilesAtomically } from '../../scripts/lib/atomic-write.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const NODE = join(ROOT, 'node_modules', '.bin', 'node');
const scratch = mkdtempSync(join(tmpdir(), 'payung-pipeline-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let counter = 0;
function freshDirs(): { data: string; out: string } {
  const base = join(scratch, String(counter++));
  const data = join(base, 'data');
  const out = join(base, 'generated');
  cpSync(join(ROOT, 'data'), data, { recursive: true });
  mkdirSync(out, { recursive: true });
  return { data, out };
}

function build(dirs: { data: string; out: string }, ...args: string[]) {
  const run = spawnSync(NODE, ['scripts/build-data.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, PAYUNG_DATA_DIR: dirs.data, PAYUNG_GENERATED_DIR: dirs.out },
  });
  if (run.error) throw run.error;
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const datasetBytes = (out: string) => readFileSync(join(out, 'dataset.json'));

// Each test runs the CLI (a process start, the boundary file parsed for the regency check): seconds on a busy machine.
describe('build-data.ts', { timeout: 60_000 }, () => {
  it('writes the same bytes on two runs over the same input', () => {
    const dirs = freshDirs();
    const first = build(dirs);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const a = datasetBytes(dirs.out);
    expect(build(dirs).code).toBe(0);
    const b = datasetBytes(dirs.out);
    expect(b.equals(a)).toBe(true);
    // …and the same bytes in a different output directory, from a different copy of data/.
    const other = freshDirs();
    expect(build(other).code).toBe(0);
    expect(datasetBytes(other.out).equals(a)).toBe(true);
    expect(readdirSync(dirs.out)).toEqual(['dataset.json']);
  });

  it('writes a dataset carrying the sha256 of every input file', () => {
    const dirs = freshDirs();
    build(dirs);
    const json = JSON.parse(datasetBytes(dirs.out).toString('utf8'));
    expect(json.generated.inputs.map((i: { file: string }) => i.file)).toEqual([
      'sources.csv', 'regencies.csv', 'events.csv', 'participants.csv', 'figures.csv', 'quotes.csv', 'checks.csv', 'notes.csv',
      'updates.csv', 'corrections.csv',
    ]);
    for (const i of json.generated.inputs) expect(i.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(json.derived.find((d: { role: string }) => d.role === 'pekerja-rentan-terlindungi').value).toBe(32152);
  });

  it('on a broken CSV: exits non-zero, names file/row/column/value, keeps the old dataset, leaves no temp file', () => {
    const dirs = freshDirs();
    expect(build(dirs).code).toBe(0);
    const before = datasetBytes(dirs.out);

    const events = join(dirs.data, 'events.csv');
    writeFileSync(events, readFileSync(events, 'utf8').replace('ttu-peluncuran,2025-07-07,', 'ttu-peluncuran,2025-02-30,'));
    const broken = build(dirs);

    expect(broken.code).not.toBe(0);
    expect(broken.stdout).toBe('');
    expect(broken.stderr).toContain('nothing was written');
    expect(broken.stderr).toContain(
      'data/events.csv, baris/row 2, kolom/column "date": nilai/value "2025-02-30": tanggal 30 tidak ada di bulan 02/2025 — day 30 does not exist in 2025-02',
    );
    expect(datasetBytes(dirs.out).equals(before)).toBe(true);
    expect(readdirSync(dirs.out)).toEqual(['dataset.json']);
  });

  it('reports errors in several files in one run', () => {
    const dirs = freshDirs();
    const figures = join(dirs.data, 'figures.csv');
    writeFileSync(figures, readFileSync(figures, 'utf8').replace('ende-tingkat,tingkat-kepesertaan,45,', 'ende-tingkat,tingkat-kepesertaan,145,'));
    rmSync(join(dirs.data, 'quotes.csv'));
    const sources = join(dirs.data, 'sources.csv');
    writeFileSync(sources, readFileSync(sources, 'utf8').replace('Ende,Severinus T. Laga,id,,', 'Ende,Severinus T. Laga,id,javascript:alert(1),'));
    const run = build(dirs);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('data/figures.csv, baris/row 5, kolom/column "value": nilai/value "145": persen antara 0 dan 100');
    expect(run.stderr).toContain('data/quotes.csv: berkas tidak ada — file is missing');
    expect(run.stderr).toContain('data/sources.csv, baris/row 2, kolom/column "url": nilai/value "javascript:alert(1)"');
    expect(readdirSync(dirs.out)).toEqual([]);
  });

  it('stops with a message when a regency gets two headline counts', () => {
    const dirs = freshDirs();
    const checks = join(dirs.data, 'checks.csv');
    writeFileSync(checks, readFileSync(checks, 'utf8').split('\n').filter((l) => !l.startsWith('ende-jumlah,')).join('\n'));
    const run = build(dirs);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('kabupaten 53.08 punya dua angka peserta utama (ende-peserta, ende-apbd-1)');
    expect(readdirSync(dirs.out)).toEqual([]);
  });

  it('--check validates and writes nothing', () => {
    const dirs = freshDirs();
    const ok = build(dirs, '--check');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('data/ valid');
    expect(readdirSync(dirs.out)).toEqual([]);

    writeFileSync(join(dirs.data, 'regencies.csv'), 'kode,type,name,slug\n53.1,kabupaten,Kupang,kupang\n');
    const bad = build(dirs, '--check');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('data/regencies.csv, baris/row 2, kolom/column "kode": nilai/value "53.1"');
    expect(readdirSync(dirs.out)).toEqual([]);
  });

  it('--check leaves an existing dataset untouched', () => {
    const dirs = freshDirs();
    build(dirs);
    const before = datasetBytes(dirs.out);
    writeFileSync(join(dirs.out, 'dataset.json'), 'older');
    expect(build(dirs, '--check').code).toBe(0);
    expect(readFileSync(join(dirs.out, 'dataset.json'), 'utf8')).toBe('older');
    expect(before.length).toBeGreaterThan(1000);
  });

  // GAP (scripts/build-data.ts:23): CSVs are decoded with readFileSync(path, 'utf8'), which
  // silently turns invalid bytes into U+FFFD. A sheet exported as Windows-1252 ("Pémkab" with
  // é = 0xE9) passes validation and the dataset publishes "P\uFFFDmkab". Expected: exit 1 and an
  // error naming sources.csv (e.g. "not UTF-8"), e.g. by decoding with
  // new TextDecoder('utf-8', { fatal: true }).
  it('rejects a CSV that is not UTF-8 instead of publishing replacement characters', () => {
    const dirs = freshDirs();
    const sources = join(dirs.data, 'sources.csv');
    const text = readFileSync(sources, 'utf8').replace('Pemerintah Kabupaten Ende, menorehkan', 'Pémkab Ende, menorehkan');
    writeFileSync(sources, Buffer.from(text.replace(/[^\x00-\xff]/g, '?'), 'latin1'));
    const run = build(dirs);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('sources.csv');
  });
});

describe('writeFilesAtomically', () => {
  const dir = () => {
    const d = join(scratch, `atomic-${counter++}`);
    mkdirSync(d, { recursive: true });
    return d;
  };

  it('writes every file of the set, creating directories', () => {
    const d = dir();
    writeFilesAtomically(new Map<string, string | Uint8Array>([[join(d, 'a.json'), 'A'], [join(d, 'sub', 'b.bin'), new Uint8Array([1, 2])]]));
    expect(readFileSync(join(d, 'a.json'), 'utf8')).toBe('A');
    expect([...readFileSync(join(d, 'sub', 'b.bin'))]).toEqual([1, 2]);
    expect(readdirSync(d).sort()).toEqual(['a.json', 'sub']);
  });

  it('leaves the old file and no temp file when a later write fails', () => {
    const d = dir();
    writeFileSync(join(d, 'a.json'), 'old');
    writeFileSync(join(d, 'not-a-dir'), 'a file where a directory should be');
    const files = new Map([[join(d, 'a.json'), 'new'], [join(d, 'not-a-dir', 'b.json'), 'B']]);
    expect(() => writeFilesAtomically(files)).toThrow(/ENOTDIR|EEXIST/);
    expect(readFileSync(join(d, 'a.json'), 'utf8')).toBe('old');
    expect(readdirSync(d).sort()).toEqual(['a.json', 'not-a-dir']);
  });

  // Regression test (fixed bug, scripts/lib/atomic-write.ts:22): the renames are not guarded. If a later rename fails
  // (here the second target is an existing non-empty directory → EISDIR/ENOTEMPTY), the first
  // file has already been replaced ("all or none" is broken) and the second temp file
  // `.<pid>.1.tmp` is left behind. Expected: a.json still "old", no *.tmp left.
  it('leaves the old file when a later rename fails', () => {
    const d = dir();
    writeFileSync(join(d, 'a.json'), 'old');
    mkdirSync(join(d, 'b.json'));
    writeFileSync(join(d, 'b.json', 'keep'), 'x');
    const files = new Map([[join(d, 'a.json'), 'new'], [join(d, 'b.json'), 'B']]);
    expect(() => writeFilesAtomically(files)).toThrow();
    expect(readFileSync(join(d, 'a.json'), 'utf8')).toBe('old');
    expect(readdirSync(d).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
