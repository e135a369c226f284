import * as fs from 'node:fs';
import * as path from 'node:path';
import * as tar from 'tar';
import { validateValues } from '../../src/values/engine.js';
import { findHooks, findOnPath } from '../../src/values/render.js';
import { chartDir, fixturesDir, repoRoot, tempDir, writeFiles } from './helpers.js';

const fakeHelmDir = path.join(fixturesDir, 'fake-helm');
const fakeHelm = path.join(fakeHelmDir, 'helm');
let chartTgz: string;
const schemaCacheDir = tempDir('vv-schema-');

beforeAll(async () => {
  const staging = tempDir('vv-pack-');
  fs.cpSync(chartDir('1.19.0'), path.join(staging, 'airflow'), { recursive: true });
  chartTgz = path.join(tempDir('vv-tgz-'), 'airflow-1.19.0.tgz');
  await tar.c({ gzip: true, cwd: staging, file: chartTgz }, ['airflow']);
});

const example = fs.readFileSync(path.join(repoRoot, 'examples/platform/airflow/values.yaml'), 'utf8');

async function validate(extra: string, helmPath?: string) {
  const dir = writeFiles(tempDir('vv-render-'), { 'values.yaml': example, 'extra.yaml': extra });
  const argsFile = path.join(dir, 'helm-args.json');
  process.env.FAKE_HELM_ARGS = argsFile;
  const result = await validateValues({ files: ['values.yaml', 'extra.yaml'], chart: chartTgz, cwd: dir, schemaCacheDir, helmPath });
  return { result, dir, args: fs.existsSync(argsFile) ? (JSON.parse(fs.readFileSync(argsFile, 'utf8')) as string[]) : undefined };
}

describe('rendered check (helm template)', () => {
  it('reports every rendered helm.sh/hook resource (VAL070) and passes argv without a shell', async () => {
    const { result, dir, args } = await validate('fakeHook: true\n', fakeHelm);
    const hooks = result.findings.filter((f) => f.ruleId === 'VAL070');
    expect(hooks.map((f) => f.message)).toEqual([
      'helm template renders Secret airflow-fernet-key with helm.sh/hook: pre-install (from airflow/templates/secrets/fernetkey-secret.yaml); Argo CD applies it as a PreSync hook on every sync, outside the compared state.',
    ]);
    // At the key that decides it (the example sets fernetKeySecretName, yet this render still has the hook).
    expect(hooks[0]).toMatchObject({ file: 'values.yaml', range: expect.objectContaining({ startLine: 20 }), fix: expect.stringContaining('fernetKeySecretName') });
    expect(args?.slice(0, 5)).toEqual(['template', 'airflow', expect.stringContaining('airflow'), '--namespace', 'airflow']);
    expect(args?.slice(5)).toEqual(['--values', path.join(dir, 'values.yaml'), '--values', path.join(dir, 'extra.yaml')]);
    expect(result.run.details).toContainEqual(['Rendered check', expect.stringMatching(/^2 resources rendered \(twice, compared\) in \d+\.\d s, 1 with helm\.sh\/hook$/)]);
  });

  it('is clean when nothing renders as a hook', async () => {
    const { result } = await validate('{}\n', fakeHelm);
    expect(result.findings.filter((f) => f.ruleId.startsWith('VAL07'))).toEqual([]);
    expect(result.run.details).toContainEqual(['Rendered check', expect.stringMatching(/^1 resources rendered \(twice, compared\) in \d+\.\d s, 0 with helm\.sh\/hook$/)]);
  });

  it('reports a failing render (VAL071)', async () => {
    const { result } = await validate('fakeFail: true\n', fakeHelm);
    const failed = result.findings.filter((f) => f.ruleId === 'VAL071');
    expect(failed.map((f) => f.message)).toEqual([expect.stringContaining('fakeFail is set')]);
  });

  it('does not render values that fail the schema', async () => {
    const { result, args } = await validate('fakeHook: true\nscheduler:\n  replicas: "2"\n', fakeHelm);
    expect(result.findings.map((f) => f.ruleId)).toContain('VAL010');
    expect(result.findings.filter((f) => f.ruleId === 'VAL070')).toEqual([]);
    expect(args).toBeUndefined();
    expect(result.run.details).toContainEqual(['Rendered check', 'skipped: the values do not match the chart schema (fix VAL010 first)']);
  });

  it('finds helm on PATH and says when it skipped the check', async () => {
    expect(findOnPath('helm', fakeHelmDir)).toBe(fakeHelm);
    expect(findOnPath('helm', '')).toBeUndefined();
    const saved = process.env.PATH;
    process.env.PATH = path.dirname(process.execPath); // node only, no helm
    try {
      const { result } = await validate('{}\n');
      expect(result.run.details).toContainEqual(['Rendered check', 'skipped: helm is not on PATH']);
    } finally {
      process.env.PATH = saved;
    }
  });

  it('parses hooks from multi-document output', () => {
    const { hooks, resources } = findHooks('---\nkind: Job\nmetadata:\n  name: m\n  annotations:\n    helm.sh/hook: post-install,post-upgrade\n---\n# empty\n---\nkind: Service\nmetadata: {name: s}\n');
    expect(resources).toBe(2);
    expect(hooks).toEqual([{ kind: 'Job', name: 'm', hook: 'post-install,post-upgrade', source: undefined }]);
  });
});
