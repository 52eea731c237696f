/**
 * `npm run bench`: a benchmark, not a timed test. Prints page weight, build
 * time (real data, 10× and 100× synthetic data) and Lighthouse figures, and
 * exits non-zero only when a budget is broken. Reads the built dist/ (run
 * `npm run build` first); synthetic builds go to temp dirs.
 *
 *   BENCH_SKIP=build,lighthouse npm run bench   skip the slow parts
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { writeSyntheticData } from './lib/bench-synthetic.ts';
import { runLighthouse, type LighthouseResult } from './lib/bench-lighthouse.ts';
import { kib, pageWeight, type PageWeight } from './lib/bench-weight.ts';
import { startServer } from './serve.ts';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(process.env['PAYUNG_OUT_DIR'] ?? join(root, 'dist'));
const chromePath = process.env['CHROME_PATH'] || '/usr/bin/chromium';
const skip = new Set((process.env['BENCH_SKIP'] ?? '').split(',').map((s) => s.trim()).filter(Boolean));
const KIB = 1024;
// Issue #10's budgets for `/`: 30 KiB gzip in total and 6 KiB of JavaScript. The HTML carries the
// phone map's SVG, one panel template per regency (the launch stories without a request) and the
// page's scripts (inline: see astro.config.mjs), so its own share is capped at 24 KiB.
const BUDGET = { homeTotalGzip: 30 * KIB, homeHtmlGzip: 24 * KIB, homeJsGzip: 6 * KIB };
// Issue #10's Lighthouse budgets, checked on the median of several runs (see lighthouse() below).
const LH_BUDGET = { lcpMs: 1000, tbtMs: 50, cls: 0.02, score: 100 };

const broken: string[] = [];
const check = (ok: boolean, what: string) => {
  if (!ok) broken.push(what);
  return ok ? 'ok' : 'OVER BUDGET';
};
const pad = (s: string, n: number) => s.padEnd(n);
const rpad = (s: string, n: number) => s.padStart(n);

/** Scratch under <repo>/.tmp/: build.ts renames its staging folder (also in .tmp/) into the output dirs, same filesystem only. */
function scratch(prefix: string): string {
  mkdirSync(join(root, '.tmp'), { recursive: true });
  return mkdtempSync(join(root, '.tmp', prefix));
}

function fail(message: string): never {
  console.error(`✗ ${message}`);
  process.exit(1);
}

// ------------------------------------------------------------------ page weight
function printWeight(label: string, w: PageWeight): void {
  console.log(`\n${label}  (${w.requests} requests${w.thirdParty.length ? `, ${w.thirdParty.length} leave the origin` : ', none leave the origin'})`);
  console.log(`  ${pad('', 22)}${rpad('raw', 11)}${rpad('gzip', 11)}`);
  for (const [kind, b] of Object.entries(w.transfer)) {
    if (b.raw === 0 && kind !== 'js') continue;
    console.log(`  ${pad(`${kind} (responses)`, 22)}${rpad(kib(b.raw), 11)}${rpad(kib(b.gzip), 11)}`);
  }
  for (const [kind, b] of Object.entries(w.inline)) {
    console.log(`  ${pad(`  of which inline ${kind}`, 22)}${rpad(kib(b.raw), 11)}${rpad(kib(b.gzip), 11)}`);
  }
  console.log(`  ${pad('total', 22)}${rpad(kib(w.total.raw), 11)}${rpad(kib(w.total.gzip), 11)}`);
  if (w.mapReadyMs !== null) console.log(`  map-ready mark: ${w.mapReadyMs.toFixed(0)} ms after navigation start (desktop, unthrottled)`);
}

