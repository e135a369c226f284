import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { execFileSync } from 'node:child_process';
import { formatJson } from '../../src/report/json.js';
import { validateValues } from '../../src/values/engine.js';
import { findOnPath, scanManifests } from '../../src/values/render.js';
import { chartDir, repoRoot, tempDir, userValuesFile, writeFiles } from './helpers.js';

/** The real helm: $AIRFLOW_GITOPS_HELM, else helm on PATH. CI sets AIRFLOW_GITOPS_REQUIRE_HELM=1. */
const helm = process.env.AIRFLOW_GITOPS_HELM || findOnPath('helm');
const required = process.env.AIRFLOW_GITOPS_REQUIRE_HELM === '1';
if (!helm && !required) console.log('render-argo tests skipped: no helm (set AIRFLOW_GITOPS_HELM or put helm on PATH).');
const withHelm = helm || required ? describe : describe.skip;

const correctedValues = path.join(repoRoot, 'examples/platform/airflow/values.yaml');
const schemaCacheDir = tempDir('vv-argo-schema-');

async function check(files: string[], chart: string, cwd = repoRoot) {
  if (!helm) throw new Error('AIRFLOW_GITOPS_REQUIRE_HELM=1 but no helm: set AIRFLOW_GITOPS_HELM or put helm on PATH.');
  return validateValues({ files, chart: chartDir(chart as '1.19.0'), cwd, schemaCacheDir, helmPath: helm, render: 'on' });
}

type RenderJson = { status: string; renders: number; argo: { hooks: any[]; drift: any[]; syncRisks: any[] } };
const renderOf = (r: Awaited<ReturnType<typeof check>>) => (JSON.parse(formatJson(r.findings, r.run)) as { render: RenderJson }).render;

const renderedDocs = (chart: string, values: string) =>
  execFileSync(helm!, ['template', 'airflow', chartDir(chart as '1.19.0'), '--namespace', 'airflow', '--values', values], { encoding: 'utf8', maxBuffer: 64 << 20 });

