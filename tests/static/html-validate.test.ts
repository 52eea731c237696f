/** Every built page is valid HTML by html-validate's recommended preset (.htmlvalidate.json). */
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST, requireDist } from './dist.ts';

describe('html-validate', () => {
  it('dist/ exists (run npm run build first)', () => {
    requireDist();
  });

  it('every built page passes .htmlvalidate.json', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    for (const page of builtPages().values()) {
      const report = await validator.validateFile(join(DIST, page.file));
      for (const result of report.results) {
        for (const m of result.messages) {
          problems.push(`${page.path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}${m.selector ? ` (${m.selector})` : ''}`);
        }
      }
    }
    expect(problems).toEqual([]);
  }, 60_000);
});
