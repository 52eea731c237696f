import { resolve } from 'node:path';

/** Where the build writes generated JSON (never committed); a build or test may point elsewhere. */
export function generatedDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env['PAYUNG_GENERATED_DIR'] ?? 'generated');
}
