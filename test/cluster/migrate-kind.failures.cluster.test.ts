/**
 * migrate-kind's failure paths on a real kind cluster: what the cluster itself does when the image
 * cannot be pulled, and what the action makes of it (the finding, the diagnostics bundle, the
 * cleanup). Faults a real cluster cannot produce on demand stay with the fake toolchain.
 */
import * as fs from 'node:fs';
import { filesUnder } from './bundle.js';
import { actionPhaseSeconds, type BundleRun, clusterSuite, runActionBundle, runDigest, runPostStep, tool } from './harness.js';

const MINUTE = 60_000;
const PULL_CLUSTER = 'gitops-pull-fails';

const suite = clusterSuite(['3.1.8'], [PULL_CLUSTER]);
const { timings } = suite;

describe('an Airflow image tag that no registry and no node has', () => {
  const image = 'apache/airflow:3.1.8-no-such-tag';
  let run: BundleRun;
  beforeAll(async () => {
    run = await timings.time('pull failure run', () =>
      runActionBundle(
        suite.bundles['migrate-kind'],
        suite.toolchain,
        {
          'values-files': 'examples/platform/airflow/values.yaml',
          'chart-version': '1.19.0',
          'airflow-image': image,
          'kind-node-image': suite.toolchain.nodeImage,
          'cluster-name': PULL_CLUSTER,
          'timeout-minutes': '15',
          'fail-on': 'error',
        },
        { timeoutMs: 20 * MINUTE },
      ),
    );
    for (const p of actionPhaseSeconds(run.log)) timings.phases.push({ phase: `pull failure: ${p.phase}`, seconds: p.seconds });
    console.log(runDigest('migrate-kind', run));
  }, 25 * MINUTE);

  it('stops the run with MIG004 naming the pod and the pull error the kubelet reported', () => {
    expect(run.code).not.toBe(0);
    expect(run.log).toMatch(/MIG004/);
    expect(run.log).toMatch(/cannot pull the image of container \S+ \((ErrImagePull|ImagePullBackOff)\)/);
    expect(run.log).toContain(image);
  });

  it('leaves a diagnostics bundle with the pods and events of the namespace', () => {
    const dir = run.outputs['diagnostics-dir'];
    expect(dir).not.toBe('');
    const files = filesUnder(dir).map((f) => fs.readFileSync(f, 'utf8')).join('\n');
    expect(files).toContain('airflow-run-airflow-migrations');
    expect(files).toMatch(/ErrImagePull|ImagePullBackOff|Failed to pull image/);
  });

  it('and the post step deletes the cluster', async () => {
    const post = await runPostStep(run);
    expect(post.code).toBe(0);
    expect((await tool(suite.toolchain, 'kind', ['get', 'clusters'])).split('\n')).not.toContain(PULL_CLUSTER);
  }, 5 * MINUTE);
});
