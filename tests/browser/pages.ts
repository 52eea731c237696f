/** What dist/ contains, read from disk: built pages and the dataset's regencies. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Site paths (`/`, `/en/`, `/kabupaten/ende/` …) of every built index.html, sorted. */
export function htmlPages(distDir: string, options: { includeEmbeds?: boolean } = {}): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name === 'index.html') {
        const rel = relative(distDir, dir).split(sep).join('/');
        out.push(rel ? `/${rel}/` : '/');
      }
    }
  };
  walk(distDir);
  return out.filter((p) => options.includeEmbeds !== false || !/^\/(en\/)?embed\//.test(p)).sort();
}

/** Regency slugs from dist/data/dataset.json. */
export function regencySlugs(distDir: string): string[] {
  const data = readDataset(distDir) as { regencies?: { slug?: string }[] };
  const slugs = (data.regencies ?? []).map((r) => r.slug).filter((s): s is string => typeof s === 'string');
  return slugs;
}

export function readDataset(distDir: string): unknown {
  return JSON.parse(readFileSync(join(distDir, 'data', 'dataset.json'), 'utf8'));
}
