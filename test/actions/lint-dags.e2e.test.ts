import { execFileSync, spawn } from 'node:child_process';
import * as http from 'node:http';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { sarifErrors } from '../report/sarif-validate.js';
import { runnerCommands } from '../helpers/runner-commands.js';

const repoRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const bundle = path.join(repoRoot, 'dist/lint-dags/index.js');

/** Runs the committed bundle the way the runner does: INPUT_* env, GITHUB_OUTPUT/STEP_SUMMARY files, repo as cwd. */
export async function runAction(bundlePath: string, cwd: string, inputs: Record<string, string>, extraEnv: Record<string, string> = {}) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'runner-'));
  const outputFile = path.join(tmp, 'output');
  const summaryFile = path.join(tmp, 'summary');
  fs.writeFileSync(outputFile, '');
  fs.writeFileSync(summaryFile, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? tmp,
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_WORKSPACE: cwd,
    RUNNER_TEMP: tmp,
    ...extraEnv,
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  // Asynchronous, so a test's HTTP server on 127.0.0.1 can answer the action meanwhile.
  const res = await new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [bundlePath], { cwd, env, timeout: 120_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
  const outputs: Record<string, string> = {};
  // GITHUB_OUTPUT uses heredoc blocks: name<<DELIM\nvalue\nDELIM
  const raw = fs.readFileSync(outputFile, 'utf8');
  for (const m of raw.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1]] = m[3];
  return { status: res.status, stdout: res.stdout, stderr: res.stderr, outputs, summary: fs.readFileSync(summaryFile, 'utf8') };
}

