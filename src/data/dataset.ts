import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedDir } from '@/lib/generated-dir.ts';
import { DatasetSchema, type Dataset } from '@/lib/dataset-schema.ts';

/**
 * The generated dataset, read once per build and validated with the same
 * schema the pipeline wrote it with. Pages never read CSV.
 */
let cached: Dataset | null = null;

export { generatedDir };

export function loadDataset(): Dataset {
  if (cached) return cached;
  const path = join(generatedDir(), 'dataset.json');
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new Error(`${path} tidak ada: jalankan "npm run build" / missing: run "npm run build"`);
  }
  cached = DatasetSchema.parse(JSON.parse(text));
  return cached;
}