async function weights(base: string): Promise<void> {
  if (!existsSync(chromePath)) fail(`Chromium not found at ${chromePath} (set CHROME_PATH)`);
  const browser = await chromium.launch({
    executablePath: chromePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    console.log('== Page weight ==');
    const home = await pageWeight(browser, base);
    printWeight('/', home);
    const jsGzip = home.transfer.js.gzip + home.inline.js.gzip;
    console.log('  budgets for /:');
    console.log(`    total ≤ ${kib(BUDGET.homeTotalGzip)} gzip: ${kib(home.total.gzip)} ${check(home.total.gzip <= BUDGET.homeTotalGzip, `/ total ${kib(home.total.gzip)} gzip > ${kib(BUDGET.homeTotalGzip)}`)}`);
    console.log(`    HTML ≤ ${kib(BUDGET.homeHtmlGzip)} gzip: ${kib(home.transfer.html.gzip)} ${check(home.transfer.html.gzip <= BUDGET.homeHtmlGzip, `/ HTML ${kib(home.transfer.html.gzip)} gzip > ${kib(BUDGET.homeHtmlGzip)}`)}`);
    console.log(`    JS (files + inline) ≤ ${kib(BUDGET.homeJsGzip)} gzip: ${kib(jsGzip)} ${check(jsGzip <= BUDGET.homeJsGzip, `/ JS ${kib(jsGzip)} gzip > ${kib(BUDGET.homeJsGzip)}`)}`);
    console.log(`    no third-party request: ${check(home.thirdParty.length === 0, `/ requests other origins: ${home.thirdParty.join(', ')}`)}`);
    console.log(`    no web font: ${check(home.fonts.length === 0, `/ loads web fonts: ${home.fonts.join(', ')}`)}`);

    printWeight('/kabupaten/ende/', await pageWeight(browser, new URL('kabupaten/ende/', base).href));
    if (existsSync(join(dist, 'embed', 'peta', 'index.html'))) {
      const embed = await pageWeight(browser, new URL('embed/peta/', base).href);
      printWeight('/embed/peta/', embed);
      check(embed.thirdParty.length === 0, `/embed/peta/ requests other origins: ${embed.thirdParty.join(', ')}`);
    } else {
      console.log('\n/embed/peta/  n/a (not built)');
    }
  } finally {
    await browser.close();
  }
}

// ------------------------------------------------------------------ bundle contents
/** Every built HTML page under dir (recursively). */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : []));
}

function bundleSignatures(): void {
  console.log('\n== Browser bundle: build-time libraries must not ship ==');
  const assets = join(dist, '_astro');
  const files = existsSync(assets) ? readdirSync(assets).filter((f) => f.endsWith('.js')).map((f) => join(assets, f)) : [];
  // Small page scripts are written into the pages (astro.config.mjs): read those too.
  const inline = new Map<string, string>();
  for (const page of htmlFiles(dist)) {
    for (const m of readFileSync(page, 'utf8').matchAll(/<script type="module">([\s\S]*?)<\/script>/g)) inline.set(m[1] as string, page.slice(dist.length));
  }
  const sources = [...files.map((f) => ({ where: f.split('/').pop() as string, code: readFileSync(f, 'utf8') })), ...[...inline].map(([code, page]) => ({ where: `inline in ${page}`, code }))];
  console.log(`  ${files.length} JS file(s) in dist/_astro/: ${files.map((f) => `${f.split('/').pop()} (${kib(readFileSync(f).length)})`).join(', ') || '—'}`);
  console.log(`  ${inline.size} distinct inline module script(s) in the pages (largest ${kib(Math.max(0, ...[...inline.keys()].map((c) => Buffer.byteLength(c))))})`);
  const SIGNATURES: Record<string, RegExp> = {
    '@observablehq/plot': /@observablehq\/plot|plot-d6a7b5|\bPlot\.plot\b|function plot\(\{[^}]*marks/,
    papaparse: /BAD_DELIMITERS|RECORD_SEP|UNIT_SEP|papaparse|Papa\.parse/,
  };
  for (const [name, re] of Object.entries(SIGNATURES)) {
    const hits = sources.filter((src) => re.test(src.code)).map((src) => src.where);
    console.log(`  ${name}: ${hits.length ? `FOUND in ${hits.join(', ')}` : 'absent'} ${check(hits.length === 0, `${name} code reached the browser bundle: ${hits.join(', ')}`)}`);
  }
}

// ------------------------------------------------------------------ build time
function timedBuild(dataDir: string | null, label: string, rows: number): number {
  const tmp = scratch('bench-');
  const env: NodeJS.ProcessEnv = { ...process.env, PAYUNG_OUT_DIR: join(tmp, 'dist'), PAYUNG_GENERATED_DIR: join(tmp, 'generated') };
  if (dataDir) env['PAYUNG_DATA_DIR'] = dataDir;
  const started = performance.now();
  const result = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: root, env, encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  let pages = 0;
  const count = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) count(join(d, e.name));
      else if (e.name.endsWith('.html')) pages++;
    }
  };
  if (result.status === 0) count(join(tmp, 'dist'));
  rmSync(tmp, { recursive: true, force: true });
  if (result.status !== 0) {
    broken.push(`${label} build failed (exit ${result.status})`);
    console.log(`  ${pad(label, 14)} FAILED\n${result.stdout.slice(-1500)}\n${result.stderr.slice(-1500)}`);
    return NaN;
  }
  const steps = [...result.stdout.matchAll(/✓ (data|geo|site) \((\d+) ms\)/g)].map((m) => `${m[1]} ${(Number(m[2]) / 1000).toFixed(1)}s`).join(', ');
  console.log(`  ${pad(label, 14)}${rpad(String(rows), 7)} rows${rpad(String(pages), 6)} pages${rpad(seconds.toFixed(1), 7)} s${rpad(((seconds * 1000) / rows).toFixed(2), 8)} ms/row   (${steps})`);
  return seconds;
}

