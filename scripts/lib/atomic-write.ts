import { existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Writes every file of one output set or none: all go to temporary siblings
 * first; then each existing target is moved aside, the new file renamed in,
 * and only when every rename succeeded are the old copies deleted. Any
 * failure puts the old files back and removes the temporaries.
 */
export function writeFilesAtomically(files: ReadonlyMap<string, string | Uint8Array>): void {
  const staged: { temp: string; path: string; backup: string }[] = [];
  const cleanup = () => { for (const s of staged) rmSync(s.temp, { force: true }); };
  try {
    for (const [path, content] of files) {
      mkdirSync(dirname(path), { recursive: true });
      if (existsSync(path) && statSync(path).isDirectory()) throw new Error(`${path} is a folder, not a file`);
      const tag = `${process.pid}.${staged.length}`;
      const temp = join(dirname(path), `.${tag}.tmp`);
      staged.push({ temp, path, backup: join(dirname(path), `.${tag}.old`) });
      writeFileSync(temp, content);
    }
  } catch (error) {
    cleanup();
    throw error;
  }
  const done: typeof staged = [];
  try {
    for (const s of staged) {
      if (existsSync(s.path)) renameSync(s.path, s.backup);
      renameSync(s.temp, s.path);
      done.push(s);
    }
  } catch (error) {
    for (const s of [...done].reverse()) {
      rmSync(s.path, { force: true });
      if (existsSync(s.backup)) renameSync(s.backup, s.path);
    }
    const failed = staged[done.length];
    if (failed && existsSync(failed.backup) && !existsSync(failed.path)) renameSync(failed.backup, failed.path);
    cleanup();
    throw error;
  }
  for (const s of done) rmSync(s.backup, { force: true });
}
