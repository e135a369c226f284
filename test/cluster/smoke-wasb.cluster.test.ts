/**
 * The end-to-end proof on a real kind cluster: migrate-kind with `azurite: true` and a smoke DAG runs
 * the DAG under KubernetesExecutor (a task pod is created and Succeeds), the task ships its own log to
 * the Azurite running INSIDE the cluster through the release's remote-logging connection, and the
 * verify-wasb-logs bundle, from the runner through kind's port mapping, finds that log under the blob
 * name it computes for the run. The blob is also listed straight from Azurite, so the name verify
 * reports is the one the real Airflow task wrote, not one our code made up twice.
 */
import { BlobServiceClient } from '@azure/storage-blob';
import * as path from 'node:path';
import { repoRoot } from './bundle.js';
import { actionPhaseSeconds, type BundleRun, clusterSuite, freePort, runActionBundle, runPostStep, smokeImage, tool } from './harness.js';

const MINUTE = 60_000;
const CLUSTER = 'gitops-b-smoke';
const AIRFLOW_VERSION = '3.1.8';
/** apache/airflow:3.1.8 plus the upgrade gate's one-task smoke DAG in the image's DAG folder (git-sync is off in kind). */
const SMOKE_IMAGE = `airflow-gitops/airflow-smoke:${AIRFLOW_VERSION}`;
const SMOKE_DAG = path.join(repoRoot, 'test/upgrade-gate/fixtures/workspace/dags/smoke.py');

const suite = clusterSuite([AIRFLOW_VERSION], [CLUSTER], ['migrate-kind', 'verify-wasb-logs']);
const { timings } = suite;

beforeAll(async () => {
  await timings.time('image airflow smoke', () => smokeImage(suite.toolchain, AIRFLOW_VERSION, SMOKE_DAG));
}, 90 * MINUTE);

describe('the smoke DAG under KubernetesExecutor, its task log in the in-cluster Azurite', () => {
  let run: BundleRun;
  let verify: BundleRun;
  beforeAll(async () => {
    const hostPort = await freePort();
    run = await timings.time('smoke run', () =>
      runActionBundle(
        suite.bundles['migrate-kind'],
        suite.toolchain,
        {
          'values-files': 'examples/platform/airflow/values.yaml\ntest/cluster/fixtures/keep-worker-pods.yaml',
          'chart-version': '1.19.0',
          'airflow-image': SMOKE_IMAGE,
          'kind-node-image': suite.toolchain.nodeImage,
          'cluster-name': CLUSTER,
          'load-image': 'true',
          'smoke-dag': 'smoke',
          azurite: 'true',
          'azurite-host-port': String(hostPort),
          'timeout-minutes': '25',
          'fail-on': 'error',
        },
        { timeoutMs: 30 * MINUTE },
      ),
    );
    for (const p of actionPhaseSeconds(run.log)) timings.phases.push({ phase: `smoke: ${p.phase}`, seconds: p.seconds });
    console.log(`migrate-kind log: ${run.dir}/action.log`);
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
    console.log(`verify-wasb-logs log: ${verify.dir}/action.log`);
  }, 45 * MINUTE);

  it('migrate-kind succeeds and reports the smoke run and where its log went', () => {
    expect(run.log).not.toMatch(/::error/);
    expect(run.code).toBe(0);
    expect(run.outputs['smoke-run-id']).toBe('airflow-gitops-smoke-target');
    expect(run.outputs['remote-logs-container']).toBe('airflow-logs');
    expect(run.outputs['remote-logs-connection']).toMatch(/BlobEndpoint=http:\/\/127\.0\.0\.1:\d+\/devstoreaccount1;/);
  });

  it('the task ran in its own KubernetesExecutor pod, which Succeeded (read back from the cluster)', async () => {
    type PodList = { items: Array<{ metadata: { labels: Record<string, string> }; spec: { containers: Array<{ image: string }> }; status: { phase: string } }> };
    const list = async () => JSON.parse(await tool(suite.toolchain, 'kubectl', ['--kubeconfig', run.kubeconfig, 'get', 'pods', '-n', 'airflow', '-l', 'dag_id=smoke,airflow-worker', '-o', 'json'])) as PodList;
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

  it('and the post step deletes the cluster', async () => {
    const post = await runPostStep(run);
    expect(post.code).toBe(0);
    expect((await tool(suite.toolchain, 'kind', ['get', 'clusters'])).split('\n')).not.toContain(CLUSTER);
  }, 5 * MINUTE);
});
