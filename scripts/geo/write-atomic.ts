/**
 * Writes a set of files all-or-nothing (as far as a filesystem allows): every file goes to a
 * temporary sibling first, and the renames happen only once all writes succeeded. A crash midway
 * leaves the previous outputs, never a half-written JSON file a later build would trust.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

export async function writeFilesAtomic(files: ReadonlyMap<string, string>): Promise<void> {
  const temps: [temp: string, final: string][] = [];
  try {
    for (const [path, text] of files) {
      await mkdir(dirname(path), { recursive: true });
      const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
      temps.push([temp, path]);
      await writeFile(temp, text, { flag: 'wx' });
    }
    for (const [temp, path] of temps) await rename(temp, path);
  } catch (error) {
    await Promise.all(temps.map(([temp]) => rm(temp, { force: true })));
    throw error;
  }
}
