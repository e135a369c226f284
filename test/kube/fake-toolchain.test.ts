/**
 * The fake toolchain itself: real exit codes and output formats for the subcommands migrate-kind
 * uses, refusal of anything else, and the cluster behaviour the action depends on.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fakeToolchain as bin, repoRoot } from './bundle.js';

const fixtures = path.join(repoRoot, 'test/kube/fixtures');
let dir: string;
let env: NodeJS.ProcessEnv;

function run(tool: string, args: string[], stdin?: string) {
  const r = spawnSync(path.join(bin, tool), args, { env, input: stdin ?? '', encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fake-'));
  env = { PATH: process.env.PATH, FAKE_KUBE_STATE: path.join(dir, 'state.json'), FAKE_KUBE_WAIT_MS: '5' };
});

const kc = () => ['--kubeconfig', path.join(dir, 'kubeconfig')];

function cluster(): void {
  expect(run('kind', ['create', 'cluster', '--name', 't', '--kubeconfig', kc()[1]]).code).toBe(0);
}

it('refuses subcommands the action does not use (exit 64), and records every call', () => {
  cluster();
  const r = run('kubectl', ['port-forward', 'svc/x', '8080', ...kc()]);
  expect(r.code).toBe(64);
  expect(r.err).toContain('unsupported invocation');
  const state = JSON.parse(fs.readFileSync(env.FAKE_KUBE_STATE!, 'utf8'));
  expect(state.calls.map((c: { tool: string }) => c.tool)).toEqual(['kind', 'kubectl']);
});

it('kubectl without a reachable cluster fails like kubectl does', () => {
  const r = run('kubectl', ['cluster-info', ...kc()]);
  expect(r.code).toBe(1);
  expect(r.err).toContain('connection refused');
});

it("the user's notes fail here too: before the migration every pod waits in wait-for-airflow-migrations, and Airflow 3 has no webserver", () => {
  cluster();
  const values = path.join(dir, 'v.yaml');
  fs.writeFileSync(values, 'migrateDatabaseJob:\n  enabled: false\n  useHelmHooks: false\ncreateUserJob:\n  useHelmHooks: false\n');
  const install = run('helm', ['upgrade', '--install', 'airflow', 'airflow', '--repo', 'https://airflow.apache.org', '--version', '1.19.0', '--namespace', 'airflow', '--create-namespace', '-f', values, ...kc()]);
  expect(install.code).toBe(0);
  expect(install.out).toContain('STATUS: deployed');
  const pods = run('kubectl', ['get', 'pods', '-n', 'airflow', '-o', 'wide', ...kc()]);
  expect(pods.out).toMatch(/airflow-scheduler-\S+\s+0\/1\s+Init:0\/1/);
  const exec = run('kubectl', ['exec', '-n', 'airflow', 'deploy/airflow-scheduler', ...kc(), '--', 'airflow', 'db', 'migrate']);
  expect(exec.code).toBe(1);
  expect(exec.err).toContain('unable to upgrade connection: container not found');
  const web = run('kubectl', ['exec', '-n', 'airflow', 'deploy/airflow-webserver', ...kc(), '--', 'airflow', 'users', 'create']);
  expect(web.code).toBe(1);
  expect(web.err).toContain('deployments.apps "airflow-webserver" not found');
});

it('helm template keeps the hook when the values misspell migrateDatabaseJob', () => {
  const r = run('helm', ['template', 'airflow', 'airflow', '--repo', 'https://airflow.apache.org', '--version', '1.19.0', '--namespace', 'airflow', '-f', path.join(fixtures, 'user-values.yaml')]);
  expect(r.code).toBe(0);
  expect(r.out).toMatch(/name: airflow-run-airflow-migrations\n[\s\S]*?helm\.sh\/hook: post-install,post-upgrade/);
  const fixed = run('helm', ['template', 'airflow', 'airflow', '--repo', 'https://airflow.apache.org', '--version', '1.19.0', '--namespace', 'airflow', '-f', path.join(fixtures, 'user-values.yaml'), '-f', path.join(fixtures, 'hooks-off-fix.yaml')]);
  expect(fixed.out).not.toContain('helm.sh/hook');
  expect(run('helm', ['template', 'airflow', 'airflow', '--repo', 'https://airflow.apache.org', '--version', '9.9.9']).err).toContain('chart "airflow" version "9.9.9" not found');
});

it('Jobs finish after a status read, and their pod template is immutable', () => {
  cluster();
  const job = (image: string) =>
    `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: airflow\n---\napiVersion: batch/v1\nkind: Job\nmetadata:\n  name: probe\n  namespace: airflow\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n        - name: c\n          image: ${image}\n          args: [python, -c, "alembic_version"]\n`;
  const applied = run('kubectl', ['apply', '-f', '-', ...kc()], job('apache/airflow:3.1.7'));
  expect(applied.out).toBe('namespace/airflow created\njob.batch/probe created\n');
  // Without the shared database the program fails like psycopg2 does.
  const status = JSON.parse(run('kubectl', ['get', 'job', 'probe', '-n', 'airflow', '-o', 'json', ...kc()]).out);
  expect(status.status.conditions[0]).toMatchObject({ type: 'Failed', reason: 'BackoffLimitExceeded' });
  expect(run('kubectl', ['logs', 'job/probe', '-n', 'airflow', ...kc()]).out).toContain('could not translate host name');
  const again = run('kubectl', ['apply', '-f', '-', ...kc()], job('apache/airflow:3.1.8'));
  expect(again.code).toBe(1);
  expect(again.err).toContain('The Job "probe" is invalid: spec.template: Invalid value');
  expect(run('kubectl', ['delete', 'job', 'probe', '-n', 'airflow', ...kc()]).out).toBe('job.batch "probe" deleted\n');
  expect(run('kubectl', ['delete', 'job', 'probe', '-n', 'airflow', '--ignore-not-found', ...kc()]).code).toBe(0);
  expect(run('kubectl', ['get', 'job', 'probe', '-n', 'airflow', '-o', 'json', ...kc()]).err).toBe('Error from server (NotFound): jobs.batch "probe" not found\n');
});

it('rollout status times out like kubectl when pods never get Ready', () => {
  cluster();
  env.FAKE_KUBE_SCENARIO = 'image-pull-backoff';
  const values = path.join(dir, 'v.yaml');
  fs.writeFileSync(values, 'migrateDatabaseJob:\n  useHelmHooks: false\n');
  run('helm', ['upgrade', '--install', 'airflow', 'airflow', '--repo', 'https://airflow.apache.org', '--version', '1.19.0', '--namespace', 'airflow', '--create-namespace', '-f', values, ...kc()]);
  const r = run('kubectl', ['rollout', 'status', 'deployment/airflow-scheduler', '-n', 'airflow', '--timeout=1s', ...kc()]);
  expect(r.code).toBe(1);
  expect(r.err).toBe('error: timed out waiting for the condition\n');
  const pods = JSON.parse(run('kubectl', ['get', 'pods', '-n', 'airflow', '-l', 'component=scheduler', '-o', 'json', ...kc()]).out);
  expect(pods.items[0].status.initContainerStatuses[0].state.waiting.reason).toBe('ImagePullBackOff');
});
