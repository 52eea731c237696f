/**
 * Lighthouse (npm `lighthouse`, its CLI) against a served page in the system
 * Chromium, mobile profile (Lighthouse's default). Returns scores and the
 * metrics we budget; null when Lighthouse is not installed.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface LighthouseResult {
  performance: number;
  accessibility: number;
  bestPractices: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  mapReadyMs: number | null;
  failedAudits: string[];
}

const root = resolve(import.meta.dirname, '../..');

/** Runs a command without blocking the event loop (the static server answering Lighthouse lives in this process). */
function run(cmd: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<{ status: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => { stderr = (stderr + chunk.toString()).slice(-4000); });
    const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
    child.on('close', (status) => {
      clearTimeout(timer);
      done({ status, stderr });
    });
  });
}

export async function runLighthouse(url: string, chromePath: string): Promise<LighthouseResult | null> {
  const cli = join(root, 'node_modules', 'lighthouse', 'cli', 'index.js');
  if (!existsSync(cli)) return null;
  const dir = mkdtempSync(join(tmpdir(), 'payung-lh-'));
  const out = join(dir, 'report.json');
  try {
    const result = await run(process.execPath, [
      cli, url,
      '--quiet',
      '--output=json', `--output-path=${out}`,
      '--only-categories=performance,accessibility,best-practices',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run',
    ], { ...process.env, CHROME_PATH: chromePath }, 180_000);
    if (result.status !== 0 || !existsSync(out)) throw new Error(`lighthouse failed (exit ${result.status}): ${result.stderr.slice(-800)}`);
    const lhr = JSON.parse(readFileSync(out, 'utf8')) as {
      categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
      audits: Record<string, { score: number | null; numericValue?: number; title: string; details?: { items?: { name?: string; startTime?: number }[] } }>;
    };
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const mark = lhr.audits['user-timings']?.details?.items?.find((i) => i.name === 'map-ready');
    const failedAudits = ['accessibility', 'best-practices'].flatMap((cat) =>
      (lhr.categories[cat]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${cat}: ${ref.id} — ${lhr.audits[ref.id]?.title}`));
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
      tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
      cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
      mapReadyMs: mark?.startTime ?? null,
      failedAudits,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
