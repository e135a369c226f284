#!/usr/bin/env node
/**
 * Puts ruff's Airflow fixtures (the .py files its AIR rule tests run on) into the user cache, each
 * checked against the sha256 recorded in test/dags/data/ruff-air-expectations.json, so the oracle
 * test (test/dags/ruff-oracle.test.ts) lints exactly the files ruff's snapshots describe:
 *
 *   node scripts/ruff-fixtures/fetch.mjs                 # download from GitHub at the pinned ruff commit
 *   node scripts/ruff-fixtures/fetch.mjs <ruff-repo>     # copy from a checkout or a bare git dir (its HEAD)
 *   node scripts/ruff-fixtures/fetch.mjs --path          # print the cache dir if complete, else why not (exit 1)
 *
 * Why not PyPI: ruff's sdist excludes these files (pyproject.toml [tool.maturin] exclude), so GitHub
 * (or a local copy of the repository) is the only source. Cached in $AIRFLOW_GITOPS_RUFF_FIXTURES or
 * ~/.cache/airflow-gitops/ruff-fixtures/<commit>. Exit 0 when complete, 1 otherwise, 2 on bad usage.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const expectations = JSON.parse(readFileSync(path.join(repoRoot, 'test', 'dags', 'data', 'ruff-air-expectations.json'), 'utf8'));
const { ruffCommit, fixturesPath, fixtures } = expectations;
const cacheDir = process.env.AIRFLOW_GITOPS_RUFF_FIXTURES || path.join(homedir(), '.cache', 'airflow-gitops', 'ruff-fixtures', ruffCommit);
const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

function fail(message) {
  process.stderr.write(`ruff-fixtures: ${message}\n`);
  process.exit(1);
}

/** Names of cached fixtures missing or differing from the recorded hash. */
function missing() {
  return Object.entries(fixtures)
    .filter(([name, f]) => !existsSync(path.join(cacheDir, name)) || sha256(readFileSync(path.join(cacheDir, name))) !== f.sha256)
    .map(([name]) => name);
}

const args = process.argv.slice(2);
if (args.length > 1 || (args[0]?.startsWith('-') && args[0] !== '--path')) {
  process.stderr.write('usage: node scripts/ruff-fixtures/fetch.mjs [<ruff-repo> | --path]\n');
  process.exit(2);
}
if (args[0] === '--path') {
  const absent = missing();
  if (absent.length) fail(`${absent.length} of ${Object.keys(fixtures).length} fixtures absent or changed in ${cacheDir}; run: node scripts/ruff-fixtures/fetch.mjs`);
  process.stdout.write(`${cacheDir}\n`);
  process.exit(0);
}

async function readFixture(name) {
  const source = args[0];
  if (source) {
    const inCheckout = path.join(source, fixturesPath, name);
    if (existsSync(inCheckout)) return readFileSync(inCheckout);
    // A bare git dir: take the file at the pinned commit when present, else at HEAD (checked by hash below).
    for (const rev of [ruffCommit, 'HEAD']) {
      try {
        return execFileSync('git', ['-C', source, 'show', `${rev}:${fixturesPath}/${name}`], { maxBuffer: 16 << 20, stdio: ['ignore', 'pipe', 'ignore'] });
      } catch {
        /* try the next revision */
      }
    }
    throw new Error(`${name} is not in ${source}`);
  }
  const url = `https://raw.githubusercontent.com/astral-sh/ruff/${ruffCommit}/${fixturesPath}/${name}`;
  let response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
  } catch (error) {
    throw new Error(`${url}: ${error.cause?.message ?? error.message} (GitHub unreachable? or pass a local ruff repository)`);
  }
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}

// Written beside the cache and renamed into place: a reader never sees half the fixtures.
const staging = `${cacheDir}.${process.pid}.tmp`;
try {
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  for (const [name, f] of Object.entries(fixtures)) {
    const bytes = await readFixture(name);
    if (sha256(bytes) !== f.sha256) throw new Error(`${name}: sha256 ${sha256(bytes)} differs from the recorded ${f.sha256} (ruff ${ruffCommit.slice(0, 12)})`);
    writeFileSync(path.join(staging, name), bytes);
  }
  rmSync(cacheDir, { recursive: true, force: true });
  mkdirSync(path.dirname(cacheDir), { recursive: true });
  renameSync(staging, cacheDir);
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  fail(error instanceof Error ? error.message.split('\n')[0] : String(error));
}
process.stdout.write(`${Object.keys(fixtures).length} ruff fixtures (ruff ${ruffCommit.slice(0, 12)}) in ${cacheDir}\n`);
