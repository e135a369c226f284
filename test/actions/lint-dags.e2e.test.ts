import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { sarifErrors } from '../report/sarif-validate.js';

const repoRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const bundle = path.join(repoRoot, 'dist/lint-dags/index.js');

/** Runs the committed bundle the way the runner does: INPUT_* env, GITHUB_OUTPUT/STEP_SUMMARY files, repo as cwd. */
export function runAction(bundlePath: string, cwd: string, inputs: Record<string, string>, extraEnv: Record<string, string> = {}) {
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
  const res = spawnSync(process.execPath, [bundlePath], { cwd, env, encoding: 'utf8', timeout: 120_000 });
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
    fs.copyFileSync(path.join(repoRoot, 'test/dags/fixtures/user_detect_and_retrain_original.py'), path.join(fixture, 'dags/detect_and_retrain.py'));
    fs.copyFileSync(path.join(repoRoot, 'dags/detect_and_retrain.py'), path.join(fixture, 'dags/fixed.py'));
    fs.writeFileSync(path.join(fixture, 'dags/fixed.py'), fs.readFileSync(path.join(fixture, 'dags/fixed.py'), 'utf8').replace('def detect_and_retrain', 'def detect_and_retrain_v2').replace('detect_and_retrain()\n', 'detect_and_retrain_v2()\n'));
    execFileSync('git', ['init', '-q'], { cwd: fixture });
  });

  it('fails on errors, sets outputs, writes summary, annotations and SARIF', () => {
    const r = runAction(bundle, fixture, { paths: 'dags', 'fail-on': 'error', 'sarif-file': 'results/lint-dags.sarif', annotate: 'all', config: '' });
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

  it('passes on the fixed DAG with fail-on error, and rejects a bad input value', () => {
    const ok = runAction(bundle, fixture, { paths: 'dags/fixed.py', 'fail-on': 'error' });
    expect(ok.status).toBe(0);
    expect(ok.outputs['error-count']).toBe('0');
    const bad = runAction(bundle, fixture, { paths: 'dags', 'fail-on': 'sometimes' });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/::error::fail-on must be error, warning or never/);
  });
});
