/**
 * Upgrade gating on a real kind cluster: chart 1.15.0 / Airflow 2.9.3 installed, migrated and seeded
 * with a DAG run, then upgraded to chart 1.19.0 / Airflow 3.1.8 and migrated again, by the
 * migrate-kind bundle. The revisions and the seeded run are read from the database, the heads from
 * Airflow itself in each image. Each release runs its image plus the smoke DAG (from-airflow-image /
 * airflow-image), as a team's own images would carry their DAGs.
 */
import * as path from 'node:path';
import { repoRoot } from './bundle.js';
import { actionPhaseSeconds, airflowAlembicHead, type BundleRun, clusterSuite, freePort, runActionBundle, runDigest, runPostStep, sharedDatabaseQuery, smokeImage, tool } from './harness.js';

const MINUTE = 60_000;
const UPGRADE_CLUSTER = 'gitops-upgrade';
const SMOKE_DAGS = {
  '2.9.3': path.join(repoRoot, 'test/cluster/fixtures/smoke_airflow2.py'),
  '3.1.8': path.join(repoRoot, 'test/upgrade-gate/fixtures/workspace/dags/smoke.py'),
};

const suite = clusterSuite(['3.1.8', '2.9.3'], [UPGRADE_CLUSTER]);
const { timings } = suite;
const images: Record<string, string> = {};

beforeAll(async () => {
  for (const [version, dag] of Object.entries(SMOKE_DAGS)) images[version] = await timings.time(`image airflow smoke ${version}`, () => smokeImage(suite.toolchain, version, dag));
}, 90 * MINUTE);

const sql = (run: BundleRun, query: string) => sharedDatabaseQuery(suite.toolchain, run, query);

describe('chart 1.15.0 / Airflow 2.9.3 upgraded to chart 1.19.0 / Airflow 3.1.8', () => {
  let run: BundleRun;
  beforeAll(async () => {
    const azuritePort = await freePort();
    run = await timings.time('upgrade run', () =>
      runActionBundle(
        suite.bundles['migrate-kind'],
        suite.toolchain,
        {
          'values-files': 'examples/platform/airflow/values.yaml',
          'chart-version': '1.19.0',
          'airflow-image': images['3.1.8'],
          'from-chart-version': '1.15.0',
          'from-airflow-version': '2.9.3',
          'from-airflow-image': images['2.9.3'],
          'smoke-dag': 'smoke',
          // The users' values log to WASB; Airflow 3 fails every task whose remote-logging connection
          // is missing, so the smoke run on 3.1.8 needs the in-cluster Azurite (as upgrade-gate uses it).
          azurite: 'true',
          'azurite-host-port': String(azuritePort),
          'from-values': 'test/kube/fixtures/airflow2-values.yaml',
          'kind-node-image': suite.toolchain.nodeImage,
          'cluster-name': UPGRADE_CLUSTER,
          'load-image': 'true',
          'timeout-minutes': '40',
          'fail-on': 'error',
        },
        { timeoutMs: 45 * MINUTE },
      ),
    );
    for (const p of actionPhaseSeconds(run.log)) timings.phases.push({ phase: `upgrade: ${p.phase}`, seconds: p.seconds });
    console.log(runDigest('migrate-kind', run));
  }, 50 * MINUTE);

  it('succeeds', () => {
    expect(run.log).not.toMatch(/::error/);
    expect(run.code).toBe(0);
  });

  it("migrated the old release to Airflow 2.9.3's head, then the upgrade from there to 3.1.8's head", async () => {
    const [old, target] = [await airflowAlembicHead(suite.toolchain, '2.9.3'), await airflowAlembicHead(suite.toolchain, '3.1.8')];
    const revisions = [...run.log.matchAll(/^alembic revision: (\S+(?: database\))?) → (\w+) in /gm)].map((m) => [m[1], m[2]]);
    expect(revisions).toEqual([
      ['(empty database)', old],
      [old, target],
    ]);
    expect((await sql(run, 'SELECT version_num FROM alembic_version')).trim()).toBe(target);
  }, 5 * MINUTE);

  it('the DAG run seeded on Airflow 2.9.3 is still in the upgraded database, and the smoke run on 3.1.8 succeeded', async () => {
    expect(run.log).toMatch(/Seeded DAG run airflow-gitops-seed of smoke on Airflow 2\.9\.3/);
    // Read back from the database the upgraded release uses, after Airflow 3.1.8's migrations.
    expect((await sql(run, "SELECT dag_id, run_id FROM dag_run WHERE run_id = 'airflow-gitops-seed'")).trim()).toBe('smoke|airflow-gitops-seed');
    expect((await sql(run, "SELECT state FROM dag_run WHERE run_id = 'airflow-gitops-smoke-target'")).trim()).toBe('success');
  }, 5 * MINUTE);

  it('runs the upgraded release on the 3.1.8 image, every component Ready', async () => {
    for (const component of ['scheduler', 'api-server', 'dag-processor', 'triggerer']) {
      const pods = JSON.parse(
        await tool(suite.toolchain, 'kubectl', ['--kubeconfig', run.kubeconfig, 'get', 'pods', '-n', 'airflow', '-l', `component=${component},release=airflow`, '-o', 'json']),
      ) as { items: Array<{ spec: { containers: Array<{ image: string }> }; status: { phase: string; containerStatuses?: Array<{ ready: boolean }> } }> };
      const running = pods.items.filter((p) => p.status.phase === 'Running' && p.status.containerStatuses?.every((c) => c.ready));
      expect([component, running.length, running[0]?.spec.containers[0].image]).toEqual([component, 1, images['3.1.8']]);
    }
  });

  it('the post step deletes the cluster', async () => {
    const post = await runPostStep(run);
    expect(post.code).toBe(0);
    expect((await tool(suite.toolchain, 'kind', ['get', 'clusters'])).split('\n')).not.toContain(UPGRADE_CLUSTER);
  }, 5 * MINUTE);
});
