import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '../..');
export const bundlePath = path.join(repoRoot, 'dist/migrate-kind/index.js');
export const fakeToolchain = path.join(repoRoot, 'test/fake-toolchain');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return newest;
}

/** Builds dist/migrate-kind when it is missing or older than the sources (node scripts/build.mjs migrate-kind). */
export function ensureBundle(): string {
  // Test files run in parallel workers: one builds, the others wait for it.
  const lock = path.join(repoRoot, 'dist/.migrate-kind.build-lock');
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  for (let waited = 0; ; waited += 200) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      // A worker killed mid-build leaves its lock behind; builds take seconds, not minutes.
      const stat = fs.statSync(lock, { throwIfNoEntry: false });
      if (stat && Date.now() - stat.mtimeMs > 300_000) fs.rmSync(lock, { recursive: true, force: true });
      if (waited > 170_000) throw new Error('timed out waiting for another test worker to build dist/migrate-kind');
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    build();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
  return bundlePath;
}

function build(): void {
  const sources = ['src/kube', 'src/actions', 'src/core', 'src/report', 'src/values'].map((d) => newestSource(path.join(repoRoot, d)));
  const fresh = fs.existsSync(bundlePath) && fs.statSync(bundlePath).mtimeMs >= Math.max(...sources);
  if (!fresh) execFileSync(process.execPath, [path.join(repoRoot, 'scripts/build.mjs'), 'migrate-kind'], { cwd: repoRoot, stdio: 'pipe' });
}
