/**
 * Fails the whole run, loudly and before any test, when the browser or the build is missing:
 * a browser test never skips.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromePath } from './harness.ts';
import { distDir } from './fixtures.ts';

export default function globalSetup(): void {
  const chrome = chromePath();
  if (!existsSync(chrome)) {
    throw new Error(`Chromium not found at ${chrome}: install Debian's chromium package (apt-get install chromium) or set CHROME_PATH. Browser tests never download a browser and never skip.`);
  }
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error(`${distDir}/index.html is missing: run "npm run build" first`);
  }
}