withHelm('Argo CD view of the real render (helm template)', () => {
  it("confirms the users' original values' hook and random-Secret findings from two real renders, without duplicates", async () => {
    const r = await check([userValuesFile], '1.19.0');
    const render = renderOf(r);
    expect(render).toMatchObject({ status: 'rendered', renders: 2 });
    // Argo CD mapping of the chart's helm hooks.
    const hooks = Object.fromEntries(render.argo.hooks.map((h) => [h.name, h]));
    expect(hooks['airflow-fernet-key']).toMatchObject({ kind: 'Secret', argoPhases: ['PreSync'], deletePolicy: ['BeforeHookCreation'], fix: { key: 'fernetKeySecretName' } });
    expect(hooks['airflow-broker-url']).toMatchObject({ argoPhases: ['PreSync'], fix: { key: 'data.brokerUrlSecretName' } });
    expect(hooks['airflow-run-airflow-migrations']).toMatchObject({ kind: 'Job', argoPhases: ['PostSync'], deletePolicy: ['BeforeHookCreation', 'HookSucceeded'], fix: { key: 'migrateDatabaseJob.useHelmHooks' } });
    // Two renders compared: the random Secrets and the Deployments that restart because of them.
    const drift = Object.fromEntries(render.argo.drift.map((d) => [d.name, d]));
    expect(drift['airflow-jwt-secret']).toMatchObject({ paths: ['data.jwt-secret'], restartsOnSync: false, fix: { key: 'jwtSecretName' } });
    expect(drift['airflow-api-secret-key']).toMatchObject({ paths: ['data.api-secret-key'], fix: { key: 'apiSecretKeySecretName' } });
    expect(drift['airflow-fernet-key']).toMatchObject({ hook: true, fix: { key: 'fernetKeySecretName' } });
    for (const workload of ['airflow-scheduler', 'airflow-api-server']) {
      expect(drift[workload]).toMatchObject({ kind: 'Deployment', restartsOnSync: true, paths: ['spec.template.metadata.annotations.checksum/jwt-secret'], fix: { key: 'jwtSecretName' } });
    }
    // Every differing resource is explained by a finding on its values key.
    const messages = r.findings.map((f) => f.message).join('\n');
    for (const d of render.argo.drift) expect(messages).toContain(d.name);
    // The value rules' findings carry the rendered evidence; the render adds no second finding for them.
    const jwt = r.findings.find((f) => f.ruleId === 'VAL023' && f.message.startsWith('jwtSecretName'));
    expect(jwt?.message).toMatch(/helm template confirms: .*Secret airflow-jwt-secret differs at data\.jwt-secret.*Deployment airflow-api-server, Deployment airflow-scheduler .*restarts their pods on every sync/);
    expect(jwt?.message).not.toContain('fernet');
    const fernet = r.findings.find((f) => f.ruleId === 'VAL022' && f.message.startsWith('fernetKeySecretName'));
    expect(fernet?.message).toContain('helm template confirms: Secret airflow-fernet-key carries helm.sh/hook: pre-install');
    expect(r.findings.filter((f) => f.ruleId === 'VAL070' || f.ruleId === 'VAL072')).toEqual([]);
    // Chart 1.19 renders the create-user Job even with webserver.defaultUser.enabled: false; useHelmHooks: false makes it a plain Job.
    const plainJob = r.findings.filter((f) => f.ruleId === 'VAL073');
    expect(plainJob).toEqual([expect.objectContaining({ severity: 'warning', file: 'examples/original/platform/airflow/values.yaml', message: expect.stringContaining('Job airflow-create-user is a plain resource') })]);
    expect(plainJob[0].range?.startLine).toBe(12); // createUserJob:
    expect(plainJob[0].fix).toContain('createUserJob.jobAnnotations');
  });

  it('finds nothing to say about the corrected values: the migration is an Argo CD Sync hook and two renders are identical', async () => {
    const r = await check([correctedValues], '1.19.0');
    const render = renderOf(r);
    expect(render.argo.drift).toEqual([]);
    expect(render.argo.syncRisks).toEqual([]);
    expect(render.argo.hooks).toEqual([expect.objectContaining({ name: 'airflow-run-airflow-migrations', argoPhases: ['Sync'], deletePolicy: ['BeforeHookCreation'] })]);
    expect(render.argo.hooks[0].helmHook).toBeUndefined();
    expect(r.findings.filter((f) => ['VAL070', 'VAL071', 'VAL072', 'VAL073'].includes(f.ruleId))).toEqual([]);
  });

  it('reports a random Secret no value rule knows about (VAL072) at its extraSecrets entry, and the pods it restarts', async () => {
    const dir = writeFiles(tempDir('vv-argo-'), {
      'values.yaml': fs.readFileSync(correctedValues, 'utf8'),
      'extra.yaml': 'extraSecrets:\n  \'{{ .Release.Name }}-token\':\n    useHelmHooks: false\n    stringData: |\n      token: {{ randAlphaNum 16 }}\n',
    });
    const r = await check(['values.yaml', 'extra.yaml'], '1.19.0', dir);
    const drift = r.findings.filter((f) => f.ruleId === 'VAL072');
    const secret = drift.find((f) => f.message.includes('Secret airflow-token differs at stringData.token'));
    expect(secret).toMatchObject({ file: 'extra.yaml', range: expect.objectContaining({ startLine: 2 }) });
    expect(secret?.fix).toContain('extraSecrets entry "{{ .Release.Name }}-token" fixed values');
    const restarts = drift.find((f) => f.message.includes('checksum/extra-secrets'));
    expect(restarts?.message).toMatch(/Deployment airflow-scheduler.*restarts their pods on every sync/);
    expect(JSON.stringify(r.findings)).not.toMatch(/token: [A-Za-z0-9]{16}/);
  });

  it.each(['1.15.0', '1.18.0', '1.19.0'])('chart %s: every Secret that differs between two renders of the users\' values is flagged at its key', async (version) => {
    const r = await check([userValuesFile], version);
    const render = renderOf(r);
    const secrets = render.argo.drift.filter((d) => d.kind === 'Secret');
    expect(secrets.length).toBeGreaterThan(0);
    for (const d of secrets) {
      const flagged = r.findings.filter((f) => ['VAL022', 'VAL023', 'VAL072'].includes(f.ruleId) && f.message.includes(`${d.name} `));
      expect({ secret: d.name, flagged: flagged.length > 0 }).toEqual({ secret: d.name, flagged: true });
    }
    for (const f of r.findings.filter((f) => f.severity === 'error' && f.ruleId.startsWith('VAL07'))) expect(f.file).toBe('examples/original/platform/airflow/values.yaml');
  });

  it('reads kind, name and annotations of real helm output like a full YAML parse', () => {
    for (const version of ['1.15.0', '1.19.0']) {
      const text = renderedDocs(version, userValuesFile);
      const fast = scanManifests(text).map((r) => ({ kind: r.kind, name: r.name, annotations: r.annotations }));
      const full = parseAllDocuments(text)
        .map((d) => d.toJS() as { kind: string; metadata: { name: string; annotations?: Record<string, unknown> } } | null)
        .filter((o): o is NonNullable<typeof o> => Boolean(o))
        .map((o) => ({ kind: o.kind, name: o.metadata.name, annotations: Object.fromEntries(Object.entries(o.metadata.annotations ?? {}).map(([k, v]) => [k, String(v)])) }));
      expect(fast).toEqual(full);
      expect(fast.length).toBeGreaterThan(20);
    }
  });
});
