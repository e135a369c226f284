/**
 * migrate-kind on a real kind cluster when the metadata Secret's password no longer matches the
 * database: the shared PostgreSQL's `airflow` role gets a new password (a rotation the Secret did not
 * follow) as soon as the database is Ready — before the release is installed — so the chart's own
 * migration Job meets a real `password authentication failed`. What the cluster does with it (the
 * Job's pod restarting in CrashLoopBackOff, not a Failed Job) and what the action makes of it (MIG002
 * with the log line, diagnostics, cleanup) are both read back from the real run. It runs the newest
 * Airflow image the project locks (3.3.2) on chart 1.19.0.
 */
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { filesUnder } from './bundle.js';
import { actionPhaseSeconds, type BundleRun, clusterSuite, runActionBundle, runDigest, runPostStep, tool } from './harness.js';

const MINUTE = 60_000;
const CLUSTER = 'gitops-b-db-password';
// The newest Airflow the project locks (test/airflow/locks/latest.txt): the failure path does not
// depend on the version, so it is where the tier proves the newest image's migration Job as well.
const AIRFLOW_VERSION = '3.3.2';

const suite = clusterSuite([AIRFLOW_VERSION], [CLUSTER]);
const { timings } = suite;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Waits (while the action runs) for the shared database to become Ready in the action's cluster,
 * then changes the `airflow` role's password there. Resolves with when it did, or with the reason it
 * could not before the run ended.
 */
async function rotatePasswordOnceReady(kubeconfig: string, running: () => boolean): Promise<{ rotatedAt?: number; problem?: string }> {
  const kubectl = (args: string[]) => tool(suite.toolchain, 'kubectl', ['--kubeconfig', kubeconfig, ...args]);
  while (running()) {
    if (fs.existsSync(kubeconfig)) {
      const ready = await kubectl(['get', 'deployment', 'postgresql', '-n', 'warble-system', '-o', 'jsonpath={.status.readyReplicas}']).catch(() => '');
      if (ready.trim() === '1') {
        const newPassword = randomBytes(16).toString('hex');
        const rotatedAt = Date.now();
        // The new password is never printed: a failure reports psql's message without the argv.
        const failure = await kubectl(['exec', '-n', 'warble-system', 'deploy/postgresql', '--', 'psql', '-U', 'postgres', '-v', 'ON_ERROR_STOP=1', '-c', `ALTER ROLE airflow PASSWORD '${newPassword}'`]).then(
          () => undefined,
          (e: Error) => e.message.split(newPassword).join('***'),
        );
        return failure ? { problem: failure } : { rotatedAt };
      }
    }
    await sleep(500);
  }
  return { problem: 'the run ended before the shared database was Ready' };
}

describe('a metadata Secret whose password the database no longer accepts', () => {
  let run: BundleRun;
  let rotation: { rotatedAt?: number; problem?: string };
  beforeAll(async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'airflow-gitops-cluster-'));
    let running = true;
    const rotating = rotatePasswordOnceReady(path.join(dir, 'runner_temp', 'airflow-gitops-migrate', 'kubeconfig'), () => running);
    run = await timings.time('wrong password run', () =>
      runActionBundle(
        suite.bundles['migrate-kind'],
        suite.toolchain,
        {
          'values-files': 'examples/platform/airflow/values.yaml',
          'chart-version': '1.19.0',
          'airflow-image': `apache/airflow:${AIRFLOW_VERSION}`,
          'kind-node-image': suite.toolchain.nodeImage,
          'cluster-name': CLUSTER,
          'load-image': 'true',
          'timeout-minutes': '25',
          'fail-on': 'error',
        },
        { dir, timeoutMs: 30 * MINUTE },
      ).finally(() => {
        running = false;
      }),
    );
    rotation = await rotating;
    for (const p of actionPhaseSeconds(run.log)) timings.phases.push({ phase: `wrong password: ${p.phase}`, seconds: p.seconds });
    console.log(runDigest('migrate-kind', run));
  }, 35 * MINUTE);

  it("the password was changed in the database before the chart's migration Job started", async () => {
    expect(rotation.problem).toBeUndefined();
    const startTime = await tool(suite.toolchain, 'kubectl', ['--kubeconfig', run.kubeconfig, 'get', 'job', 'airflow-run-airflow-migrations', '-n', 'airflow', '-o', 'jsonpath={.status.startTime}']);
    // startTime has whole seconds.
    expect(Date.parse(startTime.trim())).toBeGreaterThanOrEqual(Math.floor(rotation.rotatedAt! / 1000) * 1000);
  });

  it('stops the run with MIG002 and the log line of the failed migration, not a phase timeout', () => {
    expect(run.code).not.toBe(0);
    expect(run.log).toMatch(/MIG002 \[error\] airflow db migrate failed in Job airflow-run-airflow-migrations \(CrashLoopBackOff: container run-airflow-migrations failed \d+ times\): .*password authentication failed for user "airflow"/);
    expect(run.log).not.toMatch(/MIG006/);
    expect(run.outputs['error-count']).toBe('1');
    expect(run.outputs['alembic-revision']).toBe('');
  });

  it("leaves a diagnostics bundle with the migration pod's restarts and its failed run's log", () => {
    const dir = run.outputs['diagnostics-dir'];
    expect(dir).not.toBe('');
    const files = filesUnder(dir);
    const previous = files.filter((f) => /airflow-logs-airflow-run-airflow-migrations-.*-run-airflow-migrations-previous\.txt$/.test(f));
    expect(previous).toHaveLength(1);
    expect(fs.readFileSync(previous[0], 'utf8')).toMatch(/password authentication failed for user "airflow"/);
    expect(fs.readFileSync(path.join(dir, 'airflow-pods.txt'), 'utf8')).toMatch(/airflow-run-airflow-migrations-\S+\s+0\/1\s+(CrashLoopBackOff|Error)\s+[2-9]/);
  });

  it('and the post step deletes the cluster', async () => {
    const post = await runPostStep(run);
    expect(post.code).toBe(0);
    expect((await tool(suite.toolchain, 'kind', ['get', 'clusters'])).split('\n')).not.toContain(CLUSTER);
  }, 5 * MINUTE);
});
