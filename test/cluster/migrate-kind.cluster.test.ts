/**
 * migrate-kind on a real kind cluster: the built action bundle, run like the runner runs it, with
 * the real chart from the chart repository, real images and real Kubernetes (scripts/cluster/
 * prepares the engine, binaries and images; all cached, so a warm run builds nothing). Every
 * assertion reads back from the cluster, the database or the blob store, never from the action's
 * own report.
 *
 * One cluster carries the whole happy path, as one CI job would: the users' corrected values
 * installed hooks-off, migrated, every component Ready, then the smoke DAG under KubernetesExecutor
 * (a task pod is created and Succeeds) shipping its own log to the Azurite running INSIDE the cluster
 * through the release's remote-logging connection, found by the verify-wasb-logs bundle from the
 * runner (through kind's port mapping) under the blob name it computes for the run — and listed
 * straight from Azurite, so that name is the one the real Airflow task wrote, not one our code made
 * up twice. Then `cluster: existing` against the same running release.
 */
import { BlobServiceClient } from '@azure/storage-blob';
import * as path from 'node:path';
import { repoRoot } from './bundle.js';
import { actionPhaseSeconds, airflowAlembicHead, type BundleRun, clusterSuite, freePort, runActionBundle, runDigest, runPostStep, sharedDatabaseQuery, smokeImage, tool } from './harness.js';

const MINUTE = 60_000;
const AIRFLOW_VERSION = '3.1.8';
const CHART_VERSION = '1.19.0';
const NAMESPACE = 'airflow';
const RELEASE = 'airflow';
const REFUSED_CLUSTER = 'gitops-refused';
const HAPPY_CLUSTER = 'gitops-happy';
/** apache/airflow:3.1.8 plus the upgrade gate's one-task smoke DAG in the image's DAG folder (git-sync is off in kind). */
const SMOKE_IMAGE = `airflow-gitops/airflow-smoke:${AIRFLOW_VERSION}`;
const SMOKE_DAG = path.join(repoRoot, 'test/upgrade-gate/fixtures/workspace/dags/smoke.py');

const suite = clusterSuite([AIRFLOW_VERSION], [REFUSED_CLUSTER, HAPPY_CLUSTER], ['migrate-kind', 'verify-wasb-logs']);
const { timings } = suite;

beforeAll(async () => {
  await timings.time('image airflow smoke', () => smokeImage(suite.toolchain, AIRFLOW_VERSION, SMOKE_DAG));
}, 90 * MINUTE);

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
  let verify: BundleRun;
  beforeAll(async () => {
    const hostPort = await freePort();
    run = await timings.time('happy run', () =>
      runActionBundle(
        suite.bundles['migrate-kind'],
        suite.toolchain,
        {
          ...inputs(HAPPY_CLUSTER, 'examples/platform/airflow/values.yaml\ntest/cluster/fixtures/keep-worker-pods.yaml'),
          'airflow-image': SMOKE_IMAGE,
          'admin-user': 'admin',
          'smoke-dag': 'smoke',
          azurite: 'true',
          'azurite-host-port': String(hostPort),
        },
        { timeoutMs: 30 * MINUTE },
      ),
    );
    recordActionPhases('happy', run);
    console.log(runDigest('migrate-kind', run));
    verify = await timings.time('verify-wasb-logs', () =>
      runActionBundle(
        suite.bundles['verify-wasb-logs'],
        suite.toolchain,
        {
          'values-files': 'examples/platform/airflow/values.yaml',
          'airflow-version': AIRFLOW_VERSION,
          connection: run.outputs['remote-logs-connection'] ?? '',
          'dag-id': 'smoke',
          'expect-log-run-id': run.outputs['smoke-run-id'] ?? '',
          cleanup: 'false',
          'fail-on': 'error',
        },
        { timeoutMs: 10 * MINUTE },
      ),
    );
    console.log(`${runDigest('verify-wasb-logs', verify)}\n  task log found in blob storage: ${verify.outputs['blob-path']} (${verify.outputs['task-log-bytes']} bytes)`);
  }, 45 * MINUTE);

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
    expect(container.image).toBe(SMOKE_IMAGE);
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

  it('ran the smoke DAG and reported the run and where its log went', () => {
    expect(run.outputs['smoke-run-id']).toBe('airflow-gitops-smoke-target');
    expect(run.outputs['remote-logs-container']).toBe('airflow-logs');
    expect(run.outputs['remote-logs-connection']).toMatch(/BlobEndpoint=http:\/\/127\.0\.0\.1:\d+\/devstoreaccount1;/);
  });

  it('the smoke task ran in its own KubernetesExecutor pod, which Succeeded (read back from the cluster)', async () => {
    const list = () => json<{ items: Pod[] }>(kubectl(run, ['get', 'pods', '-n', NAMESPACE, '-l', 'dag_id=smoke,airflow-worker', '-o', 'json']));
    // Airflow marks the task instance success before the pod's supervisor has shipped the log and
    // exited, so the pod may still be Running for a moment: wait for it to end.
    let pods = await list();
    for (let i = 0; i < 90 && pods.items.some((p) => ['Pending', 'Running'].includes(p.status.phase)); i++) {
      await new Promise((r) => setTimeout(r, 2000));
      pods = await list();
    }
    expect(pods.items.map((p) => [p.metadata.labels.task_id, p.status.phase])).toEqual([['smoke', 'Succeeded']]);
    expect(pods.items[0].spec.containers[0].image).toBe(SMOKE_IMAGE);
  }, 5 * MINUTE);

  it('verify-wasb-logs finds the task log under the blob name it computes for the run', () => {
    expect(verify.log).not.toMatch(/::error/);
    expect(verify.code).toBe(0);
    expect(verify.outputs['blob-path']).toMatch(/^wasb-airflow-logs\/dag_id=smoke\/run_id=airflow-gitops-smoke-target\/task_id=smoke\/attempt=1\.log$/);
    expect(Number(verify.outputs['task-log-bytes'])).toBeGreaterThan(0);
  });

  it('and that is the blob the Airflow task wrote in the in-cluster Azurite, with the task output in it', async () => {
    const container = BlobServiceClient.fromConnectionString(run.outputs['remote-logs-connection']).getContainerClient(run.outputs['remote-logs-container']);
    const names: string[] = [];
    for await (const blob of container.listBlobsFlat()) names.push(blob.name);
    expect(names).toContain(verify.outputs['blob-path']);
    const text = (await container.getBlobClient(verify.outputs['blob-path']).downloadToBuffer()).toString('utf8');
    expect(text).toContain('hello from the upgrade gate');
  });

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
          { 'values-files': 'examples/platform/airflow/values.yaml', 'chart-version': CHART_VERSION, 'airflow-image': SMOKE_IMAGE, cluster: 'existing', 'timeout-minutes': '15', 'fail-on': 'error' },
          // As after a set-context step: the current kubeconfig names the real cluster.
          { timeoutMs: 20 * MINUTE, env: { KUBECONFIG: run.kubeconfig } },
        ),
      );
      recordActionPhases('existing', existing);
      console.log(runDigest('migrate-kind (cluster: existing)', existing));
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
      expect(pods.items.map((p) => [p.status.phase, p.spec.containers[0].image])).toEqual([['Succeeded', SMOKE_IMAGE]]);
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
