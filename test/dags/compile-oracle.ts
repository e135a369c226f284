/**
 * CPython's compile() as the judge of what is valid Python: one long-running interpreter
 * (test/dags/compile_oracle.py) judges many files. No jest imports: shared by the suite and
 * scripts/syntax-sweep.mjs (through the test run it starts).
 */
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ORACLE = fileURLToPath(new URL('./compile_oracle.py', import.meta.url));

export interface CompileVerdict {
  ok: boolean;
  line?: number | null;
  col?: number | null;
  message?: string;
}

export interface PythonForGrammar {
  executable: string;
  /** e.g. "3.12" */
  version: string;
}

/** major.minor of an interpreter, or undefined when it does not run. */
function versionOf(executable: string): string | undefined {
  const r = spawnSync(executable, ['-c', 'import sys; print("%d.%d" % sys.version_info[:2])'], { encoding: 'utf8', timeout: 30_000 });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/**
 * The interpreter whose grammar counts: Python 3.12 (PEP 701 f-strings) when one is found —
 * AIRFLOW_GITOPS_PYTHON312, `python3.12` on PATH, a pyenv 3.12 — else the fallbacks given (the
 * Airflow venv's own python), whose version the caller reports.
 */
export function findPython(fallbacks: string[]): PythonForGrammar | undefined {
  const pyenvRoot = process.env.PYENV_ROOT ?? path.join(process.env.HOME ?? '', '.pyenv');
  const pyenv312 = fs.existsSync(path.join(pyenvRoot, 'versions'))
    ? fs.readdirSync(path.join(pyenvRoot, 'versions')).filter((v) => v.startsWith('3.12')).sort().map((v) => path.join(pyenvRoot, 'versions', v, 'bin', 'python3.12'))
    : [];
  const candidates = [process.env.AIRFLOW_GITOPS_PYTHON312, 'python3.12', ...pyenv312].filter((c): c is string => Boolean(c));
  for (const c of candidates) {
    const version = versionOf(c);
    if (version === '3.12') return { executable: c, version };
  }
  for (const c of fallbacks) {
    const version = versionOf(c);
    if (version) return { executable: c, version };
  }
  return undefined;
}

/** compile() verdicts for `files` (absolute paths), in order. */
export async function compileVerdicts(python: string, files: string[]): Promise<CompileVerdict[]> {
  const child = spawn(python, [ORACLE], { stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
  const done = new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  child.stdin.end(files.join('\n') + '\n');
  const code = await done;
  const lines = out.split('\n').filter(Boolean);
  if (code !== 0 || lines.length !== files.length) throw new Error(`compile oracle ${python} exited ${code} after ${lines.length} of ${files.length} files: ${err.slice(0, 500)}`);
  return lines.map((l) => JSON.parse(l) as CompileVerdict);
}
