import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import * as tar from 'tar';
import { sarifErrors } from '../report/sarif-validate.js';
import { chartDir, repoRoot, tempDir, userValuesFile, writeFiles } from './helpers.js';

const bundle = path.join(repoRoot, 'dist/validate-values/index.js');

interface ActionRun {
  status: number | null;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
}

/** Runs the bundle as the runner does: INPUT_* env (hyphens kept), GITHUB_OUTPUT/STEP_SUMMARY files, the repo as cwd. */
function runAction(cwd: string, inputs: Record<string, string>, extraEnv: Record<string, string> = {}): Promise<ActionRun> {
  const tmp = tempDir('vv-runner-');
  const outputFile = path.join(tmp, 'output');
  const summaryFile = path.join(tmp, 'summary');
  fs.writeFileSync(outputFile, '');
  fs.writeFileSync(summaryFile, '');
  const env: Record<string, string> = {
    PATH: path.dirname(process.execPath), // node only: the rendered check is skipped, as on a runner without helm
    HOME: tmp,
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_WORKSPACE: cwd,
    RUNNER_TEMP: path.join(tmp, 'temp'),
    RUNNER_TOOL_CACHE: path.join(tmp, 'tool-cache'),
    ...extraEnv,
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bundle], { cwd, env });
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += String(d)));
    child.stderr.on('data', (d) => (stdout += String(d)));
    child.on('close', (status) => {
      const outputs: Record<string, string> = {};
      const raw = fs.readFileSync(outputFile, 'utf8');
      for (const m of raw.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1]] = m[3];
      resolve({ status, stdout, outputs, summary: fs.readFileSync(summaryFile, 'utf8') });
    });
  });
}

