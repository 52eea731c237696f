/**
 * The tracker end to end, as an editor does it, in a scratch copy of data/
 * (never in data/ itself): add a report, a figure and an update row, read
 * `npm run data:diff`, build, and find the update where a reader looks —
 * /pembaruan/, both feeds, the regency page with its date, its JSON and CSV.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, projectNode, runBuild, scratchDir } from '../fixtures/hostile/build-hostile.ts';

const scratch = scratchDir('editor-');
const data = join(scratch, 'data');
const lastBuild = join(scratch, 'generated-last');
const dist = join(scratch, 'dist');

function run(script: string, env: Record<string, string>, args: string[] = []) {
  const r = spawnSync(projectNode(), [script, ...args], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const csvLine = (header: string, cells: Record<string, string>) =>
  header.split(',').map((c) => {
    const v = cells[c] ?? '';
    return /[",;\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
  }).join(',');
const headerOf = (file: string) => readFileSync(join(data, file), 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0]!;
const append = (file: string, cells: Record<string, string>) => {
  const text = readFileSync(join(data, file), 'utf8');
  appendFileSync(join(data, file), `${text.endsWith('\n') ? '' : '\n'}${csvLine(headerOf(file), cells)}\n`);
};

let diff: ReturnType<typeof run>;
let build: ReturnType<typeof runBuild>;

beforeAll(() => {
  cpSync(join(ROOT, 'data'), data, { recursive: true });
  // "The last build": the dataset the unedited copy publishes.
  expect(run('scripts/build-data.ts', { PAYUNG_DATA_DIR: data, PAYUNG_GENERATED_DIR: lastBuild }).status).toBe(0);

  // The editor's edit: a (test) report about Belu, its figure, and the update that announces it.
  append('sources.csv', { id: 'uji-sumber', kind: 'berita', outlet: 'Sumber Uji', lede: 'Kalimat pembuka baris uji', published: '2026-12-05', dateline: 'Atambua', language: 'id' });
  append('figures.csv', {
    id: 'belu-uji', measure: 'peserta', value: '1.234', unit: 'pekerja', qualifier: 'sekitar', scope: 'kabupaten', regency: '53.04',
    group: 'pekerja-rentan', label_id: 'Pekerja terdaftar (baris uji)', label_en: 'Enrolled workers (test row)', source: 'uji-sumber',
    quote: 'Sekitar 1.234 pekerja (kalimat uji).',
  });
  append('updates.csv', {
    id: 'uji-pembaruan', date: '2026-12-05', kind: 'data-baru', title_id: 'Belu: angka uji <b>&</b>', title_en: 'Belu: test figure <b>&</b>',
    summary_id: 'Baris uji untuk tes.', summary_en: 'A test row for the tests.', regencies: '53.04', figures: 'belu-uji', sources: 'uji-sumber',
  });

  // A correction of the new figure, published with the same update.
  append('corrections.csv', {
    id: 'uji-koreksi', date: '2026-12-05', table: 'figures', record: 'belu-uji', column: 'value', was: '1.243', now: '1.234',
    reason_id: 'Salah ketik (baris uji).', reason_en: 'Typo (test row).', update: 'uji-pembaruan',
  });

  diff = run('scripts/data-diff.ts', { PAYUNG_DATA_DIR: data, PAYUNG_GENERATED_DIR: lastBuild, PAYUNG_OUT_DIR: join(scratch, 'no-dist') });
  build = runBuild({ PAYUNG_DATA_DIR: data, PAYUNG_GENERATED_DIR: join(scratch, 'generated'), PAYUNG_OUT_DIR: dist });
}, 240_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const page = (path: string) => readFileSync(join(dist, path), 'utf8');
const html = (path: string) => new DOMParser().parseFromString(page(path), 'text/html');

describe('an editor adds a report row and an update row', () => {
  it('data:diff says what changes, in Indonesian and English, against the last build', () => {
    expect(diff.stderr).toBe('');
    expect(diff.status).toBe(0);
    const out = diff.stdout;
    expect(out).toContain(`dibandingkan dengan build terakhir (${join(lastBuild, 'dataset.json')})`);
    expect(out).toContain('• Angka baru: belu-uji — Pekerja terdaftar (baris uji): sekitar 1.234 pekerja (53.04)');
    expect(out).toContain('• Figure added: belu-uji — Enrolled workers (test row): about 1,234 workers (53.04)');
    expect(out).toContain('• Sumber baru: uji-sumber — Sumber Uji');
    expect(out).toContain('• Pembaruan baru: uji-pembaruan — Belu: angka uji <b>&</b> (2026-12-05)');
    expect(out).toContain('• Regency status changes: 53.04: Nothing in our sources (none) → Published figures (figures)');
    expect(out).toContain('• Koreksi baru: uji-koreksi — figures.csv belu-uji');
    expect(out).toMatch(/Angka turunan berubah: pekerja-rentan-terlindungi — .*: [\d.]+ pekerja → [\d.]+ pekerja/);
    expect(out).toMatch(/Pages that change .*\/kabupaten\/belu\/.*\/pembaruan\//);
    expect(out).toMatch(/Downloads that change: .*\/data\/kabupaten\/belu\.json, \/data\/kabupaten\/belu\.csv/);
  });

  it('the build succeeds', () => {
    expect(build.output).not.toContain('✗');
    expect(build.status).toBe(0);
  });

  it('/pembaruan/ lists the update first (newest first), its markup escaped', () => {
    const doc = html('pembaruan/index.html');
    const items = [...doc.querySelectorAll('[data-update]')].map((li) => li.getAttribute('data-update'));
    expect(items[0]).toBe('uji-pembaruan');
    expect(items).toContain('publikasi-pertama');
    expect(doc.querySelector('#uji-pembaruan h2')?.textContent).toContain('Belu: angka uji <b>&</b>');
    expect(doc.querySelector('#uji-pembaruan a[href$="/kabupaten/belu/"]')).not.toBeNull();
    expect(html('en/pembaruan/index.html').querySelector('#uji-pembaruan h2')?.textContent).toContain('Belu: test figure');
    // The figures it names keep their qualifier, as everywhere else.
    expect(doc.querySelector('#uji-pembaruan')?.textContent).toContain('Pekerja terdaftar (baris uji): sekitar 1.234 pekerja');
    expect(html('en/pembaruan/index.html').querySelector('#uji-pembaruan')?.textContent).toContain('Enrolled workers (test row): about 1,234 workers');
  });

  it('both feeds carry it as their newest entry', () => {
    for (const [file, title] of [['pembaruan/atom.xml', 'Belu: angka uji <b>&</b>'], ['en/pembaruan/atom.xml', 'Belu: test figure <b>&</b>']] as const) {
      const text = page(file);
      expect(text).not.toContain('<b>');
      const doc = new DOMParser().parseFromString(text, 'text/xml');
      expect(doc.querySelector('feed > updated')?.textContent).toBe('2026-12-05T00:00:00Z');
      const first = doc.querySelector('entry');
      expect(first?.querySelector('title')?.textContent).toBe(title);
      expect(first?.querySelector('id')?.textContent).toMatch(/\/pembaruan\/#uji-pembaruan$/);
    }
  });

  it('Belu’s page shows the figure, "Diperbarui 5 Desember 2026" and a fresh latest report; the home page the new date', () => {
    const doc = html('kabupaten/belu/index.html');
    expect(doc.querySelector('[data-figure="belu-uji"]')?.textContent).toContain('sekitar 1.234 pekerja');
    const updated = doc.querySelector('[data-updated]');
    expect(updated?.getAttribute('data-updated')).toBe('2026-12-05');
    expect(updated?.textContent).toContain('Diperbarui 5 Desember 2026');
    expect(doc.querySelector('[data-latest-report]')?.getAttribute('data-latest-report')).toBe('uji-sumber');
    expect(doc.querySelector('[data-latest-report]')?.textContent).toContain('kurang dari sebulan');
    expect(html('en/kabupaten/belu/index.html').querySelector('[data-updated]')?.textContent).toContain('Updated 5 December 2026');
    expect(html('index.html').querySelector('[data-site-updated]')?.getAttribute('data-site-updated')).toBe('2026-12-05');
    // A regency the update does not concern keeps the date of the first publication.
    expect(html('kabupaten/alor/index.html').querySelector('[data-updated]')?.getAttribute('data-updated')).toBe('2026-12-01');
  });

  it('the correction shows on Belu’s page, under its update and in the log on /metodologi/', () => {
    for (const path of ['kabupaten/belu/index.html', 'pembaruan/index.html', 'metodologi/index.html', 'en/kabupaten/belu/index.html']) {
      const c = html(path).querySelector('[data-correction="uji-koreksi"]');
      expect(c?.textContent, path).toContain('1.243');
      expect(c?.textContent, path).toContain('1.234');
    }
    expect(html('kabupaten/alor/index.html').querySelector('[data-correction]')).toBeNull();
    expect(html('metodologi/index.html').querySelector('[data-no-corrections]')).toBeNull();
  });

  it('Belu’s JSON and CSV carry the figure, the update and the new date', () => {
    const json = JSON.parse(page('data/kabupaten/belu.json'));
    expect(json.lastUpdated.iso).toBe('2026-12-05');
    expect(json.figures.map((f: { id: string }) => f.id)).toEqual(['belu-uji']);
    expect(json.updates.map((u: { id: string }) => u.id)).toEqual(['uji-pembaruan', 'publikasi-pertama']);
    expect(json.sources.map((s: { id: string }) => s.id)).toEqual(['uji-sumber']);
    expect(json.citation.id).toContain('diperbarui 5 Desember 2026');
    const csv = page('data/kabupaten/belu.csv');
    expect(csv).toContain('figure,belu-uji,,1234,pekerja,sekitar,Pekerja terdaftar (baris uji)');
    expect(csv).toContain('update,uji-pembaruan,2026-12-05');
    expect(json.corrections.map((c: { id: string }) => c.id)).toEqual(['uji-koreksi']);
    expect(csv).toContain('correction,uji-koreksi,2026-12-05');
  });
});

describe('data:diff on a clean clone (no build yet)', () => {
  it('compares with the data committed at HEAD and exits 0', () => {
    const empty = join(scratch, 'empty');
    const r = run('scripts/data-diff.ts', { PAYUNG_DATA_DIR: join(ROOT, 'data'), PAYUNG_GENERATED_DIR: empty, PAYUNG_OUT_DIR: empty });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('dibandingkan dengan data yang di-commit di HEAD');
    expect(r.stdout).toContain('compared with the data committed at HEAD');
  });

  it('an invalid edit is refused with the usual file/row/column errors', () => {
    writeFileSync(join(data, 'updates.csv'), `${headerOf('updates.csv')}\nx,2026-12,data-baru,T,T,S,S,53.99,,\n`);
    const r = run('scripts/data-diff.ts', { PAYUNG_DATA_DIR: data, PAYUNG_GENERATED_DIR: lastBuild });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('data/updates.csv, baris/row 2, kolom/column "regencies": nilai/value "53.99"');
    expect(r.stderr).toContain('data/updates.csv, baris/row 2, kolom/column "date"');
  });
});
