/**
 * End to end, the fault scenarios and upgrade gating: the built dist/migrate-kind/index.js, run like the runner runs it, against the stateful
 * fake kind/helm/kubectl/docker (test/fake-toolchain) first on PATH.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ensureBundle } from './bundle.js';
import { base, callLines, expectNoSecretLeak, findings, runBundle } from './harness.js';


let bundle: string;
beforeAll(() => {
  bundle = ensureBundle();
}, 180_000);

describe('faults', () => {
  it("helm hook found: the user's values as written (migrateDBJob) keep the hook, and install is refused", () => {
    const r = runBundle(bundle, { ...base, 'values-files': 'user-values.yaml' });
    expect(r.code).toBe(1);
    expect(r.log).toMatch(/MIG001 \[error\] The chart 1\.19\.0 rendered with these values still has Helm hooks: Job\/airflow-run-airflow-migrations \(post-install,post-upgrade\)/);
    expect(r.log).toContain('the chart has no migrateDBJob');
    expect(callLines(r.fake).some((l) => l.startsWith('helm upgrade'))).toBe(false);
    // Refused from the render alone, before any cluster was created.
    expect(callLines(r.fake).some((l) => l.startsWith('kind create'))).toBe(false);
    expect(r.log).toMatch(/^✗ render: failed in /m);
    expect(r.outputs['diagnostics-dir']).not.toBe('');
    expectNoSecretLeak(r);
  });

  it('helm hook found even with correct keys when the chart still renders one (scenario)', () => {
    const r = runBundle(bundle, base, { scenario: 'helm-hook' });
    expect(r.code).toBe(1);
    expect(findings(r)).toMatch(/MIG001/);
  });

  it('image pull back-off: fails fast with the pod and reason, and writes diagnostics', () => {
    const r = runBundle(bundle, base, { scenario: 'image-pull-backoff' });
    expect(r.code).toBe(1);
    expect(r.log).toMatch(/MIG004 \[error\] Pod airflow-run-airflow-migrations-\w+ cannot pull the image of container run-airflow-migrations \(ImagePullBackOff\): Back-off pulling image "apache\/airflow:3\.1\.7"/);
    expect(r.summary).toContain('| migrate | ❌ failed |');
    const dir = r.outputs['diagnostics-dir'];
    const files = fs.readdirSync(dir).sort();
    expect(files).toEqual(expect.arrayContaining(['airflow-pods.txt', 'airflow-events.txt', 'warble-system-pods.txt']));
    expect(files.some((f) => f.startsWith('airflow-describe-airflow-run-airflow-migrations-'))).toBe(true);
    expect(files.some((f) => /^airflow-logs-airflow-scheduler-.*-wait-for-airflow-migrations\.txt$/.test(f))).toBe(true);
    expect(fs.readFileSync(path.join(dir, 'airflow-pods.txt'), 'utf8')).toMatch(/airflow-scheduler-\S+\s+0\/1\s+Init:ImagePullBackOff/);
    expect(files.some((f) => /-scheduler-.*-scheduler\.txt$/.test(f))).toBe(false); // PodInitializing is not a failure of its own
    expect(fs.readFileSync(path.join(dir, 'airflow-events.txt'), 'utf8')).toMatch(/Warning\s+Failed\s+pod\/airflow-run-airflow-migrations-\w+\s+Error: ImagePullBackOff/);
    expect(r.summary).toContain('### Diagnostics');
    expect(r.summary).toMatch(/<summary>airflow\/airflow-run-airflow-migrations-\w+ · run-airflow-migrations · ImagePullBackOff<\/summary>/);
    expectNoSecretLeak(r);
  });

  it("migration failure: the chart's Job crash-loops (restartPolicy OnFailure); reported with the error line of its last failed run", () => {
    const r = runBundle(bundle, base, { scenario: 'migration-failure' });
    expect(r.code).toBe(1);
    expect(r.log).toMatch(/MIG002 \[error\] airflow db migrate failed in Job airflow-run-airflow-migrations \(CrashLoopBackOff: container run-airflow-migrations failed 3 times\): sqlalchemy\.exc\.ProgrammingError: \(psycopg2\.errors\.InsufficientPrivilege\) permission denied for schema public/);
    expect(r.log).toMatch(/\$ kubectl logs airflow-run-airflow-migrations-\w+ -c run-airflow-migrations --previous/);
    const dir = r.outputs['diagnostics-dir'];
    const log = fs.readdirSync(dir).find((f) => f.startsWith('airflow-logs-airflow-run-airflow-migrations-'));
    expect(fs.readFileSync(path.join(dir, log!), 'utf8')).toContain('permission denied for schema public');
  });

  it("lock timeout: names Airflow's migration lock, not a generic failure", () => {
    const r = runBundle(bundle, base, { scenario: 'lock-timeout' });
    expect(r.code).toBe(1);
    expect(r.log).toMatch(/MIG003 \[error\] Migration Job airflow-run-airflow-migrations ran into another migration against the same database: Airflow's migration lock timed out while the other one held it\./);
    expect(r.log).not.toMatch(/MIG002/);
  });

  it('pod never Ready: the scheduler rollout fails after the migration, with logs of the failing container', () => {
    const r = runBundle(bundle, base, { scenario: 'pod-never-ready' });
    expect(r.code).toBe(1);
    expect(r.log).toMatch(/MIG005 \[error\] deployment\/airflow-scheduler \(scheduler\) did not become Ready: pod airflow-scheduler-\S+ container scheduler NotReady, 4 restart\(s\)\./);
    expect(r.outputs['alembic-revision']).toBe('cc92b33c6709');
    const files = fs.readdirSync(r.outputs['diagnostics-dir']);
    const previous = files.find((f) => /^airflow-logs-airflow-scheduler-.*-scheduler-previous\.txt$/.test(f));
    expect(fs.readFileSync(path.join(r.outputs['diagnostics-dir'], previous!), 'utf8')).toContain('Exception when executing SchedulerJob');
  });

  it('existing completed migration Job: deleted before the upgrade (its pod template is immutable)', () => {
    const r = runBundle(bundle, base, { scenario: 'existing-completed-job' });
    expect(r.code).toBe(0);
    const lines = callLines(r.fake);
    const del = lines.findIndex((l) => l.startsWith('kubectl delete job airflow-run-airflow-migrations -n airflow --wait=true'));
    expect(del).toBeGreaterThan(-1);
    expect(del).toBeLessThan(lines.findIndex((l) => l.startsWith('helm upgrade')));
    expect(r.log).toMatch(/MIG008 \[note\] Deleted completed migration Job airflow-run-airflow-migrations before the upgrade/);
  });

  it('a Job the label query cannot see still blocks helm: the immutable-field error is explained', () => {
    const r = runBundle(bundle, base, { scenario: 'existing-completed-job-unlabelled' });
    expect(r.code).toBe(1);
    expect(r.log).toMatch(/MIG008 \[error\] helm could not replace Job airflow-run-airflow-migrations: its spec\.template is immutable and the Job still exists\./);
    expect(r.log).toContain('fix: kubectl delete job airflow-run-airflow-migrations -n airflow');
  });

  it('a phase over its timeout stops with MIG006 and diagnostics', () => {
    // 12 s in all: the database phase gets 15 % (1.8 s); its rollout wait hangs for 2.5 s.
    const r = runBundle(bundle, { ...base, 'timeout-minutes': '0.2' }, { env: { FAKE_KUBE_DELAY_MS: '2500', FAKE_KUBE_DELAY_MATCH: 'rollout status deployment/postgresql' } });
    expect(r.code).toBe(1);
    expect(r.log).toMatch(/MIG006 \[error\] Phase "shared database" did not finish within its 2 s timeout\./);
    expect(r.log).toMatch(/--timeout=1s/);
    expect(r.summary).toContain('| shared database | ⏱️ timed out |');
    expect(r.log).not.toContain('::group::secrets');
    expect(fs.readdirSync(r.outputs['diagnostics-dir'])).toContain('warble-system-pods.txt');
  }, 30_000);

  it('kind create fails: reported as a failed command, cluster still cleaned up in post', () => {
    const r = runBundle(bundle, base, { scenario: 'kind-create-fails' });
    expect(r.code).toBe(1);
    expect(r.log).toMatch(/MIG011 \[error\] `kind create cluster .*` exited with 1: ERROR: failed to create cluster/);
    expect(r.state['kind-cluster']).toBe('airflow-gitops');
    const post = runBundle(bundle, base, { dir: r.dir, post: true, scenario: 'kind-create-fails' });
    expect(post.log).toContain('$ kind delete cluster --name airflow-gitops');
  });
});

it('upgrade gating: chart 1.15.0 / Airflow 2.9.3 first, then chart 1.19.0 / Airflow 3.1.7', () => {
  const r = runBundle(bundle, { ...base, 'from-chart-version': '1.15.0', 'from-airflow-version': '2.9.3', 'from-values': 'airflow2-values.yaml', 'timeout-minutes': '10', 'smoke-dag': 'detect_and_retrain' });
  expect(r.code).toBe(0);
  const groups = [...r.log.matchAll(/^::group::(.+) \(timeout/gm)].map((m) => m[1]);
  expect(groups).toEqual([
    'render',
    'cluster',
    'shared database',
    'secrets',
    'install (from chart 1.15.0 / Airflow 2.9.3)',
    'migrate (from chart 1.15.0 / Airflow 2.9.3)',
    'seed old release',
    'install (to chart 1.19.0 / Airflow 3.1.7)',
    'migrate (to chart 1.19.0 / Airflow 3.1.7)',
    'verify',
  ]);
  const installs = callLines(r.fake).filter((l) => l.startsWith('helm upgrade'));
  expect(installs.map((l) => l.match(/--version (\S+)/)![1])).toEqual(['1.15.0', '1.19.0']);
  expect(installs[0]).toContain(`-f ${r.dir}/airflow2-values.yaml`);
  // Airflow 2 has a webserver; Airflow 3 replaced it with the api-server.
  expect(callLines(r.fake).filter((l) => l.includes('rollout status deployment/airflow-webserver'))).toHaveLength(1);
  expect(r.summary).toMatch(/\| old release \| 1\.15\.0 \| 2\.9\.3 \| \(empty\) \| 686269002441 \| 0 \|/);
  expect(r.summary).toMatch(/\| target \| 1\.19\.0 \| 3\.1\.7 \| 686269002441 \| cc92b33c6709 \| 5 \|/);
  expect(r.outputs['alembic-revision']).toBe('cc92b33c6709');
  expect(r.log).toMatch(/MIG008 \[note\] Deleted completed migration Job airflow-run-airflow-migrations/);
  // A DAG run seeded on the old release, and a smoke run on the new one.
  const execs = callLines(r.fake).filter((l) => l.includes(' -- airflow dags '));
  expect(execs.map((l) => l.split(' -- ')[1])).toEqual([
    'airflow dags trigger detect_and_retrain --run-id airflow-gitops-seed',
    'airflow dags unpause detect_and_retrain',
    'airflow dags trigger detect_and_retrain --run-id airflow-gitops-smoke-target',
    'airflow dags unpause detect_and_retrain',
    'airflow dags list-runs detect_and_retrain -o json',
  ]);
  expect(r.summary).toContain('Smoke DAG detect_and_retrain run airflow-gitops-smoke-target succeeded (target).');
  expectNoSecretLeak(r);
});


test('a smoke DAG not parsed yet when the components are Ready: trigger is retried until it is, then the DAG is unpaused (fake: the parse delay on demand)', () => {
  const r = runBundle(bundle, { ...base, 'smoke-dag': 'detect_and_retrain' }, { scenario: 'dag-parsed-late' });
  expect(r.code).toBe(0);
  const execs = callLines(r.fake).filter((l) => l.includes(' -- airflow dags ')).map((l) => l.split(' -- ')[1]);
  expect(execs.slice(0, 4)).toEqual([
    'airflow dags trigger detect_and_retrain --run-id airflow-gitops-smoke-target',
    'airflow dags trigger detect_and_retrain --run-id airflow-gitops-smoke-target',
    'airflow dags trigger detect_and_retrain --run-id airflow-gitops-smoke-target',
    'airflow dags unpause detect_and_retrain',
  ]);
  expect(r.summary).toContain('Smoke DAG detect_and_retrain run airflow-gitops-smoke-target succeeded (target).');
});

test('a smoke run whose remote-logging connection is missing fails with MIG014 naming the connection, read from the failed worker pod (fake: the 3.1.8 pod log seen on the real cluster)', () => {
  const r = runBundle(bundle, { ...base, 'wasb-connection': '', 'smoke-dag': 'detect_and_retrain' });
  expect(r.code).toBe(1);
  expect(findings(r)).toMatch(
    /MIG014 \[error\] Smoke DAG detect_and_retrain run airflow-gitops-smoke-target failed: its task failed before it ran \(pod detect_and_retrain-smoke-\w+\): the remote-logging connection azure_blob_storage does not exist in the cluster/,
  );
  expect(r.log).toContain('Define connection azure_blob_storage in the release (set wasb-connection, or azurite: true');
  expect(callLines(r.fake)).toContain(`kubectl logs ${callLines(r.fake).find((l) => l.startsWith('kubectl logs detect_and_retrain-smoke-'))!.split(' ')[2]} -n airflow --tail=80 --kubeconfig ${path.join(r.dir, 'runner_temp/airflow-gitops-migrate/kubeconfig')}`);
});
