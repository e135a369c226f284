/**
 * End to end: the built dist/migrate-kind/index.js, run like the runner runs it, against the stateful
 * fake kind/helm/kubectl/docker (test/fake-toolchain) first on PATH.
 */
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { jest } from '@jest/globals';
import { migrateCommand } from '../../src/cli/migrate.js';
import { runCli } from '../../src/cli/main.js';
import { shellQuote } from '../../src/kube/command.js';
import { ensureBundle } from './bundle.js';
import { validateK8s } from './k8s-validate.js';
import { CANARY, FIXED, WASB_CANARY, appliedJobs, base, callLines, expectNoSecretLeak, runBundle, workspace, type ActionResult } from './harness.js';

const require = createRequire(import.meta.url);
const fake = require('../fake-toolchain/lib/fake.cjs') as { renderChart(rel: string, ns: string, chart: string, values: object): Array<{ obj: object }> };

let bundle: string;
beforeAll(() => {
  bundle = ensureBundle();
}, 180_000);

describe('happy path (user values + the hooks fix, chart 1.19.0, kind)', () => {
  let r: ActionResult;
  beforeAll(() => {
    r = runBundle(bundle, base);
  });

  it('succeeds with the outputs set', () => {
    expect(r.code).toBe(0);
    expect(r.outputs['alembic-revision']).toBe('cc92b33c6709');
    expect(Number(r.outputs['migration-seconds'])).toBeGreaterThan(0);
    expect(r.outputs['diagnostics-dir']).toBe('');
    expect(r.outputs['error-count']).toBe('0');
  });

  it('runs every phase in its own group, with its timeout and duration', () => {
    const groups = [...r.log.matchAll(/^::group::(.+) \(timeout (\d+) s\)$/gm)].map((m) => [m[1], Number(m[2])]);
    // timeout-minutes 5 = 300 s, shared out per phase.
    expect(groups).toEqual([
      ['render', 15],
      ['cluster', 60],
      ['shared database', 45],
      ['secrets', 15],
      ['install', 45],
      ['migrate', 75],
      ['verify', 60],
    ]);
    for (const [title] of groups) expect(r.log).toMatch(new RegExp(`^✓ ${title}: ok in \\d+\\.\\d s$`, 'm'));
    expect(r.log.match(/^::endgroup::$/gm)).toHaveLength(7);
  });

  it('drives the tools with argv arrays: hooks checked before the cluster exists, pinned kind node, helm without --wait', () => {
    const lines = callLines(r.fake);
    const work = path.join(r.dir, 'runner_temp/airflow-gitops-migrate');
    const kubeconfig = path.join(work, 'kubeconfig');
    // The render needs no cluster: it comes first, with no cluster flags.
    expect(lines[0]).toBe(`helm template airflow airflow --repo https://airflow.apache.org --version 1.19.0 --namespace airflow -f ${r.dir}/user-values.yaml -f ${r.dir}/hooks-off-fix.yaml -f ${work}/ci-overlay-target.yaml`);
    expect(lines[1]).toMatch(new RegExp(`^kind create cluster --name airflow-gitops --image kindest/node:v1\\.33\\.1 --config ${work}/kind-config\\.yaml --kubeconfig ${kubeconfig} --wait (59|60)s$`));
    expect(lines.filter((l) => l.startsWith('helm template'))).toHaveLength(1);
    const install = lines.findIndex((l) => l.startsWith('helm upgrade --install'));
    expect(install).toBeGreaterThan(1);
    expect(lines[install]).toBe(
      `helm upgrade --install airflow airflow --repo https://airflow.apache.org --version 1.19.0 --namespace airflow -f ${r.dir}/user-values.yaml -f ${r.dir}/hooks-off-fix.yaml -f ${work}/ci-overlay-target.yaml --create-namespace --timeout ${lines[install].match(/--timeout (\d+)s/)![1]}s --kubeconfig ${kubeconfig}`,
    );
    expect(lines.some((l) => /--wait\b(?!=true)/.test(l) && l.startsWith('helm'))).toBe(false);
    for (const l of lines.filter((x) => x.startsWith('kubectl'))) expect(l).toContain(`--kubeconfig ${kubeconfig}`);
    // Tool-level timeouts stay inside the phase budget.
    for (const m of lines.join('\n').matchAll(/rollout status \S+ -n \S+ --timeout=(\d+)s/g)) expect(Number(m[1])).toBeLessThanOrEqual(60);
    const overlay = fs.readFileSync(path.join(work, 'ci-overlay-target.yaml'), 'utf8');
    expect(overlay).toMatch(/migrationsWaitTimeout: 150/);
    expect(overlay).toMatch(/gitSync:\n\s+enabled: false/);
  });

  it('creates the shared database with the schema grant and the Secrets the values name', () => {
    const applies = r.fake.calls.filter((c) => c.tool === 'kubectl' && c.args[0] === 'apply');
    expect(applies[0].stdin).toMatch(/name: warble-system/);
    expect(applies[0].stdin).toMatch(/GRANT ALL ON SCHEMA public TO airflow;/);
    expect(applies[1].stdin).toMatch(/name: airflow-postgres-secret[\s\S]*connection: postgresql\+psycopg2:\/\/airflow:[0-9a-f]{32}@postgresql\.warble-system:5432\/airflow/);
    expect(callLines(r.fake)).toContain(
      `kubectl exec -n warble-system deployment/postgresql -c postgresql --kubeconfig ${path.join(r.dir, 'runner_temp/airflow-gitops-migrate/kubeconfig')} -- psql -U postgres -d airflow -tA -c SELECT has_schema_privilege('airflow', 'public', 'CREATE')`,
    );
  });

  it('migrates exactly once with the chart Job, then proves idempotency with a second run', () => {
    const migrateJobs = appliedJobs(r.fake).filter((j) => j.argv.join(' ') === 'airflow db migrate');
    // The chart's own run-airflow-migrations Job (hooks off = a plain resource) is the migration;
    // the only other migrate Job is the verify phase's idempotency run.
    expect(migrateJobs.map((j) => j.name)).toEqual(['airflow-gitops-migrate-again']);
    expect(callLines(r.fake).some((l) => l.startsWith('kubectl get job airflow-run-airflow-migrations -n airflow -o json'))).toBe(true);
    expect(r.summary).toContain('**Idempotency:** ✅ second `airflow db migrate` applied nothing');
    expect(r.summary).toMatch(/\| target \| 1\.19\.0 \| 3\.1\.7 \| \(empty\) \| cc92b33c6709 \| 0 \|/);
    expect(r.fake.db.users).toEqual(['admin']);
    expect(r.fake.db.connections).toEqual(['azure_blob_storage']);
  });

  it('no Job runs a shell: argv only, the password and the connection URI through $(VAR) from env', () => {
    const jobs = appliedJobs(r.fake);
    expect(jobs.length).toBeGreaterThan(0);
    for (const j of jobs) expect(['bash', 'sh', '/bin/sh', '/bin/bash']).not.toContain(j.argv[0]);
    expect(jobs.find((j) => j.name === 'airflow-gitops-create-user')!.argv).toEqual(['airflow', 'users', 'create', '--username=admin', '--password=$(ADMIN_PASSWORD)', '--firstname=Admin', '--lastname=User', '--role=Admin', '--email=admin@example.invalid']);
    expect(jobs.find((j) => j.name === 'airflow-gitops-add-connection')!.argv).toEqual(['airflow', 'connections', 'add', 'azure_blob_storage', '--conn-uri=$(CONN_URI)']);
  });

  it('every manifest the action applied validates against the Kubernetes API schemas', () => {
    const docs = r.fake.calls.filter((c) => c.stdin).flatMap((c) => parseAllDocuments(c.stdin!).map((d) => d.toJS()));
    expect(new Set(docs.map((d) => d.kind))).toEqual(new Set(['Namespace', 'Secret', 'Deployment', 'Service', 'Job']));
    for (const d of docs) expect(() => validateK8s(d)).not.toThrow();
  });

  it('waits for every Airflow 3 component', () => {
    const rollouts = callLines(r.fake).filter((l) => l.includes('rollout status') && !l.includes('postgresql')).map((l) => l.split(' ')[3]);
    expect(rollouts).toEqual(['deployment/airflow-scheduler', 'deployment/airflow-api-server', 'deployment/airflow-dag-processor', 'statefulset/airflow-triggerer']);
  });

  it('never prints a secret: not in the log, summary, outputs, state or files; never in argv', () => {
    // Airflow echoes the connection URI; the action's log shows it redacted.
    expect(r.log).toContain('Successfully added `conn_id`=azure_blob_storage : ***');
    expectNoSecretLeak(r);
  });

  it('`migrate --plan` prints exactly the commands the action ran, and runs nothing', async () => {
    const out: string[] = [];
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      out.push(String(chunk));
      return true;
    });
    const sink = { write: (s: string) => (out.push(s), true) } as unknown as NodeJS.WriteStream;
    const before = fs.readFileSync(path.join(r.dir, 'fake-state.json'), 'utf8');
    process.env.AIRFLOW_WASB_CONNECTION = WASB_CANARY;
    process.env.AIRFLOW_ADMIN_PASSWORD = CANARY;
    // The action above ran without a chart-repository override (the official URL); the plan must
    // see the same environment to print the same helm commands.
    const chartRepository = process.env.AIRFLOW_GITOPS_CHART_REPOSITORY;
    delete process.env.AIRFLOW_GITOPS_CHART_REPOSITORY;
    let code: number;
    try {
      code = await runCli(
        ['migrate', '--plan', '--values', `${r.dir}/user-values.yaml`, '--values', `${r.dir}/hooks-off-fix.yaml`, '--admin-user', 'admin', '--timeout-minutes', '5', '--work-dir', path.join(r.dir, 'runner_temp/airflow-gitops-migrate')],
        [migrateCommand],
        { out: sink, err: sink },
      );
    } finally {
      spy.mockRestore();
      delete process.env.AIRFLOW_WASB_CONNECTION;
      delete process.env.AIRFLOW_ADMIN_PASSWORD;
      if (chartRepository !== undefined) process.env.AIRFLOW_GITOPS_CHART_REPOSITORY = chartRepository;
    }
    expect(code).toBe(0);
    const text = out.join('');
    expect(fs.readFileSync(path.join(r.dir, 'fake-state.json'), 'utf8')).toBe(before);
    expect(text).toContain('# airflow-gitops migrate --plan — nothing below was executed');
    expect([...text.matchAll(/^## \d+\. (.+) \(timeout (\d+) s\)$/gm)].map((m) => `${m[1]} ${m[2]}`)).toEqual(['render 15', 'cluster 60', 'shared database 45', 'secrets 15', 'install 45', 'migrate 75', 'verify 60']);
    const normalize = (l: string) => l.replace(/(--timeout[= ])\d+s/, '$1Ns').replace(/--wait \d+s/, '--wait Ns');
    const planned = new Set([...text.matchAll(/^\$ (.+?)(?: <<< \(stdin\))?$/gm)].map((m) => normalize(m[1])));
    const ran = new Set(r.fake.calls.map((c) => normalize([c.tool, ...c.args].map(shellQuote).join(' '))));
    for (const line of ran) expect(planned).toContain(line);
    // Planned but not run here: the conditional delete of a completed migration Job, pod checks made
    // only while a Job is still running (these finished at the first poll), and the post/diagnostics lines.
    const extra = [...planned].filter((l) => !ran.has(l));
    expect(extra.filter((l) => !/^kubectl delete job airflow-run-airflow-migrations|^kubectl get pods -n airflow -l job-name=|^kind delete cluster|^kubectl get pods -n <ns>/.test(l))).toEqual([]);
    expect(extra.length).toBeLessThan(10);
    expect(text).not.toContain(CANARY);
    expect(text).not.toContain('canary-AccountKey');
    expect(text).toMatch(/stringData:\n\s+\| {6}ADMIN_PASSWORD: "\*\*\*"|ADMIN_PASSWORD: \*\*\*/);
  });

  it('post step deletes the kind cluster', () => {
    expect(Object.keys(r.fake.clusters)).toEqual(['airflow-gitops']);
    const post = runBundle(bundle, base, { dir: r.dir, post: true });
    expect(post.code).toBe(0);
    expect(post.log).toContain('$ kind delete cluster --name airflow-gitops');
    expect(post.fake.clusters).toEqual({});
    expect(callLines(post.fake).at(-1)).toBe(`kind delete cluster --name airflow-gitops --kubeconfig ${path.join(r.dir, 'runner_temp/airflow-gitops-migrate/kubeconfig')}`);
  });
});

it('keep-cluster: the post step leaves the cluster', () => {
  const inputs = { ...base, 'keep-cluster': 'true' };
  const r = runBundle(bundle, inputs);
  expect(r.code).toBe(0);
  const post = runBundle(bundle, inputs, { dir: r.dir, post: true });
  expect(post.log).toContain('keep-cluster: leaving kind cluster airflow-gitops in place.');
  expect(Object.keys(post.fake.clusters)).toEqual(['airflow-gitops']);
});

it("with the chart's migration Job disabled, the action runs its own equivalent Job once", () => {
  const dir = workspace({ 'own-job.yaml': 'migrateDatabaseJob:\n  enabled: false\n' });
  const r = runBundle(bundle, { ...base, 'values-files': `${FIXED}\nown-job.yaml` }, { dir });
  expect(r.code).toBe(0);
  const jobs = appliedJobs(r.fake).filter((j) => j.argv.join(' ') === 'airflow db migrate').map((j) => j.name);
  expect(jobs).toEqual(['airflow-gitops-migrate', 'airflow-gitops-migrate-again']);
  const own = r.fake.calls.find((c) => c.stdin?.includes('name: airflow-gitops-migrate\n'))!.stdin!;
  // Shaped like the chart's: release image, its config map, the metadata Secret, the migrations label.
  expect(own).toMatch(/component: run-airflow-migrations/);
  expect(own).toMatch(/image: apache\/airflow:3\.1\.7/);
  expect(own).toMatch(/configMap:\n\s+name: airflow-config/);
  expect(own).toMatch(/name: airflow-postgres-secret\n\s+key: connection/);
  expect(r.outputs['alembic-revision']).toBe('cc92b33c6709');
});

it('load-image: an image built earlier in the job is loaded into kind; a missing one stops the run', () => {
  const ok = runBundle(bundle, { ...base, 'airflow-image': 'ghcr.io/frakma/airflow:3.1.7-ci', 'load-image': 'true' }, { seed: { dockerImages: ['ghcr.io/frakma/airflow:3.1.7-ci'] } });
  expect(ok.code).toBe(0);
  expect(callLines(ok.fake).slice(2, 4)).toEqual(['docker image inspect ghcr.io/frakma/airflow:3.1.7-ci --format {{.Id}}', 'kind load docker-image ghcr.io/frakma/airflow:3.1.7-ci --name airflow-gitops']);
  expect(fs.readFileSync(path.join(ok.dir, 'runner_temp/airflow-gitops-migrate/ci-overlay-target.yaml'), 'utf8')).toMatch(/repository: ghcr\.io\/frakma\/airflow\n\s+tag: 3\.1\.7-ci/);
  const missing = runBundle(bundle, { ...base, 'airflow-image': 'ghcr.io/frakma/airflow:3.1.7-ci', 'load-image': 'true' }, { seed: { dockerImages: [] } });
  expect(missing.code).toBe(1);
  expect(missing.log).toMatch(/MIG011 \[error\] `docker image inspect ghcr\.io\/frakma\/airflow:3\.1\.7-ci --format '\{\{\.Id\}\}'` exited with 1: Error response from daemon: No such image/);
});

describe('auth managers and inputs', () => {
  it('SimpleAuthManager: notice and skip instead of `airflow users create`', () => {
    const r = runBundle(bundle, { ...base, 'values-files': `${FIXED}\nsimple-auth.yaml` });
    expect(r.code).toBe(0);
    expect(r.log).toMatch(/^::notice::Admin user "admin" not created: the auth manager is SimpleAuthManager/m);
    expect(r.log).toMatch(/MIG010 \[note\]/);
    expect(appliedJobs(r.fake).some((j) => j.argv.slice(0, 3).join(' ') === 'airflow users create')).toBe(false);
    expect(appliedJobs(r.fake).length).toBeGreaterThan(0);
    expect(r.fake.db.users).toEqual([]);
  });

  it('bad input: a missing values file is a finding, and nothing runs', () => {
    const r = runBundle(bundle, { ...base, 'values-files': 'does-not-exist.yaml' });
    expect(r.code).toBe(1);
    expect(r.log).toMatch(/VAL\d{3} \[error\]/);
    expect(r.fake.calls).toEqual([]);
  });

  it.each([
    ['wasb-connection-id', 'x $(touch /tmp/pwned) #', /::error::wasb-connection-id "x \$\(touch \/tmp\/pwned\) #" is not a valid Airflow id/],
    ['admin-user', '-h', /::error::admin-user "-h" starts with '-'/],
    ['smoke-dag', '--help', /::error::smoke-dag "--help" starts with '-'/],
    ['airflow-image', 'apache/airflow:3.1.7 --set x=y', /::error::airflow-image .* is not an image reference/],
  ])('injection: %s %j is refused with one sentence before any tool runs', (input, value, message) => {
    const r = runBundle(bundle, { ...base, [input]: value });
    expect(r.code).toBe(1);
    expect(r.log).toMatch(message);
    expect(r.fake.calls).toEqual([]);
  });

  it('bad input: an unknown cluster mode fails with one sentence', () => {
    const r = runBundle(bundle, { ...base, cluster: 'minikube' });
    expect(r.code).toBe(1);
    expect(r.log).toContain('::error::cluster must be kind or existing (got "minikube").');
  });
});

describe('cluster: existing (the release pipeline)', () => {
  const release = (withSecret: boolean) => {
    const objects: Record<string, object> = { '/Namespace/airflow': { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'airflow' } } };
    const values = { data: { metadataSecretName: 'airflow-postgres-secret' }, migrateDatabaseJob: { useHelmHooks: false } };
    for (const { obj } of fake.renderChart('airflow', 'airflow', '1.19.0', values)) {
      const o = obj as { kind: string; metadata: { name: string } };
      // Argo CD synced long ago: the chart's migration Job is gone (ttlSecondsAfterFinished).
      if (o.kind !== 'Job') objects[`airflow/${o.kind}/${o.metadata.name}`] = o;
    }
    if (withSecret) objects['airflow/Secret/airflow-postgres-secret'] = { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'airflow-postgres-secret', namespace: 'airflow' }, stringData: { connection: 'postgresql+psycopg2://airflow:prod@db.prod:5432/airflow' } };
    return { existingContext: 'prod-aks', objects, db: { external: true, deployed: true, grant: true, revision: '29ce7909c52b', users: [], connections: [] } };
  };

  it('migrates the live release in place: no kind, no helm, every kubectl call on the chosen context', () => {
    const dir = workspace({ 'prod.yaml': 'data:\n  metadataSecretName: airflow-postgres-secret\nmigrateDatabaseJob:\n  useHelmHooks: false\n' });
    const r = runBundle(bundle, { 'values-files': 'prod.yaml', cluster: 'existing', context: 'prod-aks', 'timeout-minutes': '5', 'admin-user': 'admin', 'admin-password': CANARY }, { seed: release(true), dir });
    expect(r.code).toBe(0);
    expect(r.fake.db.users).toEqual(['admin']);
    // The admin password reached the cluster only for the Job, and is gone afterwards.
    expect(callLines(r.fake).at(-1)).toBe('kubectl delete secret airflow-gitops-job-inputs -n airflow --ignore-not-found --context prod-aks');
    expect(Object.keys(r.fake.objects)).toContain('airflow/Secret/airflow-postgres-secret');
    expect(Object.keys(r.fake.objects)).not.toContain('airflow/Secret/airflow-gitops-job-inputs');
    expectNoSecretLeak(r);
    expect(r.fake.calls.every((c) => c.tool === 'kubectl' && c.args.includes('--context') && c.args.includes('prod-aks'))).toBe(true);
    expect([...r.log.matchAll(/^::group::(\S+)/gm)].map((m) => m[1])).toEqual(['cluster', 'secrets', 'migrate', 'verify']);
    expect(r.summary).toMatch(/\| target \| 1\.19\.0 \| 3\.1\.7 \| 29ce7909c52b \| cc92b33c6709 \| 2 \|/);
    const jobs = appliedJobs(r.fake).filter((j) => j.argv.join(' ') === 'airflow db migrate').map((j) => j.name);
    expect(jobs).toEqual(['airflow-gitops-migrate', 'airflow-gitops-migrate-again']);
    expect(r.state['kind-cluster']).toBeUndefined();
  });

  it('never migrates concurrently: waits for a running migration Job (an Argo CD sync) before its own', () => {
    const seed = release(true);
    const running = fake.renderChart('airflow', 'airflow', '1.19.0', { data: { metadataSecretName: 'airflow-postgres-secret' }, migrateDatabaseJob: { useHelmHooks: false } })
      .map((d) => d.obj as { kind: string; metadata: { name: string }; status?: object; fake?: object })
      .find((o) => o.kind === 'Job' && o.metadata.name === 'airflow-run-airflow-migrations')!;
    running.status = { active: 1, startTime: '2026-01-01T00:00:00Z' };
    running.fake = { polls: 0 };
    (seed.objects as Record<string, object>)['airflow/Job/airflow-run-airflow-migrations'] = running;
    const dir = workspace({ 'prod.yaml': 'data:\n  metadataSecretName: airflow-postgres-secret\n' });
    const r = runBundle(bundle, { 'values-files': 'prod.yaml', cluster: 'existing', context: 'prod-aks' }, { seed, dir });
    expect(r.code).toBe(0);
    expect(r.log).toContain("Migration Job airflow-run-airflow-migrations is still running; waiting for it (a second migration would fail on Airflow's advisory lock).");
    const lines = callLines(r.fake);
    const waited = lines.findIndex((l) => l.startsWith('kubectl get job airflow-run-airflow-migrations -n airflow -o json'));
    const own = r.fake.calls.findIndex((c) => c.stdin?.includes('name: airflow-gitops-migrate\n'));
    expect(waited).toBeGreaterThan(-1);
    expect(own).toBeGreaterThan(waited);
    // Its Job belongs to the GitOps tool on a real cluster: waited for, never deleted.
    expect(lines.some((l) => l.startsWith('kubectl delete job airflow-run-airflow-migrations'))).toBe(false);
    // The running sync migrated; the revision is read after it, and the action's own run had nothing left to do.
    expect(r.summary).toMatch(/\| target \| 1\.19\.0 \| 3\.1\.7 \| cc92b33c6709 \| cc92b33c6709 \| 0 \|/);
  });

  it("stops early when a Job's pod cannot start for a missing Secret (the chart's fernet key here)", () => {
    const seed = release(true);
    delete (seed.objects as Record<string, object>)['airflow/Secret/airflow-fernet-key'];
    const dir = workspace({ 'prod.yaml': 'data:\n  metadataSecretName: airflow-postgres-secret\n' });
    const r = runBundle(bundle, { 'values-files': 'prod.yaml', cluster: 'existing', context: 'prod-aks' }, { seed, dir });
    expect(r.code).toBe(1);
    expect(r.log).toMatch(/MIG009 \[error\] Pod airflow-gitops-revision-before-\w+ of Job airflow-gitops-revision-before cannot start: secret "airflow-fernet-key" not found\./);
    expect(callLines(r.fake).filter((l) => l.startsWith('kubectl get job airflow-gitops-revision-before'))).toHaveLength(3);
  });

  it.each([
    ['empty', /`kubectl get jobs -n airflow -l tier=airflow,component=run-airflow-migrations,release=airflow -o json --context prod-aks` printed nothing where JSON was expected\./],
    ['garbage', /`kubectl get jobs -n airflow -l tier=airflow,component=run-airflow-migrations,release=airflow -o json --context prod-aks` printed output that is not JSON \(it starts with "<html><body>502 Bad Gateway<\/body><\/html>"\)\./],
  ])('fault injection: kubectl prints %s output with exit 0 → a finding naming the command, not an internal error', (fault, message) => {
    const dir = workspace({ 'prod.yaml': 'data:\n  metadataSecretName: airflow-postgres-secret\nmigrateDatabaseJob:\n  useHelmHooks: false\n' });
    const r = runBundle(bundle, { 'values-files': 'prod.yaml', cluster: 'existing', context: 'prod-aks', 'timeout-minutes': '5' }, { seed: release(true), dir, env: { FAKE_KUBE_OUTPUT: fault, FAKE_KUBE_OUTPUT_MATCH: '^kubectl get jobs ' } });
    expect(r.code).toBe(1);
    expect(r.log).toMatch(new RegExp(`MIG\\d{3} \\[error\\] ${message.source}`));
    expect(r.log).not.toMatch(/Internal error|Unexpected end of JSON input|at .*\.js:\d+/);
    // The run went on to its diagnostics and cleanup; no migration was started on unreadable state.
    expect(appliedJobs(r.fake).some((j) => j.argv.join(' ') === 'airflow db migrate')).toBe(false);
  });

  it('fault injection: a Job status read that is empty stops the wait with the command named', () => {
    const dir = workspace({ 'prod.yaml': 'data:\n  metadataSecretName: airflow-postgres-secret\nmigrateDatabaseJob:\n  useHelmHooks: false\n' });
    const r = runBundle(bundle, { 'values-files': 'prod.yaml', cluster: 'existing', context: 'prod-aks', 'timeout-minutes': '5' }, { seed: release(true), dir, env: { FAKE_KUBE_OUTPUT: 'empty', FAKE_KUBE_OUTPUT_MATCH: '^kubectl get job airflow-gitops-revision-before ' } });
    expect(r.code).toBe(1);
    expect(r.log).toMatch(/MIG\d{3} \[error\] `kubectl get job airflow-gitops-revision-before -n airflow -o json --context prod-aks` printed nothing where JSON was expected\./);
    expect(r.log).not.toMatch(/Internal error|Unexpected end of JSON input/);
  });

  it('refuses when a Secret the values name is missing', () => {
    const dir = workspace({ 'prod.yaml': 'data:\n  metadataSecretName: airflow-postgres-secret\n' });
    const r = runBundle(bundle, { 'values-files': 'prod.yaml', cluster: 'existing', context: 'prod-aks' }, { seed: release(false), dir });
    expect(r.code).toBe(1);
    expect(r.log).toMatch(/MIG009 \[error\] Secret\(s\) airflow-postgres-secret named in the values do not exist in namespace airflow\./);
    expect(appliedJobs(r.fake).some((j) => j.argv.join(' ') === 'airflow db migrate')).toBe(false);
  });
});
