/**
 * Numbers only from the data: every number rendered on every built page is a
 * dataset figure, a derived figure (or its range and arithmetic), a date, a
 * count the pipeline computes, or part of the dataset's own text. A number
 * typed into a page, a component or the catalog fails here, named by page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BOUNDARY_CREDIT } from '../../scripts/geo/licence-notice.ts';
import { DatasetSchema } from '@/lib/dataset-schema.ts';
import { allowedNumbers, strayNumbers } from '@/lib/number-trace.ts';
import { DIST, builtPages } from './dist.ts';
import { readerText } from './page-text.ts';

describe('number tracing', () => {
  it('every number on every built page comes from the data', () => {
    const pages = builtPages();
    const dataset = DatasetSchema.parse(JSON.parse(readFileSync(join(DIST, 'data', 'dataset.json'), 'utf8')));
    const allowed = allowedNumbers(dataset, [BOUNDARY_CREDIT]);
    const strays: string[] = [];
    for (const page of pages.values()) {
      const found = [...new Set(strayNumbers(readerText(page.html), allowed))];
      if (found.length > 0) strays.push(`${page.path}: ${found.join(' ')}`);
    }
    expect(strays).toEqual([]);
  }, 120_000);
});
