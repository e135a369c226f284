// The full DAG001-against-compile() sweep: every .py file of the cached Airflow 3.1 venv's
// site-packages (tens of thousands; the test suite runs a sample), each judged by CPython 3.12's
// compile() when a 3.12 interpreter is found (else the venv's own python, named in the output),
// and by lint-dags from source. Prints the counts docs/accuracy.md quotes: files compile() accepts
// and rejects, DAG001 errors on accepted files (must be 0), DAG001 warnings (errors only tree-sitter
// saw), rejected files without DAG001 (must be 0), and the files the fast parser hands to
// tree-sitter, by reason.
//   node scripts/syntax-sweep.mjs            (AIRFLOW_GITOPS_PYTHON312=/path/to/python3.12 to choose)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'syntax-sweep-'));
const out = path.join(tmp, 'summary.json');
try {
  const run = spawnSync(process.execPath, [path.join(root, 'node_modules/jest/bin/jest.js'), 'test/dags/syntax-vs-compile.test.ts', '-t', 'site-packages'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, NODE_OPTIONS: '--experimental-vm-modules', AIRFLOW_GITOPS_SYNTAX_SWEEP: 'full', AIRFLOW_GITOPS_SYNTAX_SWEEP_OUT: out, AIRFLOW_GITOPS_REQUIRE_AIRFLOW: '1' },
  });
  let summary;
  try {
    summary = JSON.parse(readFileSync(out, 'utf8'));
  } catch {
    console.error(`syntax-sweep: the sweep wrote no summary (jest exited ${run.status}); see its output above.`);
    process.exit(2);
  }
  const reasons = Object.entries(summary.fallbackReasons).map(([why, n]) => `| ${why} | ${n} |`);
  console.log(
    [
      '',
      `Files: ${summary.files} (Python ${summary.python} compile(): ${summary.compileAccepted} accepted, ${summary.compileRejected} rejected)`,
      `DAG001 errors on accepted files: ${summary.falseDag001Errors}; DAG001 warnings (tree-sitter only) on accepted files: ${summary.dag001Warnings}; rejected files without DAG001: ${summary.missedDag001}`,
      `Files the fast parser hands to tree-sitter: ${summary.fallbacks}`,
      '',
      '| Why the fast parser gave up (files compile() accepts) | Files |',
      '|---|---:|',
      ...reasons,
    ].join('\n'),
  );
  process.exit(run.status ?? 2);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
