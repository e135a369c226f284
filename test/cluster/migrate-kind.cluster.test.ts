/**
 * migrate-kind on a real kind cluster: the built action bundle, run like the runner runs it, with
 * the real chart from the chart repository, real images and real Kubernetes (scripts/cluster/
 * prepares the engine, binaries and images; all cached, so a warm run builds nothing). Every
 * assertion reads back from the cluster or the database, never from the action's own report.
 */
import { actionPhaseSeconds, airflowAlembicHead, type BundleRun, clusterSuite, runActionBundle, runPostStep, sharedDatabaseQuery, tool } from './harness.js';

const MINUTE = 60_000;
const AIRFLOW_VERSION = '3.1.8';
const CHART_VERSION = '1.19.0';
const NAMESPACE = 'airflow';
const RELEASE = 'airflow';
const REFUSED_CLUSTER = 'gitops-refused';
const HAPPY_CLUSTER = 'gitops-happy';

const suite = clusterSuite([AIRFLOW_VERSION], [REFUSED_CLUSTER, HAPPY_CLUSTER]);
const { timings } = suite;

const inputs = (cluster: string, valuesFile: string) => ({
  'values-files': valuesFile,
  'chart-version': CHART_VERSION,
  'airflow-image': `apache/airflow:${AIRFLOW_VERSION}`,
  'kind-node-image': suite.toolchain.nodeImage,
  'cluster-name': cluster,
  'load-image': 'true',
  'timeout-minutes': '25',
  'fail-on': 'error',
});

const kubectl = (run: BundleRun, args: string[]) => tool(suite.toolchain, 'kubectl', ['--kubeconfig', run.kubeconfig, ...args]);
const helm = (run: BundleRun, args: string[]) => tool(suite.toolchain, 'helm', ['--kubeconfig', run.kubeconfig, ...args]);
const json = async <T>(p: Promise<string>) => JSON.parse(await p) as T;

function recordActionPhases(label: string, run: BundleRun): void {
  for (const p of actionPhaseSeconds(run.log)) timings.phases.push({ phase: `${label}: ${p.phase}`, seconds: p.seconds });
}

interface Pod {
  metadata: { name: string; labels: Record<string, string> };
  spec: { containers: Array<{ name: string; image: string; env?: Array<{ name: string; valueFrom?: { secretKeyRef?: { name: string } } }> }>; volumes?: Array<{ configMap?: { name: string } }> };
  status: { phase: string; initContainerStatuses?: Array<{ name: string; state: { terminated?: { exitCode: number } } }>; containerStatuses?: Array<{ name: string; ready: boolean }> };
}

describe("the users' original values", () => {
  let run: BundleRun;
  beforeAll(async () => {
    run = await timings.time('refused run', () => runActionBundle(suite.bundles['migrate-kind'], suite.toolchain, inputs(REFUSED_CLUSTER, 'examples/original/platform/airflow/values.yaml'), { timeoutMs: 20 * MINUTE }));
    recordActionPhases('refused', run);
  }, 25 * MINUTE);

  it('are refused with MIG001 (a Helm hook would still render)', () => {
    expect(run.code).not.toBe(0);
    expect(run.log).toMatch(/MIG001/);
    expect(run.log).toMatch(/still has Helm hooks: .*run-airflow-migrations/);
  });

  it('before anything is applied: refused by the render alone, no kind cluster was ever created', async () => {
    expect(actionPhaseSeconds(run.log)).toEqual([]);
    expect(run.log).toMatch(/^✗ render: failed in /m);
    expect(run.log).not.toContain('kind create cluster');
    expect((await tool(suite.toolchain, 'kind', ['get', 'clusters'])).split('\n')).not.toContain(REFUSED_CLUSTER);
  });

  it('and the post step, with nothing to delete, succeeds', async () => {
    const post = await runPostStep(run);
    expect(post.code).toBe(0);
    expect((await tool(suite.toolchain, 'kind', ['get', 'clusters'])).split('\n')).not.toContain(REFUSED_CLUSTER);
  }, 5 * MINUTE);
});

