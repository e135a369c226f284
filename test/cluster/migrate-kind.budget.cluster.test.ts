/**
 * migrate-kind on a real kind cluster when a phase runs past its budget: the chart's migration Job
 * asks for more CPU than the node has (test/cluster/fixtures/unschedulable-migration.yaml), so its pod
 * stays Pending and nothing ever fails by itself. The migrate phase's share of timeout-minutes runs
 * out; the action stops with MIG006, the scheduler's reason in the diagnostics, and the post step
 * removes the cluster.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { actionPhaseSeconds, type BundleRun, clusterSuite, runActionBundle, runDigest, runPostStep, tool } from './harness.js';

const MINUTE = 60_000;
const CLUSTER = 'gitops-b-budget';
const AIRFLOW_VERSION = '3.1.8';
// 7 minutes in all: the cluster phase's 20 % (84 s) covers kind create on a busy 2-core machine (15–40 s
// measured); the migrate phase's 25 % (105 s) is what the Pending Job runs past. The image is not loaded
// into kind (load-image: false): a pod no node can schedule never pulls its image, and loading 900 MB
// would only spend the cluster phase's budget on a step this failure never reaches.
const TIMEOUT_MINUTES = 7;
const MIGRATE_SHARE = 0.25;

const suite = clusterSuite([AIRFLOW_VERSION], [CLUSTER]);
const { timings } = suite;

describe('a migration Job no node can schedule', () => {
  let run: BundleRun;
  beforeAll(async () => {
    run = await timings.time('budget run', () =>
      runActionBundle(
        suite.bundles['migrate-kind'],
        suite.toolchain,
        {
          'values-files': 'examples/platform/airflow/values.yaml\ntest/cluster/fixtures/unschedulable-migration.yaml',
          'chart-version': '1.19.0',
          'airflow-image': `apache/airflow:${AIRFLOW_VERSION}`,
          'kind-node-image': suite.toolchain.nodeImage,
          'cluster-name': CLUSTER,
          'load-image': 'false',
          'timeout-minutes': String(TIMEOUT_MINUTES),
          'fail-on': 'error',
        },
        { timeoutMs: 30 * MINUTE },
      ),
    );
    for (const p of actionPhaseSeconds(run.log)) timings.phases.push({ phase: `budget: ${p.phase}`, seconds: p.seconds });
    console.log(runDigest('migrate-kind', run));
  }, 35 * MINUTE);

  it('stops the run with MIG006 for the migrate phase, after its share of timeout-minutes', () => {
    expect(run.code).not.toBe(0);
    const budget = Math.round(TIMEOUT_MINUTES * 60 * MIGRATE_SHARE);
    expect(run.log).toContain(`MIG006 [error] Phase "migrate" did not finish within its ${budget} s timeout.`);
    // The finding itself names the cause, read from the cluster while it waited.
    expect(run.log).toMatch(/MIG006 .*It was still waiting for Job airflow-run-airflow-migrations: pod airflow-run-airflow-migrations-\S+ is Pending, unscheduled \(Unschedulable: 0\/1 nodes are available: 1 Insufficient cpu/);
    expect(run.log).toMatch(/More time will not help/);
    expect(run.log).toMatch(/✗ migrate: timed out in \d+(\.\d)? s/);
    // The phases before it finished within theirs; nothing after it ran.
    expect(actionPhaseSeconds(run.log).map((p) => p.phase)).toEqual(['render', 'cluster', 'shared database', 'secrets', 'install']);
    expect(run.log).not.toContain('::group::verify');
    expect(run.log).not.toMatch(/MIG00[2-5]/);
  });

  it('the migration Job was really Pending for want of CPU (read back from the cluster)', async () => {
    const pods = JSON.parse(await tool(suite.toolchain, 'kubectl', ['--kubeconfig', run.kubeconfig, 'get', 'pods', '-n', 'airflow', '-l', 'job-name=airflow-run-airflow-migrations', '-o', 'json'])) as {
      items: Array<{ status: { phase: string; conditions?: Array<{ type: string; status: string; reason?: string; message?: string }> } }>;
    };
    expect(pods.items).toHaveLength(1);
    expect(pods.items[0].status.phase).toBe('Pending');
    const scheduled = pods.items[0].status.conditions?.find((c) => c.type === 'PodScheduled');
    expect([scheduled?.status, scheduled?.reason]).toEqual(['False', 'Unschedulable']);
    expect(scheduled?.message).toMatch(/Insufficient cpu/);
  });

  it("leaves a diagnostics bundle with the scheduler's FailedScheduling event", () => {
    const dir = run.outputs['diagnostics-dir'];
    expect(dir).not.toBe('');
    const events = fs.readFileSync(path.join(dir, 'airflow-events.txt'), 'utf8');
    expect(events).toMatch(/FailedScheduling\s+pod\/airflow-run-airflow-migrations-\S+\s+.*Insufficient cpu/);
    expect(fs.readFileSync(path.join(dir, 'airflow-pods.txt'), 'utf8')).toMatch(/airflow-run-airflow-migrations-\S+\s+0\/1\s+Pending/);
  });

  it('and the post step deletes the cluster', async () => {
    const post = await runPostStep(run);
    expect(post.code).toBe(0);
    expect((await tool(suite.toolchain, 'kind', ['get', 'clusters'])).split('\n')).not.toContain(CLUSTER);
  }, 5 * MINUTE);
});
