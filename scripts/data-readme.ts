/**
 * Writes data/README.md from the schema's column docs, so the editors'
 * reference cannot drift from what the validator accepts.
 *   npm run data:readme   (a test fails when the file is out of date)
 */
import { writeFileSync } from 'node:fs';
import { renderDataReadme } from '../src/lib/data-readme.ts';

writeFileSync('data/README.md', renderDataReadme());
console.log('✓ data/README.md');