describe("the users' corrected values on chart 1.19.0 / Airflow 3.1.8", () => {
  let run: BundleRun;
  beforeAll(async () => {
    run = await timings.time('happy run', () => runActionBundle(suite.bundles['migrate-kind'], suite.toolchain, { ...inputs(HAPPY_CLUSTER, 'examples/platform/airflow/values.yaml'), 'admin-user': 'admin' }, { timeoutMs: 30 * MINUTE }));
    recordActionPhases('happy', run);
    console.log(`migrate-kind log: ${run.dir}/action.log`);
  }, 35 * MINUTE);

  it('succeed', () => {
    expect(run.log).not.toMatch(/::error/);
    expect(run.code).toBe(0);
    expect(run.outputs['error-count']).toBe('0');
  });

  it('are installed with zero Helm hooks (read back from the release in the cluster)', async () => {
    expect((await helm(run, ['get', 'hooks', RELEASE, '-n', NAMESPACE])).trim()).toBe('');
    const manifest = await helm(run, ['get', 'manifest', RELEASE, '-n', NAMESPACE]);
    expect(manifest).toMatch(/name: airflow-run-airflow-migrations/);
    expect(manifest).not.toMatch(/helm\.sh\/hook/);
  });

  it("ran the migration exactly once, as a Job from the release's image, config map and metadata Secret", async () => {
    const jobs = await json<{ items: Array<{ metadata: { name: string }; status: { succeeded?: number; failed?: number } }> }>(
      kubectl(run, ['get', 'jobs', '-n', NAMESPACE, '-l', `component=run-airflow-migrations,release=${RELEASE}`, '-o', 'json']),
    );
    // The chart's Job is the migration; the action's idempotency check ran `airflow db migrate` again.
    expect(jobs.items.map((j) => [j.metadata.name, j.status.succeeded, j.status.failed ?? 0]).sort()).toEqual([
      ['airflow-gitops-migrate-again', 1, 0],
      ['airflow-run-airflow-migrations', 1, 0],
    ]);
    const pods = await json<{ items: Pod[] }>(kubectl(run, ['get', 'pods', '-n', NAMESPACE, '-l', 'job-name=airflow-run-airflow-migrations', '-o', 'json']));
    expect(pods.items).toHaveLength(1);
    const [pod] = pods.items;
    expect(pod.status.phase).toBe('Succeeded');
    const container = pod.spec.containers[0];
    expect(container.image).toBe(`apache/airflow:${AIRFLOW_VERSION}`);
    expect(container.env?.find((e) => e.name === 'AIRFLOW__DATABASE__SQL_ALCHEMY_CONN')?.valueFrom?.secretKeyRef?.name).toBe('airflow-postgres-secret');
    expect(pod.spec.volumes?.some((v) => v.configMap?.name === 'airflow-config')).toBe(true);
    const logs = await kubectl(run, ['logs', `pod/${pod.metadata.name}`, '-n', NAMESPACE]);
    expect(logs).toMatch(/Database migrating done!/);
    // An empty database gets its tables from the ORM in one step, then the stamp at the head.
    expect(logs).toMatch(/Creating Airflow database tables from the ORM/);
  });

  it('a second `airflow db migrate` applied nothing', async () => {
    const again = await kubectl(run, ['logs', 'job/airflow-gitops-migrate-again', '-n', NAMESPACE]);
    expect(again).toMatch(/Database migrating done!/);
    expect(again).not.toMatch(/Running upgrade|Creating Airflow database tables/);
  });

  it("left the database at Airflow's own alembic head (read from the database, head from Airflow in the image)", async () => {
    const fromDb = (
      await sharedDatabaseQuery(suite.toolchain, run, 'SELECT version_num FROM alembic_version')
    ).trim();
    expect(fromDb).toMatch(/^[0-9a-f]{12}$/);
    expect(fromDb).toBe(await airflowAlembicHead(suite.toolchain, AIRFLOW_VERSION));
    expect(run.outputs['alembic-revision']).toBe(fromDb);
  }, 5 * MINUTE);

  it('brought every Airflow 3 component to Ready, past the wait-for-airflow-migrations init container', async () => {
    for (const component of ['scheduler', 'api-server', 'dag-processor', 'triggerer']) {
      const pods = await json<{ items: Pod[] }>(kubectl(run, ['get', 'pods', '-n', NAMESPACE, '-l', `component=${component},release=${RELEASE}`, '-o', 'json']));
      const running = pods.items.filter((p) => p.status.phase === 'Running');
      expect([component, running.length]).toEqual([component, 1]);
      const waited = running[0].status.initContainerStatuses?.find((c) => c.name === 'wait-for-airflow-migrations');
      expect([component, waited?.state.terminated?.exitCode]).toEqual([component, 0]);
      expect([component, running[0].status.containerStatuses?.every((c) => c.ready)]).toEqual([component, true]);
    }
  });

  it('created the admin user (FAB)', async () => {
    const users = await kubectl(run, ['exec', '-n', NAMESPACE, 'deploy/airflow-scheduler', '-c', 'scheduler', '--', 'airflow', 'users', 'list', '--output', 'json']);
    expect((JSON.parse(users.slice(users.indexOf('['))) as Array<{ username: string }>).map((u) => u.username)).toContain('admin');
  }, 5 * MINUTE);

  describe('then `cluster: existing` (the release pipeline) against that running release', () => {
    let existing: BundleRun;
    let helmRevisions: number;
    const history = async () => (JSON.parse(await helm(run, ['history', RELEASE, '-n', NAMESPACE, '-o', 'json'])) as unknown[]).length;
    beforeAll(async () => {
      helmRevisions = await history();
      existing = await timings.time('existing run', () =>
        runActionBundle(
          suite.bundles['migrate-kind'],
          suite.toolchain,
          { 'values-files': 'examples/platform/airflow/values.yaml', 'chart-version': CHART_VERSION, 'airflow-image': `apache/airflow:${AIRFLOW_VERSION}`, cluster: 'existing', 'timeout-minutes': '15', 'fail-on': 'error' },
          // As after a set-context step: the current kubeconfig names the real cluster.
          { timeoutMs: 20 * MINUTE, env: { KUBECONFIG: run.kubeconfig } },
        ),
      );
      recordActionPhases('existing', existing);
      console.log(`migrate-kind (existing) log: ${existing.dir}/action.log`);
    }, 25 * MINUTE);

    it('succeeds: the Secrets exist, the database is already at the head, nothing to apply', async () => {
      expect(existing.log).not.toMatch(/::error/);
      expect(existing.code).toBe(0);
      const head = await airflowAlembicHead(suite.toolchain, AIRFLOW_VERSION);
      expect(existing.log).toContain(`alembic revision: ${head} → ${head} in `);
      expect(existing.log).toMatch(/\(0 upgrade step\(s\)\)/);
      expect(existing.outputs['alembic-revision']).toBe(head);
    }, 5 * MINUTE);

    it('migrates in place with its own Job from the release image, and never installs: no cluster created, the Helm release untouched', async () => {
      expect(actionPhaseSeconds(existing.log).map((p) => p.phase)).toEqual(['cluster', 'secrets', 'migrate', 'verify']);
      expect(existing.log).not.toMatch(/kind create|helm upgrade|helm template/);
      expect(await history()).toBe(helmRevisions);
      const pods = await json<{ items: Pod[] }>(kubectl(run, ['get', 'pods', '-n', NAMESPACE, '-l', 'job-name=airflow-gitops-migrate', '-o', 'json']));
      expect(pods.items.map((p) => [p.status.phase, p.spec.containers[0].image])).toEqual([['Succeeded', `apache/airflow:${AIRFLOW_VERSION}`]]);
    });

    it('and its post step leaves the real cluster alone', async () => {
      const post = await runPostStep(existing);
      expect(post.code).toBe(0);
      expect((await tool(suite.toolchain, 'kind', ['get', 'clusters'])).split('\n')).toContain(HAPPY_CLUSTER);
      expect((await kubectl(run, ['get', 'deploy', 'airflow-scheduler', '-n', NAMESPACE, '-o', 'name'])).trim()).toBe('deployment.apps/airflow-scheduler');
    }, 5 * MINUTE);
  });

  it('the post step deletes the kind cluster', async () => {
    const post = await runPostStep(run);
    expect(post.code).toBe(0);
    expect((await tool(suite.toolchain, 'kind', ['get', 'clusters'])).split('\n')).not.toContain(HAPPY_CLUSTER);
  }, 5 * MINUTE);
});
