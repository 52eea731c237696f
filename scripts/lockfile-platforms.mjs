/**
 * The npm registry reachable here serves only the linux-x64 builds of rollup's
 * native binaries, so `npm install` leaves the other platforms out of
 * package-lock.json — and `npm ci` then refuses the lockfile as out of sync.
 * This records each missing platform package as an optional, os/cpu-restricted
 * entry, which npm ci skips on other platforms without fetching it.
 * Run after any `npm install`: npm run lockfile:platforms
 */
import { readFileSync, writeFileSync } from 'node:fs';
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const OS = { android: 'android', darwin: 'darwin', freebsd: 'freebsd', linux: 'linux', openbsd: 'openbsd', openharmony: 'openharmony', win32: 'win32' };
const CPU = { 'arm-eabi': 'arm', arm64: 'arm64', x64: 'x64', 'arm-gnueabihf': 'arm', 'arm-musleabihf': 'arm', 'arm64-gnu': 'arm64', 'arm64-musl': 'arm64', 'loong64-gnu': 'loong64', 'loong64-musl': 'loong64', 'ppc64-gnu': 'ppc64', 'ppc64-musl': 'ppc64', 'riscv64-gnu': 'riscv64', 'riscv64-musl': 'riscv64', 's390x-gnu': 's390x', 'x64-gnu': 'x64', 'x64-musl': 'x64', 'arm64-msvc': 'arm64', 'ia32-msvc': 'ia32', 'x64-msvc': 'x64' };
let added = 0;
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (lock.packages[key] || lock.packages[`${path}/node_modules/${name}`]) continue;
    const m = /^@rollup\/rollup-([a-z0-9]+)-(.+)$/.exec(name);
    if (!m) { console.log('unhandled', name); continue; }
    lock.packages[key] = { version, cpu: [CPU[m[2]]], license: 'MIT', optional: true, os: [OS[m[1]]] };
    added++;
  }
}
const sorted = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
lock.packages = sorted;
writeFileSync('package-lock.json', JSON.stringify(lock, null, 2) + '\n');
console.log(`package-lock.json: ${added} platform entr${added === 1 ? 'y' : 'ies'} added`);
