#!/usr/bin/env node
/**
 * zizmor (the GitHub Actions security linter, a Rust binary shipped as a PyPI wheel) in a venv of
 * ours, installed exactly from test/workflows/zizmor.lock.txt (one version, hash-checked):
 *
 *   node scripts/zizmor.mjs           # build the venv if missing; print where and how long it took
 *   node scripts/zizmor.mjs --path    # print the zizmor binary if built, else one line why not (exit 1)
 *
 * Cached like the Airflow venvs: $AIRFLOW_GITOPS_VENV_CACHE or ~/.cache/airflow-gitops/venvs, in a
 * directory named after the lock's hash, so a new lock builds a new venv and an old one is reused.
 * The interpreter is $AIRFLOW_GITOPS_PYTHON or python3 (any Python 3 fits: the wheel is py3-none).
 * Exit 0 when zizmor is ready, 1 otherwise, 2 on bad usage.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const lockFile = path.join(repoRoot, 'test', 'workflows', 'zizmor.lock.txt');
const MARKER = '.airflow-gitops-complete.json';

const lockText = readFileSync(lockFile, 'utf8');
const version = /^zizmor==(\S+)/m.exec(lockText)?.[1];
const cacheRoot = process.env.AIRFLOW_GITOPS_VENV_CACHE || path.join(homedir(), '.cache', 'airflow-gitops', 'venvs');
const venvDir = path.join(cacheRoot, `zizmor-${createHash('sha256').update(lockText).digest('hex').slice(0, 16)}`);
const binary = path.join(venvDir, 'bin', 'zizmor');

function built() {
  return existsSync(path.join(venvDir, MARKER)) && existsSync(binary);
}

function fail(message) {
  process.stderr.write(`zizmor: ${message}\n`);
  process.exit(1);
}

function run(file, args, timeoutMs) {
  try {
    return execFileSync(file, args, { encoding: 'utf8', timeout: timeoutMs, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const stderr = String(error.stderr ?? '').trim().split('\n').slice(-3).join(' / ');
    throw new Error(`${path.basename(file)} ${args.slice(0, 4).join(' ')} failed: ${stderr || error.message}`);
  }
}

const args = process.argv.slice(2);
if (args.some((a) => a !== '--path')) {
  process.stderr.write('usage: node scripts/zizmor.mjs [--path]\n');
  process.exit(2);
}
if (!version) fail(`${lockFile} pins no zizmor version`);

if (args.includes('--path')) {
  if (!built()) fail(`zizmor ${version} is not installed in ${venvDir}; run: node scripts/zizmor.mjs`);
  process.stdout.write(`${binary}\n`);
  process.exit(0);
}

if (built()) {
  process.stdout.write(`zizmor ${version}\treused\t${venvDir}\n`);
  process.exit(0);
}

const started = Date.now();
// Build beside the final directory, then rename: a concurrent or interrupted build never leaves a
// half-installed venv where the tests look.
const staging = `${venvDir}.${process.pid}.tmp`;
try {
  mkdirSync(cacheRoot, { recursive: true });
  rmSync(staging, { recursive: true, force: true });
  const python = process.env.AIRFLOW_GITOPS_PYTHON || 'python3';
  run(python, ['-m', 'venv', staging], 120_000);
  run(
    path.join(staging, 'bin', 'python'),
    ['-m', 'pip', 'install', '--no-deps', '--require-hashes', '--only-binary', ':all:', '--disable-pip-version-check', '--no-input', '-r', lockFile],
    300_000,
  );
  const reported = run(path.join(staging, 'bin', 'zizmor'), ['--version'], 30_000).trim();
  if (reported !== `zizmor ${version}`) throw new Error(`the venv reports "${reported}" but the lock pins ${version}`);
  writeFileSync(path.join(staging, MARKER), JSON.stringify({ version, createdAt: new Date().toISOString() }));
  rmSync(venvDir, { recursive: true, force: true });
  renameSync(staging, venvDir);
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  fail(error instanceof Error ? error.message : String(error));
}
// zizmor's wheel ships the binary itself (no Python entry point), so the renamed venv still runs it.
process.stdout.write(`zizmor ${version}\tcreated in ${((Date.now() - started) / 1000).toFixed(1)} s\t${venvDir}\n`);
