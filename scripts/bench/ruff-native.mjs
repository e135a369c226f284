#!/usr/bin/env node
/**
 * Native ruff (the PyPI wheel, a Rust binary) for the benchmarks, in a venv of ours installed exactly
 * from test/bench/ruff.lock.txt (one version, hash-checked) — the same pattern as scripts/zizmor.mjs.
 *
 *   node scripts/bench/ruff-native.mjs          # build the venv if missing; print where
 *   node scripts/bench/ruff-native.mjs --path   # print the ruff binary if built, else one line why not (exit 1)
 *
 * Cached beside the Airflow venvs: $AIRFLOW_GITOPS_VENV_CACHE or ~/.cache/airflow-gitops/venvs, in
 * ruff-<version>-<lock hash>, so a new lock builds a new venv and an old one is reused.
 * The interpreter is $AIRFLOW_GITOPS_PYTHON or python3 (any Python 3 fits: the wheel is py3-none).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const lockFile = path.join(repoRoot, 'test', 'bench', 'ruff.lock.txt');
const MARKER = '.airflow-gitops-complete.json';

function lockFacts() {
  const lockText = readFileSync(lockFile, 'utf8');
  const version = /^ruff==(\S+)/m.exec(lockText)?.[1];
  if (!version) throw new Error(`${lockFile} pins no ruff version`);
  const cacheRoot = process.env.AIRFLOW_GITOPS_VENV_CACHE || path.join(homedir(), '.cache', 'airflow-gitops', 'venvs');
  const venvDir = path.join(cacheRoot, `ruff-${version}-${createHash('sha256').update(lockText).digest('hex').slice(0, 16)}`);
  return { version, cacheRoot, venvDir, binary: path.join(venvDir, 'bin', 'ruff') };
}

function run(file, args, timeoutMs) {
  try {
    return execFileSync(file, args, { encoding: 'utf8', timeout: timeoutMs, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const stderr = String(error.stderr ?? '').trim().split('\n').slice(-3).join(' / ');
    throw new Error(`${path.basename(file)} ${args.slice(0, 4).join(' ')} failed: ${stderr || error.message}`);
  }
}

/** The pinned ruff binary if its venv is complete, else undefined. */
export function builtRuff() {
  const { version, venvDir, binary } = lockFacts();
  return existsSync(path.join(venvDir, MARKER)) && existsSync(binary) ? { version, binary } : undefined;
}

/**
 * Returns { version, binary } of the pinned ruff, installing it first when missing (needs PyPI or a
 * pip find-links holding the wheel). Throws with one line saying why when it cannot.
 */
export function ensureRuff() {
  const ready = builtRuff();
  if (ready) return ready;
  const { version, cacheRoot, venvDir, binary } = lockFacts();
  // Build beside the final directory, then rename: an interrupted build never leaves a half venv.
  const staging = `${venvDir}.${process.pid}.tmp`;
  try {
    mkdirSync(cacheRoot, { recursive: true });
    rmSync(staging, { recursive: true, force: true });
    run(process.env.AIRFLOW_GITOPS_PYTHON || 'python3', ['-m', 'venv', staging], 120_000);
    run(
      path.join(staging, 'bin', 'python'),
      ['-m', 'pip', 'install', '--no-deps', '--require-hashes', '--only-binary', ':all:', '--disable-pip-version-check', '--no-input', '-r', lockFile],
      300_000,
    );
    const reported = run(path.join(staging, 'bin', 'ruff'), ['--version'], 30_000).trim();
    if (reported !== `ruff ${version}`) throw new Error(`the venv reports "${reported}" but the lock pins ${version}`);
    writeFileSync(path.join(staging, MARKER), JSON.stringify({ version, createdAt: new Date().toISOString() }));
    rmSync(venvDir, { recursive: true, force: true });
    renameSync(staging, venvDir);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw new Error(`native ruff ${version} could not be installed: ${error instanceof Error ? error.message : error}`);
  }
  // ruff's wheel ships the binary itself (no Python entry point), so the renamed venv still runs it.
  return { version, binary };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  if (args.some((a) => a !== '--path')) {
    process.stderr.write('usage: node scripts/bench/ruff-native.mjs [--path]\n');
    process.exit(2);
  }
  try {
    if (args.includes('--path')) {
      const ready = builtRuff();
      if (!ready) throw new Error(`ruff is not installed in ${lockFacts().venvDir}; run: node scripts/bench/ruff-native.mjs`);
      process.stdout.write(`${ready.binary}\n`);
    } else {
      const { version, binary } = ensureRuff();
      process.stdout.write(`ruff ${version}\t${binary}\n`);
    }
  } catch (error) {
    process.stderr.write(`ruff-native: ${error instanceof Error ? error.message : error}\n`);
    process.exit(1);
  }
}
