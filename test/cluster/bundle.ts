import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { clusterCacheDir } from './engine.mjs';

export const repoRoot = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '../..');

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(path.join(repoRoot, file))).digest('hex');

/** True when dist/<name> was built from exactly the sources in this tree (its sources.json). */
export function committedBundleIsFresh(name: string): boolean {
  const manifest = path.join(repoRoot, 'dist', name, 'sources.json');
  if (!fs.existsSync(manifest)) return false;
  const sources = JSON.parse(fs.readFileSync(manifest, 'utf8')) as Record<string, string>;
  return Object.entries(sources).every(([file, digest]) => fs.existsSync(path.join(repoRoot, file)) && sha256(file) === digest);
}

/** Every file below `dir`, each path starting with `dir` (the tier's tests read diagnostics bundles with it too). */
export function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/**
 * The action bundle the tier runs: dist/<name>/index.js when it matches the sources (always so in CI,
 * where test/dist.test.ts holds it to that), otherwise a fresh build outside the tree, kept per hash
 * of src/ and package-lock.json so the tier's test files share it — the committed dist/ is never
 * rewritten by a test run.
 */
export function actionBundle(name: string, log: (line: string) => void): string {
  if (committedBundleIsFresh(name)) return path.join(repoRoot, 'dist', name, 'index.js');
  const digest = createHash('sha256');
  for (const file of [...filesUnder(path.join(repoRoot, 'src')).map((f) => path.relative(repoRoot, f)).sort(), 'package-lock.json']) digest.update(`${file}\0${sha256(file)}\n`);
  const out = path.join(clusterCacheDir(), 'dist', digest.digest('hex').slice(0, 16));
  const bundle = path.join(out, name, 'index.js');
  if (!fs.existsSync(bundle)) {
    log(`dist/${name} is older than its sources; testing a fresh build in ${out}`);
    // Built aside and renamed into place: two test files side by side may both find it missing.
    fs.mkdirSync(path.dirname(out), { recursive: true });
    const aside = fs.mkdtempSync(path.join(path.dirname(out), 'building-'));
    try {
      execFileSync(process.execPath, [path.join(repoRoot, 'scripts/build.mjs'), name], { cwd: repoRoot, env: { ...process.env, AIRFLOW_GITOPS_DIST_DIR: aside }, stdio: 'pipe' });
      fs.mkdirSync(out, { recursive: true });
      try {
        fs.renameSync(path.join(aside, name), path.join(out, name));
      } catch (error) {
        // The other worker's identical build got there first.
        if (!fs.existsSync(bundle)) throw error;
      }
    } finally {
      fs.rmSync(aside, { recursive: true, force: true });
    }
  }
  return bundle;
}
