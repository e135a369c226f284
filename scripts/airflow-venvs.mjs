#!/usr/bin/env node
/**
 * Pre-create the real-Airflow test venvs (so `npm test` only reuses them):
 *
 *   node scripts/airflow-venvs.mjs            # all of 3.1, latest, 2.9
 *   node scripts/airflow-venvs.mjs 3.1 2.9    # some
 *   node scripts/airflow-venvs.mjs --status   # where each lives and whether it is built
 *
 * Uses the same code as the tests: test/airflow/harness.ts, transpiled on the fly with the
 * project's TypeScript (Node 20 cannot import .ts). Honours AIRFLOW_GITOPS_VENV_CACHE and
 * AIRFLOW_GITOPS_PYTHON. Exit 0 when every requested venv is ready, 1 otherwise, 2 on bad usage.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const harnessPath = path.join(repoRoot, 'test', 'airflow', 'harness.ts');

async function loadHarness() {
  // The harness locates its lock files from import.meta.url, so keep pointing it at the original file.
  const source = readFileSync(harnessPath, 'utf8').replaceAll('import.meta.url', JSON.stringify(pathToFileURL(harnessPath).href));
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 },
    fileName: harnessPath,
  });
  const dir = mkdtempSync(path.join(tmpdir(), 'airflow-venvs-'));
  const file = path.join(dir, 'harness.mjs');
  writeFileSync(file, outputText);
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const harness = await loadHarness();
const args = process.argv.slice(2);
const statusOnly = args.includes('--status');
const tracks = args.filter((arg) => arg !== '--status');
const unknown = tracks.filter((track) => !harness.AIRFLOW_TRACKS.includes(track));
if (unknown.length || args.includes('--help')) {
  process.stderr.write(`usage: node scripts/airflow-venvs.mjs [--status] [${harness.AIRFLOW_TRACKS.join('|')} ...]\n`);
  process.exit(unknown.length ? 2 : 0);
}

let failed = false;
for (const track of tracks.length ? tracks : harness.AIRFLOW_TRACKS) {
  const lock = harness.lockInfo(track);
  const dir = harness.venvDir(track);
  if (statusOnly) {
    const built = harness.isVenvBuilt(dir);
    process.stdout.write(`${track}\tAirflow ${lock.airflowVersion}\t${built ? 'built' : 'missing'}\t${dir}\n`);
    continue;
  }
  try {
    const venv = await harness.ensureVenv(track);
    const how = venv.created ? 'created' : 'reused';
    process.stdout.write(`${track}\tAirflow ${venv.version}\t${how} in ${(venv.durationMs / 1000).toFixed(1)} s\t${venv.dir}\n`);
  } catch (error) {
    failed = true;
    process.stderr.write(`${track}\tfailed: ${error instanceof Error ? error.message : String(error)}\n`);
  }
}
process.exit(failed ? 1 : 0);