describe('dist/lint-dags/index.js as the runner runs it', () => {
  const fixture = fs.mkdtempSync(path.join(os.tmpdir(), 'lint-action-'));
  beforeAll(() => {
    fs.mkdirSync(path.join(fixture, 'dags'));
    fs.copyFileSync(path.join(repoRoot, 'examples/original/dags/detect_and_retrain.py'), path.join(fixture, 'dags/detect_and_retrain.py'));
    fs.copyFileSync(path.join(repoRoot, 'dags/detect_and_retrain.py'), path.join(fixture, 'dags/fixed.py'));
    fs.writeFileSync(path.join(fixture, 'dags/fixed.py'), fs.readFileSync(path.join(fixture, 'dags/fixed.py'), 'utf8').replace('def detect_and_retrain', 'def detect_and_retrain_v2').replace('detect_and_retrain()\n', 'detect_and_retrain_v2()\n'));
    execFileSync('git', ['init', '-q'], { cwd: fixture });
  });

  it('fails on errors, sets outputs, writes summary, annotations and SARIF', async () => {
    const r = await runAction(bundle, fixture, { paths: 'dags', 'fail-on': 'error', 'sarif-file': 'results/lint-dags.sarif', annotate: 'all', config: '' });
    expect(r.status).toBe(1);
    expect(r.outputs['error-count']).toBe('3');
    expect(r.outputs['warning-count']).toBe('2');
    expect(r.outputs['sarif-file']).toBe(path.join(fs.realpathSync(fixture), 'results/lint-dags.sarif'));
    expect(r.stdout).toMatch(/^::error title=DAG101 airflow3-removed-import,file=dags\/detect_and_retrain.py,line=3,endLine=3,col=1,endColumn=\d+::/m);
    expect(r.stdout).toMatch(/^::warning title=DAG503 heavy-top-level-import,file=dags\/detect_and_retrain.py,line=4/m);
    expect(r.stdout).toMatch(/^::error::lint-dags: 3 error\(s\), 2 warning\(s\) at fail-on=error\./m);
    expect(r.summary).toContain('airflow-gitops lint-dags');
    expect(r.summary).toContain('| 3 | 2 | 0 | 2 |');
    expect(r.summary).toContain('<code>dags/detect_and_retrain.py</code>');
    const sarif = JSON.parse(fs.readFileSync(r.outputs['sarif-file'], 'utf8'));
    expect(sarifErrors(sarif)).toEqual([]);
    expect(sarif.runs[0].results.map((x: { ruleId: string }) => x.ruleId).sort()).toEqual(['DAG101', 'DAG201', 'DAG301', 'DAG301', 'DAG503']);
  });

  it('passes on the fixed DAG with fail-on error, and rejects a bad input value', async () => {
    const ok = await runAction(bundle, fixture, { paths: 'dags/fixed.py', 'fail-on': 'error' });
    expect(ok.status).toBe(0);
    expect(ok.outputs['error-count']).toBe('0');
    const bad = await runAction(bundle, fixture, { paths: 'dags', 'fail-on': 'sometimes' });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/::error::fail-on must be error, warning or never/);
  });

  it('annotate: changed annotates only the pull request\'s files, listed through the GitHub API', async () => {
    const requests: string[] = [];
    const server = http.createServer((req, res) => {
      requests.push(`${req.method} ${req.url} ${req.headers.authorization ?? ''}`);
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(req.url?.startsWith('/repos/frakma/platform/pulls/7/files') ? [{ filename: 'dags/fixed.py' }, { filename: 'dags/detect_and_retrain.py' }].slice(1) : []));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as { port: number }).port;
    const event = path.join(fixture, 'event.json');
    fs.writeFileSync(event, JSON.stringify({ pull_request: { number: 7 } }));
    try {
      const r = await runAction(bundle, fixture, { paths: 'dags', 'fail-on': 'never', annotate: 'changed', 'github-token': 'ghs_test_token_123' }, {
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: event,
        GITHUB_REPOSITORY: 'frakma/platform',
        GITHUB_API_URL: `http://127.0.0.1:${port}`,
      });
      expect(r.status).toBe(0);
      expect(requests.some((q) => q.startsWith('GET /repos/frakma/platform/pulls/7/files') && q.includes('ghs_test_token_123'))).toBe(true);
      const annotated = [...r.stdout.matchAll(/^::(?:error|warning|notice) [^:]*file=([^,]+),/gm)].map((m) => m[1]);
      expect(annotated.length).toBeGreaterThan(0);
      expect(new Set(annotated)).toEqual(new Set(['dags/detect_and_retrain.py']));
      // Findings (and the outputs counting them) still cover every file.
      expect(r.outputs['error-count']).toBe('3');
    } finally {
      server.close();
    }
  });

  it('prints hostile file names and dag_ids without letting them forge workflow commands', async () => {
    const hostile = fs.mkdtempSync(path.join(os.tmpdir(), 'lint-hostile-'));
    fs.mkdirSync(path.join(hostile, 'dags'));
    // A file name with a newline and a dag_id with one: each would start a line with `::` in the log.
    fs.writeFileSync(path.join(hostile, 'dags', 'x\n::error file=forged.py::forged by a file name.py'), 'from airflow.utils.dates import days_ago\n');
    fs.writeFileSync(
      path.join(hostile, 'dags', 'dag.py'),
      'from airflow.sdk import dag\n\n@dag(dag_id="bad id\\n::add-mask::forged\\n::stop-commands::t", schedule=None)\ndef d():\n    pass\n\nd()\n',
    );
    const r = await runAction(bundle, hostile, { paths: 'dags', 'fail-on': 'never', annotate: 'all' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('forged by a file name'); // the name is shown…
    const commands = runnerCommands(r.stdout).filter((c) => !/^::stop-commands::airflow-gitops-[\w-]+$/.test(c));
    // …but the runner acts only on our own commands: annotations (their properties escaped by the
    // toolkit), never a forged error on forged.py, an add-mask or a stop-commands from the names.
    expect(commands.length).toBeGreaterThan(0);
    for (const c of commands) expect(/^::([\w-]+)/.exec(c)?.[1]).toMatch(/^(error|warning|notice)$/);
    expect(commands.filter((c) => /file=forged\.py[,:]/.test(c))).toEqual([]);
    expect(r.stdout).toMatch(/bad id/); // the dag_id reached the report too
  });

  it('fix: commit with unsafe-fixes rewrites the workspace file, lists it in fixed-files, and lints the fixed text', async () => {
    const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'lint-action-fix-'));
    fs.mkdirSync(path.join(ws, 'dags'));
    const original = fs.readFileSync(path.join(repoRoot, 'examples/original/dags/detect_and_retrain.py'), 'utf8');
    fs.writeFileSync(path.join(ws, 'dags/detect_and_retrain.py'), original);
    execFileSync('git', ['init', '-q'], { cwd: ws });
    const r = await runAction(bundle, ws, { paths: 'dags', 'fail-on': 'never', fix: 'commit', 'unsafe-fixes': 'true', annotate: 'all', config: '' });
    expect(r.status).toBe(0);
    expect(r.outputs['fixed-files']).toBe('dags/detect_and_retrain.py');
    const fixed = fs.readFileSync(path.join(ws, 'dags/detect_and_retrain.py'), 'utf8');
    expect(fixed).not.toBe(original);
    expect(fixed).not.toContain('days_ago');
    // The counts describe the fixed file: fewer errors than the original's 3.
    expect(Number(r.outputs['error-count'])).toBeLessThan(3);
    fs.rmSync(ws, { recursive: true, force: true });
  });

  it('fix: rejects an unknown mode with one line', async () => {
    const r = await runAction(bundle, fixture, { paths: 'dags', fix: 'sometimes', annotate: 'all', config: '' });
    expect(r.status).not.toBe(0);
    expect(r.stdout + r.stderr).toMatch(/fix must be/);
  });
});
