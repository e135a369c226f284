/**
 * A tool shipped as a single-binary PyPI wheel (zizmor, ruff), installed in a venv of ours exactly
 * from a hash lock (`<name>==<version>` plus `--hash` lines), for the tests and benchmarks.
 *
 * Cached like the Airflow venvs: $AIRFLOW_GITOPS_VENV_CACHE or ~/.cache/airflow-gitops/venvs, in a
 * directory named after the lock's hash, so a new lock builds a new venv and an old one is reused.
 * The interpreter is $AIRFLOW_GITOPS_PYTHON or python3 (any Python 3 fits: the wheels are py3-none).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';

const MARKER = '.airflow-gitops-complete.json';

function run(file, args, timeoutMs) {
  try {
    return execFileSync(file, args, { encoding: 'utf8', timeout: timeoutMs, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const stderr = String(error.stderr ?? '').trim().split('\n').slice(-3).join(' / ');
    throw new Error(`${path.basename(file)} ${args.slice(0, 4).join(' ')} failed: ${stderr || error.message}`);
  }
}

/**
 * The tool `name` pinned by `lockFile`; `dirName(version, lockHash)` names its venv (kept per tool so
 * existing caches stay valid). Throws with one line when the lock pins no version.
 */
export function lockedTool(name, lockFile, dirName) {
  const lockText = readFileSync(lockFile, 'utf8');
  const version = new RegExp(`^${name}==(\\S+)`, 'm').exec(lockText)?.[1];
  if (!version) throw new Error(`${lockFile} pins no ${name} version`);
  const cacheRoot = process.env.AIRFLOW_GITOPS_VENV_CACHE || path.join(homedir(), '.cache', 'airflow-gitops', 'venvs');
  const venvDir = path.join(cacheRoot, dirName(version, createHash('sha256').update(lockText).digest('hex').slice(0, 16)));
  const binary = path.join(venvDir, 'bin', name);
  const built = () => existsSync(path.join(venvDir, MARKER)) && existsSync(binary);

  /** Builds the venv (needs PyPI or a pip find-links holding the wheels); throws with one line when it cannot. */
  function install() {
    // Build beside the final directory, then rename: a concurrent or interrupted build never leaves
    // a half-installed venv where the tests look.
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
      const reported = run(path.join(staging, 'bin', name), ['--version'], 30_000).trim();
      if (reported !== `${name} ${version}`) throw new Error(`the venv reports "${reported}" but the lock pins ${version}`);
      writeFileSync(path.join(staging, MARKER), JSON.stringify({ version, createdAt: new Date().toISOString() }));
      rmSync(venvDir, { recursive: true, force: true });
      renameSync(staging, venvDir);
    } catch (error) {
      rmSync(staging, { recursive: true, force: true });
      throw error;
    }
    // The wheel ships the binary itself (no Python entry point), so the renamed venv still runs it.
  }

  return { version, venvDir, binary, built, install };
}
