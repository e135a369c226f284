import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '../..');

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(path.join(repoRoot, file))).digest('hex');

/** True when dist/<name> was built from exactly the sources in this tree (its sources.json). */
export function committedBundleIsFresh(name: string): boolean {
  const manifest = path.join(repoRoot, 'dist', name, 'sources.json');
  if (!fs.existsSync(manifest)) return false;
  const sources = JSON.parse(fs.readFileSync(manifest, 'utf8')) as Record<string, string>;
  return Object.entries(sources).every(([file, digest]) => fs.existsSync(path.join(repoRoot, file)) && sha256(file) === digest);
}

/**
 * The action bundle the tier runs: dist/<name>/index.js when it matches the sources (always so in CI,
 * where test/dist.test.ts holds it to that), otherwise a fresh build in a temporary directory — the
 * committed dist/ is never rewritten by a test run.
 */
export function actionBundle(name: string, log: (line: string) => void): string {
  if (committedBundleIsFresh(name)) return path.join(repoRoot, 'dist', name, 'index.js');
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'airflow-gitops-cluster-dist-'));
  log(`dist/${name} is older than its sources; testing a fresh build in ${out}`);
  execFileSync(process.execPath, [path.join(repoRoot, 'scripts/build.mjs'), name], { cwd: repoRoot, env: { ...process.env, AIRFLOW_GITOPS_DIST_DIR: out }, stdio: 'pipe' });
  return path.join(out, name, 'index.js');
}
