import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runnerCommands } from '../helpers/runner-commands.js';

const repoRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
// AIRFLOW_GITOPS_DIST_DIR (as for scripts/build.mjs) tries a build kept outside the repository.
const distDir = path.resolve(repoRoot, process.env.AIRFLOW_GITOPS_DIST_DIR || 'dist');

describe('dist/cli/index.js on a checkout without node_modules', () => {
  it('lints, validates input and prints help with nothing but the committed bundle', () => {
    // Copy the bundle away from the repository so no node_modules can be found above it.
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bare-checkout-'));
    fs.cpSync(path.join(distDir, 'cli'), path.join(tmp, 'dist/cli'), { recursive: true });
    fs.mkdirSync(path.join(tmp, 'dags'));
    fs.copyFileSync(path.join(repoRoot, 'examples/original/dags/detect_and_retrain.py'), path.join(tmp, 'dags/dag.py'));
    const run = (...args: string[]) => spawnSync(process.execPath, [path.join(tmp, 'dist/cli/index.js'), ...args], { cwd: tmp, encoding: 'utf8', timeout: 60_000 });

    const lint = run('lint-dags', 'dags');
    expect(lint.status).toBe(1);
    expect(lint.stdout).toMatch(/lint-dags: 3 errors, 2 warnings, 0 notes in 1 file/);

    const help = run('--help');
    expect(help.status).toBe(0);
    for (const cmd of ['lint-dags', 'validate-values', 'verify-wasb', 'main', 'rules']) expect(help.stdout).toContain(cmd);

    // Every engine's rule metadata comes from chunks loaded on demand; they must ship inside dist/cli.
    const rules = run('rules', '--format', 'json');
    expect(rules.stderr).toBe('');
    expect(rules.status).toBe(0);
    const checks = new Set((JSON.parse(rules.stdout) as { check: string }[]).map((r) => r.check));
    expect([...checks].sort()).toEqual(['lint-dags', 'migrate-kind', 'validate-values', 'verify-wasb-logs']);

    const values = run('validate-values', '--chart', '1.19.0');
    expect(values.status).toBe(2);
    expect(values.stderr).toMatch(/Pass at least one values file/);
  });

  it('stops writing quietly when the reader closes the pipe early (`| head`), and keeps its exit code', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-epipe-'));
    fs.mkdirSync(path.join(tmp, 'dags'));
    // Enough findings that the JSON document is far larger than a pipe's buffer.
    for (let i = 0; i < 400; i++) fs.writeFileSync(path.join(tmp, 'dags', `d${i}.py`), 'from airflow.utils.dates import days_ago\nfrom airflow.operators.dummy import DummyOperator\n');
    const child = spawn(process.execPath, [path.join(distDir, 'cli/index.js'), 'lint-dags', 'dags', '--format', 'json'], { cwd: tmp, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(stderr).not.toMatch(/EPIPE|Error|at /);
    expect(code).toBe(1);
  });

  it('on a runner, prints hostile file names without letting them forge workflow commands', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-hostile-'));
    fs.mkdirSync(path.join(tmp, 'dags'));
    fs.writeFileSync(path.join(tmp, 'dags', 'x\n::error file=forged.py::forged.py'), 'from airflow.utils.dates import days_ago\n');
    const env = { ...process.env, GITHUB_ACTIONS: 'true' };
    const r = spawnSync(process.execPath, [path.join(distDir, 'cli/index.js'), 'lint-dags', 'dags'], { cwd: tmp, env, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('::error file=forged.py::forged.py'); // shown as text…
    const forged = runnerCommands(`${r.stdout}\n${r.stderr}`).filter((c) => !/^::stop-commands::airflow-gitops-[\w-]+$/.test(c));
    expect(forged).toEqual([]); // …never acted on
  });
});