function buildTimes(): void {
  console.log('\n== Build time (node scripts/build.ts into temp dirs) ==');
  const tmp = scratch('synth-');
  try {
    const realRows = writeSyntheticData(join(root, 'data'), join(tmp, 'x1'), 1);
    const results: { factor: number; rows: number; seconds: number }[] = [];
    results.push({ factor: 1, rows: realRows, seconds: timedBuild(null, 'real data', realRows) });
    for (const factor of [10, 100]) {
      const dir = join(tmp, `x${factor}`);
      const rows = writeSyntheticData(join(root, 'data'), dir, factor);
      results.push({ factor, rows, seconds: timedBuild(dir, `${factor}× data`, rows) });
    }
    // Growth: time above the fixed cost (real-data build) per added row.
    const [one, ...more] = results;
    if (one && Number.isFinite(one.seconds)) {
      for (const r of more) {
        if (!Number.isFinite(r.seconds)) continue;
        const perRow = ((r.seconds - one.seconds) * 1000) / (r.rows - one.rows);
        console.log(`  ${r.factor}×: ${perRow.toFixed(2)} ms per added row over the real-data build`);
      }
      const [ten, hundred] = more;
      if (ten && hundred && Number.isFinite(ten.seconds) && Number.isFinite(hundred.seconds)) {
        const a = (ten.seconds - one.seconds) / (ten.rows - one.rows);
        const b = (hundred.seconds - one.seconds) / (hundred.rows - one.rows);
        console.log(`  marginal cost 100× vs 10×: ${(b / a).toFixed(2)}× (≈1 = linear growth)`);
      }
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

// ------------------------------------------------------------------ geo budget
function geoBudget(): void {
  const script = join(root, 'scripts', 'bench-geo.ts');
  console.log('\n== Geo budget (scripts/bench-geo.ts) ==');
  if (!existsSync(script)) {
    console.log('  n/a (scripts/bench-geo.ts not present)');
    return;
  }
  const result = spawnSync(process.execPath, [script], { cwd: root, encoding: 'utf8' });
  process.stdout.write(result.stdout.replace(/^/gm, '  '));
  if (result.stderr.trim()) process.stdout.write(result.stderr.replace(/^/gm, '  '));
  if (result.status !== 0) broken.push(`scripts/bench-geo.ts exited ${result.status}`);
}

// ------------------------------------------------------------------ lighthouse
/** Lighthouse's own advice for variance: run it several times and report the median. */
const LIGHTHOUSE_RUNS = Math.max(1, Number(process.env['BENCH_LIGHTHOUSE_RUNS'] ?? 3));
const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

async function lighthouse(base: string): Promise<void> {
  console.log(`\n== Lighthouse on / (mobile, simulated Slow 4G; median of ${LIGHTHOUSE_RUNS} runs) ==`);
  const runs: LighthouseResult[] = [];
  try {
    for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
      const r = await runLighthouse(base, chromePath);
      if (!r) {
        console.log('  n/a (npm package lighthouse not installed)');
        return;
      }
      runs.push(r);
    }
  } catch (error) {
    broken.push(`Lighthouse did not run: ${(error as Error).message.slice(0, 300)}`);
    console.log(`  failed: ${(error as Error).message}`);
    return;
  }
  const of = (pick: (r: LighthouseResult) => number) => median(runs.map(pick));
  const each = (pick: (r: LighthouseResult) => number, digits: number) => runs.map((r) => pick(r).toFixed(digits)).join(', ');
  const lcp = of((r) => r.lcpMs);
  const tbt = of((r) => r.tbtMs);
  const cls = of((r) => r.cls);
  const a11y = Math.min(...runs.map((r) => r.accessibility));
  const bp = Math.min(...runs.map((r) => r.bestPractices));
  console.log(`  performance     ${rpad(String(of((r) => r.performance)), 4)}  (runs: ${each((r) => r.performance, 0)}; printed only)`);
  console.log(`  accessibility   ${rpad(String(a11y), 4)}  (lowest run; budget ${LH_BUDGET.score}) ${check(a11y >= LH_BUDGET.score, `Lighthouse accessibility ${a11y} < ${LH_BUDGET.score}`)}`);
  console.log(`  best practices  ${rpad(String(bp), 4)}  (lowest run; budget ${LH_BUDGET.score}) ${check(bp >= LH_BUDGET.score, `Lighthouse best practices ${bp} < ${LH_BUDGET.score}`)}`);
  console.log(`  LCP  ${(lcp / 1000).toFixed(2)} s   (budget ≤ ${LH_BUDGET.lcpMs / 1000} s; runs ${each((r) => r.lcpMs / 1000, 2)} s) ${check(lcp <= LH_BUDGET.lcpMs, `Lighthouse LCP ${(lcp / 1000).toFixed(2)} s > ${LH_BUDGET.lcpMs / 1000} s`)}`);
  console.log(`  TBT  ${tbt.toFixed(0)} ms    (budget ≤ ${LH_BUDGET.tbtMs} ms; runs ${each((r) => r.tbtMs, 0)} ms) ${check(tbt <= LH_BUDGET.tbtMs, `Lighthouse TBT ${tbt.toFixed(0)} ms > ${LH_BUDGET.tbtMs} ms`)}`);
  console.log(`  CLS  ${cls.toFixed(3)}    (budget ≤ ${LH_BUDGET.cls}; runs ${each((r) => r.cls, 3)}) ${check(cls <= LH_BUDGET.cls, `Lighthouse CLS ${cls.toFixed(3)} > ${LH_BUDGET.cls}`)}`);
  const marks = runs.map((r) => r.mapReadyMs).filter((m): m is number => m !== null);
  console.log(`  map-ready mark: ${marks.length ? `${median(marks).toFixed(0)} ms (throttled mobile run)` : 'not set'}`);
  for (const a of new Set(runs.flatMap((r) => r.failedAudits))) console.log(`  not passing: ${a}`);
}

// ------------------------------------------------------------------ main
if (!existsSync(join(dist, 'index.html'))) fail(`${dist}/index.html is missing: run npm run build first`);
const started = performance.now();
const server = await startServer({ dir: dist, port: 0 });
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
try {
  await weights(base);
  bundleSignatures();
  if (!skip.has('geo')) geoBudget();
  if (!skip.has('lighthouse')) await lighthouse(base);
} finally {
  server.close();
}
if (!skip.has('build')) buildTimes();

console.log(`\nbench took ${((performance.now() - started) / 1000).toFixed(0)} s`);
if (broken.length) {
  console.log(`\n✗ ${broken.length} budget(s) broken:\n  ${broken.join('\n  ')}`);
  process.exit(1);
}
console.log('\n✓ all budgets hold');
