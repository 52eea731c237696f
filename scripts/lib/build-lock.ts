import { mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync, closeSync } from 'node:fs';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * One build at a time per output folder. Two builds writing dist/ and
 * generated/ at once would each swap in its own folders, and the result could
 * be dist/ from one with generated/ from the other.
 *
 * The lock is a file created with O_EXCL holding the owner's pid and its
 * start time (so a recycled pid is not mistaken for the owner). A lock whose
 * owner is gone (killed with SIGKILL, machine rebooted) is stale and taken over.
 */
export interface LockOwner {
  pid: number;
  /** /proc/<pid>/stat start time in clock ticks; null where there is no /proc. */
  startTicks: string | null;
  started: string;
}

export class BuildLockBusy extends Error {
  readonly owner: LockOwner;
  constructor(path: string, owner: LockOwner, waitedSeconds: number) {
    super(
      `another build is running (pid ${owner.pid}, started ${owner.started}); waited ${waitedSeconds} s — ` +
        `run again when it has finished (lock: ${path}) / ` +
        `build lain sedang berjalan (pid ${owner.pid}, mulai ${owner.started}); sudah menunggu ${waitedSeconds} detik — jalankan lagi setelah selesai`,
    );
    this.owner = owner;
  }
}

function startTicks(pid: number): string | null {
  try {
    // Field 22 of /proc/<pid>/stat, counted after the ")" that ends the command name.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

function isAlive(owner: LockOwner): boolean {
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  return owner.startTicks === null || startTicks(owner.pid) === owner.startTicks;
}

function readOwner(path: string): LockOwner | null {
  try {
    const owner = JSON.parse(readFileSync(path, 'utf8')) as LockOwner;
    return Number.isInteger(owner.pid) ? owner : null;
  } catch {
    return null;
  }
}

function tryCreate(path: string, me: LockOwner): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  writeSync(fd, JSON.stringify(me));
  closeSync(fd);
  return true;
}

/** Removes a stale lock; a second folder lock makes sure only one waiter does it. */
function removeIfStale(path: string): void {
  const guard = `${path}.takeover`;
  try {
    mkdirSync(guard);
  } catch {
    // Another waiter is taking over; a guard left by a killed waiter expires after 10 s.
    try {
      if (Date.now() - statSync(guard).mtimeMs > 10_000) rmSync(guard, { recursive: true, force: true });
    } catch { /* gone meanwhile */ }
    return;
  }
  try {
    const owner = readOwner(path);
    // An unreadable lock younger than a second may be one being written right now.
    const young = (() => { try { return Date.now() - statSync(path).mtimeMs < 1000; } catch { return false; } })();
    if (owner ? !isAlive(owner) : !young) {
      renameSync(path, `${path}.stale-${process.pid}`);
      rmSync(`${path}.stale-${process.pid}`, { force: true });
    }
  } catch { /* the owner released it meanwhile */ } finally {
    rmSync(guard, { recursive: true, force: true });
  }
}

/**
 * Waits up to `waitSeconds` for the lock (0: refuse at once), telling the
 * editor once why it waits. Resolves to a release function.
 */
export async function acquireBuildLock(
  path: string,
  { waitSeconds, log, signal }: { waitSeconds: number; log: (line: string) => void; signal?: AbortSignal },
): Promise<() => void> {
  mkdirSync(dirname(path), { recursive: true });
  const me: LockOwner = { pid: process.pid, startTicks: startTicks(process.pid), started: new Date().toISOString() };
  const since = Date.now();
  let told = false;
  for (;;) {
    if (tryCreate(path, me)) {
      return () => {
        if (readOwner(path)?.pid === me.pid) rmSync(path, { force: true });
      };
    }
    const owner = readOwner(path);
    if (owner && !isAlive(owner)) {
      log(`stale build lock of pid ${owner.pid} (no longer running) taken over / kunci build lama diambil alih`);
      removeIfStale(path);
      continue;
    }
    if (!owner) removeIfStale(path);
    const waited = Math.round((Date.now() - since) / 1000);
    if (owner && waited >= waitSeconds) throw new BuildLockBusy(path, owner, waited);
    if (owner && !told) {
      log(`another build is running (pid ${owner.pid}, started ${owner.started}): waiting up to ${waitSeconds} s / build lain sedang berjalan: menunggu`);
      told = true;
    }
    await sleep(250, undefined, { signal });
  }
}
