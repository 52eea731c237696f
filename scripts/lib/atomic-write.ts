import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Writes every file of one output set or none: all go to a temporary sibling
 * first and are renamed into place only after all of them were written, so a
 * crash or a thrown error leaves the previous output as it was.
 */
export function writeFilesAtomically(files: ReadonlyMap<string, string | Uint8Array>): void {
  const staged: [string, string][] = [];
  try {
    for (const [path, content] of files) {
      mkdirSync(dirname(path), { recursive: true });
      const temp = join(dirname(path), `.${process.pid}.${staged.length}.tmp`);
      writeFileSync(temp, content);
      staged.push([temp, path]);
    }
  } catch (error) {
    for (const [temp] of staged) rmSync(temp, { force: true });
    throw error;
  }
  for (const [temp, path] of staged) renameSync(temp, path);
}