describe('dist/validate-values/index.js as the runner runs it', () => {
  const fixture = tempDir('vv-action-repo-');
  beforeAll(() => {
    writeFiles(fixture, {
      'platform/airflow/values.yaml': fs.readFileSync(userValuesFile, 'utf8'),
      'platform/airflow/fixed.yaml': fs.readFileSync(path.join(repoRoot, 'examples/platform/airflow/values.yaml'), 'utf8'),
      'platform/airflow/prod.yaml': 'scheduler:\n  replicas: 2\n',
    });
  });

  it("fails on the user's file with annotations at the right lines, outputs, summary and SARIF", async () => {
    const r = await runAction(fixture, {
      'values-files': 'platform/airflow/values.yaml\n',
      chart: chartDir('1.19.0'),
      'fail-on': 'error',
      'sarif-file': 'results/values.sarif',
    });
    expect(r.status).toBe(1);
    expect(r.outputs['error-count']).toBe('7');
    expect(r.outputs['warning-count']).toBe('2');
    expect(r.outputs['chart-version']).toBe('1.19.0');
    expect(r.outputs['airflow-version']).toBe('3.1.7');
    expect(r.stdout).toMatch(/^::error title=VAL011 unknown-top-level-key,file=platform\/airflow\/values.yaml,line=15,/m);
    expect(r.stdout).toMatch(/^::error title=VAL022 hook-secret,file=platform\/airflow\/values.yaml,line=7,/m);
    expect(r.stdout).toMatch(/^::warning title=VAL031 deprecated-default-user,file=platform\/airflow\/values.yaml,line=19,/m);
    expect(r.stdout).toMatch(/^::warning title=VAL051 wasb-literal-prefix,file=platform\/airflow\/values.yaml,line=36,.*wasb:\/\/airflow-logs@warbleosstate\.blob\.core\.windows\.net\//m);
    expect(r.stdout).toMatch(/^::notice::rendered check skipped: helm is not on PATH\.$/m);
    expect(r.stdout).toMatch(/^::error::validate-values: 7 error\(s\), 2 warning\(s\) at fail-on=error\./m);
    expect(r.summary).toContain('airflow-gitops validate-values');
    expect(r.summary).toContain('| 7 | 2 | 1 | 1 |');
    expect(r.summary).toContain('**Chart:** airflow 1.19.0');
    const sarif = JSON.parse(fs.readFileSync(r.outputs['sarif-file'], 'utf8'));
    expect(r.outputs['sarif-file']).toBe(path.join(fs.realpathSync(fixture), 'results/values.sarif'));
    expect(sarifErrors(sarif)).toEqual([]);
    expect(sarif.runs[0].results.map((x: { ruleId: string }) => x.ruleId).sort()).toEqual(['VAL011', 'VAL020', 'VAL021', 'VAL022', 'VAL022', 'VAL023', 'VAL023', 'VAL031', 'VAL033', 'VAL051']);
  });

  it('passes on the corrected file, merges several files, and rejects bad inputs', async () => {
    const ok = await runAction(fixture, { 'values-files': 'platform/airflow/fixed.yaml', chart: chartDir('1.19.0') });
    expect(ok.status).toBe(0);
    expect(ok.outputs['error-count']).toBe('0');
    expect(ok.outputs['sarif-file']).toBe('');

    const merged = await runAction(fixture, { 'values-files': 'platform/airflow/fixed.yaml\nplatform/airflow/prod.yaml', chart: chartDir('1.19.0'), 'fail-on': 'warning' });
    expect(merged.status).toBe(1);
    expect(merged.stdout).toMatch(/^::warning title=VAL060 scheduler-replicas,file=platform\/airflow\/prod.yaml,line=2,/m);

    const bad = await runAction(fixture, { 'values-files': 'platform/airflow/fixed.yaml', chart: chartDir('1.19.0'), 'fail-on': 'sometimes' });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/::error::fail-on must be error, warning or never/);
    const none = await runAction(fixture, { 'values-files': '', chart: chartDir('1.19.0') });
    expect(none.status).toBe(1);
    expect(none.stdout).toMatch(/::error::Input values-files is empty/);
  });

  it('downloads a chart version from the repository into the tool cache', async () => {
    const staging = tempDir('vv-pack-');
    fs.cpSync(chartDir('1.19.0'), path.join(staging, 'airflow'), { recursive: true });
    const tgz = path.join(staging, 'airflow-1.19.0.tgz');
    await tar.c({ gzip: true, cwd: staging, file: tgz }, ['airflow']);
    const archive = fs.readFileSync(tgz);
    const digest = createHash('sha256').update(archive).digest('hex');
    const server = http.createServer((req, res) => {
      if (req.url === '/index.yaml') res.end(`apiVersion: v1\nentries:\n  airflow:\n  - version: 1.19.0\n    digest: ${digest}\n    urls: [airflow-1.19.0.tgz]\n`);
      else if (req.url === '/airflow-1.19.0.tgz') res.end(archive);
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const repo = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const toolCache = tempDir('vv-tool-cache-');
      const r = await runAction(fixture, { 'values-files': 'platform/airflow/fixed.yaml', chart: '1.19.0', 'chart-repository': repo }, { RUNNER_TOOL_CACHE: toolCache });
      expect(r.stdout).toMatch(/Downloading Airflow chart 1\.19\.0 from http:\/\/127\.0\.0\.1/);
      expect(r.status).toBe(0);
      expect(r.outputs['chart-version']).toBe('1.19.0');
      expect(fs.existsSync(path.join(toolCache, 'airflow-helm-chart', '1.19.0', os.arch(), 'Chart.yaml'))).toBe(true);
      // No validator code in the shared tool cache: only data (the chart) is kept there.
      expect(fs.existsSync(path.join(toolCache, 'airflow-gitops-schemas'))).toBe(false);
      // Second run: chart from the tool cache; the schema is interpreted, no code is ever loaded from disk.
      const again = await runAction(fixture, { 'values-files': 'platform/airflow/fixed.yaml', chart: '1.19.0', 'chart-repository': 'http://127.0.0.1:1' }, { RUNNER_TOOL_CACHE: toolCache });
      expect(again.status).toBe(0);
      expect(again.summary).toContain('airflow 1.19.0 (cache)');
      expect(again.summary).toMatch(/Schema validator:\*\* interpreted/);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
