import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Puts several freshly built folders (generated/ and dist/) in place as one
 * unit: afterwards they are either all the new build or all the previous one.
 *
 * Two folders cannot be renamed in one system call, so the swap is journaled:
 * before the first rename a journal names every folder involved; each target
 * is moved aside (`<target>.old-<pid>`), then each fresh folder is renamed in;
 * deleting the journal is the commit point. A failed rename (read-only or
 * immutable dist/, a full disk) rolls back at once. A kill (SIGKILL, power)
 * cannot run code, so the next build calls `recoverSwap` before anything else:
 * while a journal exists, the previous folders are put back.
 */
export interface SwapPair {
  /** A complete new build of the folder. */
  fresh: string;
  /** Where it goes (dist/, generated/). */
  target: string;
}

interface JournalEntry extends SwapPair {
  /** The previous build, moved aside during the swap. */
  old: string;
  /** Whether a previous build existed (else rolling back means removing the target). */
  hadPrevious: boolean;
}

interface Journal {
  pid: number;
  pairs: JournalEntry[];
}

/** Folder names a build leaves beside a target while it runs; anything matching after a build is stale. */
export function leftoverPattern(target: string): RegExp {
  const name = basename(target).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^(?:\\.${name}\\.staging-\\d+|${name}\\.old-\\d+)$`);
}

export function stagingFor(target: string, pid = process.pid): string {
  return join(dirname(target), `.${basename(target)}.staging-${pid}`);
}

function writeJournal(path: string, journal: Journal): void {
  // Written beside, then renamed: a kill mid-write leaves no half journal that recovery would misread.
  const temp = `${path}.tmp-${process.pid}`;
  writeFileSync(temp, JSON.stringify(journal, null, 1));
  renameSync(temp, path);
}

/** Puts every previous folder back. Safe to run again after a kill halfway through. */
function rollBack(pairs: readonly JournalEntry[]): void {
  for (const { target, old, hadPrevious } of pairs) {
    if (existsSync(old)) {
      rmSync(target, { recursive: true, force: true });
      renameSync(old, target);
    } else if (!hadPrevious) {
      rmSync(target, { recursive: true, force: true });
    }
    // else: the target was never moved aside, so it still is the previous build.
  }
}

export function swapTogether(pairs: readonly SwapPair[], journalPath: string): void {
  const entries: JournalEntry[] = pairs.map((p) => ({
    ...p,
    old: `${p.target}.old-${process.pid}`,
    hadPrevious: existsSync(p.target),
  }));
  writeJournal(journalPath, { pid: process.pid, pairs: entries });
  try {
    for (const e of entries) if (e.hadPrevious) renameSync(e.target, e.old);
    for (const e of entries) renameSync(e.fresh, e.target);
  } catch (error) {
    rollBack(entries);
    rmSync(journalPath, { force: true });
    throw error;
  }
  rmSync(journalPath);
  for (const e of entries) rmSync(e.old, { recursive: true, force: true });
}

/**
 * Finishes what a killed build left: rolls back an interrupted swap, then
 * removes stale staging and `.old-` folders beside each target. Call it only
 * while holding the build lock (no other build can be using them).
 * Returns what it did, for the log.
 */
export function recoverSwap(journalPath: string, targets: readonly string[]): string[] {
  const done: string[] = [];
  if (existsSync(journalPath)) {
    let journal: Journal | null = null;
    try {
      journal = JSON.parse(readFileSync(journalPath, 'utf8')) as Journal;
    } catch {
      // Unreadable: it was renamed into place whole, so this cannot come from our own write.
      throw new Error(`${journalPath} is not a build journal: inspect it, then delete it`);
    }
    if (!Array.isArray(journal.pairs)) throw new Error(`${journalPath} is not a build journal: inspect it, then delete it`);
    rollBack(journal.pairs);
    rmSync(journalPath);
    done.push(`interrupted swap of build ${journal.pid} rolled back: ${journal.pairs.map((p) => p.target).join(', ')} are the previous build`);
  }
  for (const target of targets) {
    const dir = dirname(target);
    if (!existsSync(dir)) continue;
    const pattern = leftoverPattern(target);
    for (const name of readdirSync(dir)) {
      if (!pattern.test(name)) continue;
      rmSync(join(dir, name), { recursive: true, force: true });
      done.push(`removed stale ${join(dir, name)}`);
    }
  }
  for (const name of existsSync(dirname(journalPath)) ? readdirSync(dirname(journalPath)) : []) {
    if (name.startsWith(`${basename(journalPath)}.tmp-`)) rmSync(join(dirname(journalPath), name), { force: true });
  }
  return done;
}
