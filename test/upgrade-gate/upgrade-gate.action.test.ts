import * as fs from 'node:fs';
import * as path from 'node:path';
import { BlobServiceClient } from '@azure/storage-blob';
import { parse } from 'yaml';
import { startAzurite, type Emulator } from '../../src/wasb/emulator.js';
import { ensureBundle } from '../kube/bundle.js';
import { serveChartRepository } from '../helpers/charts.js';
import { actionDir, callLines, outcomes, repoRoot, runGate, SIBLING_BUNDLES, step, type GateRun } from './gate.js';

/**
 * The upgrade-gate composite action, run step by step as the GitHub runner runs it (see
 * composite-runner.ts): the real sibling bundles, the fake kind/helm/kubectl/docker first on PATH,
 * a real Azurite on 127.0.0.1 standing in for the in-cluster one behind the kind port mapping, and a
 * chart repository on 127.0.0.1 for validate-values (the cached test charts, see test/helpers/charts.ts).
 */
let azurite: Emulator;
let charts: { url: string; close(): Promise<void> };

beforeAll(async () => {
  // Shares test/kube's build lock: waits for (or does) a rebuild of a stale dist/migrate-kind.
  ensureBundle();
  for (const b of SIBLING_BUNDLES) expect(fs.existsSync(path.join(repoRoot, 'dist', b, 'index.js'))).toBe(true);
  [azurite, charts] = await Promise.all([startAzurite(), serveChartRepository(['1.15.0', '1.19.0'])]);
}, 180_000);

afterAll(async () => {
  await Promise.all([azurite?.stop(), charts?.close()]);
});

const SMOKE_LOG = 'wasb-logs/dag_id=smoke/run_id=airflow-gitops-smoke-target/task_id=smoke/attempt=1.log';

function upgradeInputs(extra: Record<string, string> = {}): Record<string, string> {
  return {
    'values-files': 'platform/airflow/values.yaml',
    'chart-version': '1.19.0',
    'from-chart-version': '1.15.0',
    'from-airflow-version': '2.9.3',
    'from-values': 'platform/airflow/values-current.yaml',
    'smoke-dag': 'smoke',
    'chart-repository': charts.url,
    // The charts carry templates/, but the fake helm renders only `--repo https://airflow.apache.org`
    // charts by version, not a chart directory; the rendered check has its own tests (test/values/render.test.ts).
    render: 'off',
    'azurite-host-port': String(azurite.port),
    'timeout-minutes': '5',
    'wasb-timeout': '10',
    ...extra,
  };
}

async function clearLogs(): Promise<void> {
  const service = BlobServiceClient.fromConnectionString(azurite.connectionString);
  for await (const c of service.listContainers()) await service.deleteContainer(c.name);
}

describe('upgrade-gate on the upgrade path 1.15.0 / Airflow 2.9.3 → 1.19.0 / Airflow 3.1.7', () => {
  let run: GateRun;
  beforeAll(async () => {
    await clearLogs();
    run = await runGate(upgradeInputs({ 'sarif-dir': 'results' }));
  }, 240_000);

  it('runs every check in order and passes', () => {
    expect(outcomes(run)).toEqual({ lint: 'success', 'values-current': 'success', 'values-target': 'success', migrate: 'success', wasb: 'success', cleanup: 'success', summary: 'success' });
    expect(run.success).toBe(true);
    expect(run.outputs.result).toBe('passed');
  });

  it('calls the sibling bundles of the same commit through GITHUB_ACTION_PATH, inputs only through env', () => {
    const meta = parse(fs.readFileSync(path.join(actionDir, 'action.yml'), 'utf8')) as { runs: { steps: Array<{ id: string; run: string }> } };
    const bundles = meta.runs.steps.filter((s) => s.run.startsWith('node ')).map((s) => [s.id, s.run]);
    expect(bundles).toEqual([
      ['lint', 'node "$GITHUB_ACTION_PATH/../../dist/lint-dags/index.js"'],
      ['values-current', 'node "$GITHUB_ACTION_PATH/../../dist/validate-values/index.js"'],
      ['values-target', 'node "$GITHUB_ACTION_PATH/../../dist/validate-values/index.js"'],
      ['migrate', 'node "$GITHUB_ACTION_PATH/../../dist/migrate-kind/index.js"'],
      ['wasb', 'node "$GITHUB_ACTION_PATH/../../dist/verify-wasb-logs/index.js"'],
    ]);
    // The runner names inputs INPUT_<NAME> with hyphens kept; the composite does the same.
    expect(step(run, 'values-current').env).toMatchObject({ 'INPUT_VALUES-FILES': 'platform/airflow/values-current.yaml', INPUT_CHART: '1.15.0', 'INPUT_CHART-REPOSITORY': charts.url, 'INPUT_FAIL-ON': 'error' });
    expect(step(run, 'values-target').env).toMatchObject({ 'INPUT_VALUES-FILES': 'platform/airflow/values.yaml', INPUT_CHART: '1.19.0' });
    expect(step(run, 'migrate').env).toMatchObject({ INPUT_CLUSTER: 'kind', 'INPUT_FROM-CHART-VERSION': '1.15.0', 'INPUT_FROM-AIRFLOW-VERSION': '2.9.3', 'INPUT_FROM-AIRFLOW-IMAGE': '', INPUT_AZURITE: 'true', 'INPUT_AZURITE-HOST-PORT': String(azurite.port), 'INPUT_SMOKE-DAG': 'smoke' });
    expect(step(run, 'wasb').env).toMatchObject({ 'INPUT_EXPECT-LOG-RUN-ID': 'airflow-gitops-smoke-target', 'INPUT_DAG-ID': 'smoke', INPUT_CONNECTION: expect.stringContaining(`BlobEndpoint=http://127.0.0.1:${azurite.port}/devstoreaccount1`) });
    expect(step(run, 'lint').log).toMatch(/lint-dags: 0 errors/);
    expect(step(run, 'values-current').log).toMatch(/Downloading Airflow chart 1\.15\.0 from http:\/\/127\.0\.0\.1/);
  });

  it('upgrades on kind: old release first, migrate, upgrade, migrate again, with Azurite behind a kind port mapping', () => {
    const lines = callLines(run);
    const create = lines.findIndex((l) => l.startsWith('kind create cluster --name airflow-gitops-gate'));
    const azuriteApply = run.fake.calls.findIndex((c) => c.tool === 'kubectl' && c.args[0] === 'apply' && /name: azurite/.test(c.stdin ?? ''));
    const installs = lines.map((l, i) => [l, i] as const).filter(([l]) => l.startsWith('helm upgrade --install')).map(([l, i]) => [/--version (\S+)/.exec(l)![1], i]);
    const trigger = lines.findIndex((l) => / -- airflow dags trigger smoke --run-id airflow-gitops-smoke-target/.test(l));
    const deleted = lines.findIndex((l) => l.startsWith('kind delete cluster --name airflow-gitops-gate'));
    expect(create).toBeGreaterThanOrEqual(0);
    expect(azuriteApply).toBeGreaterThan(create);
    expect(installs.map(([v]) => v)).toEqual(['1.15.0', '1.19.0']);
    expect(Number(installs[0][1])).toBeGreaterThan(azuriteApply);
    expect(trigger).toBeGreaterThan(Number(installs[1][1]));
    expect(deleted).toBe(lines.length - 1);
    const kindConfig = parse(fs.readFileSync(path.join(run.dir, 'runner_temp/airflow-gitops-migrate/kind-config.yaml'), 'utf8'));
    expect(kindConfig.nodes[0].extraPortMappings).toEqual([{ containerPort: 30100, hostPort: azurite.port, listenAddress: '127.0.0.1', protocol: 'TCP' }]);
    // The release's own remote_log_conn_id now points at the in-cluster Azurite.
    expect(lines.some((l) => l.includes('airflow connections add azure_blob_storage'))).toBe(false);
    const jobs = run.fake.calls.filter((c) => c.args[0] === 'apply').map((c) => c.stdin ?? '').join('\n');
    // The Job's argv (no shell): the URI comes from the Secret-backed env through $(CONN_URI).
    expect(jobs).toMatch(/- airflow\n\s+- connections\n\s+- add\n\s+- azure_blob_storage\n\s+- --conn-uri=\$\(CONN_URI\)/);
  });

  it("finds the smoke task's own log in blob storage — written by the task, not by the check", async () => {
    expect(run.fake.taskLogs).toEqual([
      // The run seeded on the old release loses its log: the connection is only added to the target.
      { dagId: 'smoke', runId: 'airflow-gitops-seed', taskId: 'smoke', outcome: 'connection azure_blob_storage not defined: upload failed' },
      { dagId: 'smoke', runId: 'airflow-gitops-smoke-target', taskId: 'smoke', container: 'airflow-logs', blob: SMOKE_LOG, outcome: 'uploaded' },
    ]);
    expect(run.outputs['blob-path']).toBe(SMOKE_LOG);
    expect(run.outputs['log-container']).toBe('airflow-logs');
    const blob = BlobServiceClient.fromConnectionString(azurite.connectionString).getContainerClient('airflow-logs').getBlobClient(SMOKE_LOG);
    const text = (await blob.downloadToBuffer()).toString('utf8');
    expect(text).toContain('"event":"Done. Returned value was: None"');
    expect(step(run, 'wasb').outputs['task-log-bytes']).toBe(String(Buffer.byteLength(text)));
    // expect-log mode never writes or deletes: the only blob is the task's.
    const names: string[] = [];
    for await (const b of BlobServiceClient.fromConnectionString(azurite.connectionString).getContainerClient('airflow-logs').listBlobsFlat()) names.push(b.name);
    expect(names).toEqual([SMOKE_LOG]);
  });

  it('exposes combined outputs: error counts per check, alembic revision, blob path', () => {
    expect(run.outputs).toMatchObject({
      'lint-error-count': '0',
      'lint-warning-count': '0',
      'values-current-error-count': '0',
      'values-target-error-count': '0',
      'migrate-error-count': '0',
      'wasb-error-count': '0',
      'alembic-revision': 'cc92b33c6709',
      'diagnostics-dir': '',
    });
    expect(Number(run.outputs['migration-seconds'])).toBeGreaterThan(0);
    for (const f of ['lint-dags', 'validate-values-current', 'validate-values-target', 'migrate-kind', 'verify-wasb-logs']) {
      expect(JSON.parse(fs.readFileSync(path.join(run.workspace, 'results', `${f}.sarif`), 'utf8')).version).toBe('2.1.0');
    }
  });

  it('writes a combined job summary after each check\'s own summary', () => {
    expect(run.summary).toContain('## Airflow upgrade gate: ✅ passed');
    expect(run.summary).toMatch(/\| migrate-kind \| ✅ passed \| 0 \| 0 \| alembic revision `cc92b33c6709` in [\d.]+ s, smoke run `airflow-gitops-smoke-target` \|/);
    expect(run.summary).toContain(`| verify-wasb-logs | ✅ passed | 0 | 0 | \`airflow-logs\` / \`${SMOKE_LOG}\` |`);
    expect(run.summary).toContain('| validate-values (current chart 1.15.0) | ✅ passed | 0 | 0 |');
    expect(run.summary).toContain('Task log written by Airflow');
    expect(run.summary.indexOf('Task log written by Airflow')).toBeLessThan(run.summary.indexOf('## Airflow upgrade gate'));
  });

  it('deletes the kind cluster in the cleanup step', () => {
    expect(run.fake.clusters).toEqual({});
    expect(step(run, 'cleanup').log).toMatch(/Deleting cluster "airflow-gitops-gate"/);
  });
});

describe('failure propagation', () => {
  const BROKEN_DAG = { 'dags/broken.py': 'from airflow.sdk import DAG\n\nwith DAG(dag_id="broken", schedule_interval="@daily"):\n    pass\n' };

  it('a lint error stops every later check; cleanup and the summary still run', async () => {
    const run = await runGate(upgradeInputs(), { extraFiles: BROKEN_DAG });
    expect(outcomes(run)).toEqual({ lint: 'failure', 'values-current': 'skipped', 'values-target': 'skipped', migrate: 'skipped', wasb: 'skipped', cleanup: 'success', summary: 'failure' });
    expect(run.success).toBe(false);
    expect(Number(run.outputs['lint-error-count'])).toBeGreaterThan(0);
    expect(run.outputs['migrate-error-count']).toBe('');
    expect(run.fake.calls).toEqual([]);
    expect(step(run, 'cleanup').log).toContain('migrate-kind did not run; no kind cluster to delete.');
    expect(run.summary).toContain('## Airflow upgrade gate: ❌ failed');
    expect(run.summary).toContain('| lint-dags | ❌ failed |');
    expect(run.summary).toContain('| migrate-kind | ➖ skipped |');
    expect(run.summary).toContain('Checks after the first failure were skipped (keep-going: false).');
    expect(step(run, 'summary').log).toMatch(/::error title=upgrade-gate::The upgrade gate failed/);
  }, 120_000);

  it('keep-going: true runs every check after a lint error and still fails the gate', async () => {
    await clearLogs();
    const run = await runGate(upgradeInputs({ 'keep-going': 'true' }), { extraFiles: BROKEN_DAG });
    expect(outcomes(run)).toEqual({ lint: 'failure', 'values-current': 'success', 'values-target': 'success', migrate: 'success', wasb: 'success', cleanup: 'success', summary: 'failure' });
    expect(step(run, 'lint').conclusion).toBe('success');
    expect(run.success).toBe(false);
    expect(run.outputs.result).toBe('failed');
    expect(run.outputs['blob-path']).toBe(SMOKE_LOG);
    expect(run.fake.clusters).toEqual({});
  }, 240_000);

  it('a failed migration skips verify-wasb-logs, keeps the diagnostics and still deletes the cluster', async () => {
    const run = await runGate(upgradeInputs(), { scenario: 'migration-failure' });
    expect(outcomes(run)).toMatchObject({ lint: 'success', 'values-target': 'success', migrate: 'failure', wasb: 'skipped', cleanup: 'success', summary: 'failure' });
    expect(Number(run.outputs['migrate-error-count'])).toBeGreaterThan(0);
    expect(run.outputs['diagnostics-dir']).toBe(path.join(run.dir, 'runner_temp/airflow-gitops-migrate/diagnostics'));
    expect(fs.readdirSync(run.outputs['diagnostics-dir']).length).toBeGreaterThan(0);
    expect(callLines(run).at(-1)).toMatch(/^kind delete cluster --name airflow-gitops-gate/);
    expect(run.fake.clusters).toEqual({});
  }, 240_000);

  it('keep-cluster leaves the cluster for the steps that follow', async () => {
    await clearLogs();
    const run = await runGate(upgradeInputs({ 'from-chart-version': '', 'from-airflow-version': '', 'from-values': '', 'keep-cluster': 'true' }));
    expect(outcomes(run)).toMatchObject({ 'values-current': 'skipped', migrate: 'success', wasb: 'success', cleanup: 'success' });
    expect(step(run, 'cleanup').log).toContain('keep-cluster: leaving kind cluster airflow-gitops-gate in place.');
    expect(Object.keys(run.fake.clusters)).toEqual(['airflow-gitops-gate']);
    expect(callLines(run).filter((l) => l.startsWith('helm upgrade')).map((l) => /--version (\S+)/.exec(l)![1])).toEqual(['1.19.0']);
  }, 240_000);

  it("fails with task-log-not-found when the task's log never reaches storage", async () => {
    await clearLogs();
    // Between the smoke run and the check, the log disappears — as when a task's upload fails silently.
    const run = await runGate(upgradeInputs({ 'wasb-timeout': '3' }), {
      beforeStep: async (id) => {
        if (id !== 'wasb') return;
        await BlobServiceClient.fromConnectionString(azurite.connectionString).getContainerClient('airflow-logs').deleteBlob(SMOKE_LOG);
      },
    });
    expect(outcomes(run)).toMatchObject({ migrate: 'success', wasb: 'failure', cleanup: 'success', summary: 'failure' });
    expect(step(run, 'wasb').log).toMatch(/WASB109 \[error\] No task log of DAG smoke run airflow-gitops-smoke-target under "wasb-logs\/dag_id=smoke\/run_id=airflow-gitops-smoke-target\/" in container "airflow-logs"/);
    expect(run.outputs['wasb-error-count']).toBe('1');
    expect(run.outputs['blob-path']).toBe('');
  }, 240_000);
});

describe("the user's logging bug (remote_base_log_folder as a wasb:// URL on Airflow 3.1.7)", () => {
  it('is caught twice: by validate-values from the values, and by the task log found under the literal prefix', async () => {
    await clearLogs();
    const values = fs.readFileSync(path.join(import.meta.dirname, 'fixtures/workspace/platform/airflow/values.yaml'), 'utf8').replace('remote_base_log_folder: "wasb-logs"', 'remote_base_log_folder: "wasb://airflow-logs@warbleosstate.blob.core.windows.net/"');
    const run = await runGate(upgradeInputs({ 'from-chart-version': '', 'from-airflow-version': '', 'from-values': '', 'fail-on': 'warning', 'keep-going': 'true' }), { extraFiles: { 'platform/airflow/values.yaml': values } });
    expect(outcomes(run)).toMatchObject({ lint: 'success', 'values-target': 'failure', migrate: 'success', wasb: 'failure', summary: 'failure' });
    expect(step(run, 'values-target').log).toMatch(/VAL051 \[warning\]/);
    // Airflow 3.1.7 really wrote the log under the literal "wasb://…/" prefix, and the check found it there.
    const literal = 'wasb://airflow-logs@warbleosstate.blob.core.windows.net/dag_id=smoke/run_id=airflow-gitops-smoke-target/task_id=smoke/attempt=1.log';
    expect(run.fake.taskLogs?.at(-1)).toMatchObject({ blob: literal, outcome: 'uploaded' });
    expect(run.outputs['blob-path']).toBe(literal);
    expect(step(run, 'wasb').log).toMatch(/WASB001 \[warning\]/);
    expect(run.outputs['wasb-error-count']).toBe('0');
  }, 240_000);
});

describe('secrets', () => {
  // A real-account connection (here: the local Azurite, with a wrong key that is the canary).
  const CANARY_KEY = Buffer.from('canary-gate-key-5e1f-not-the-azurite-key').toString('base64');

  it('never prints the connection or the token: only the runner\'s add-mask commands carry them', async () => {
    const connectionString = `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${CANARY_KEY};BlobEndpoint=http://127.0.0.1:${azurite.port}/devstoreaccount1;`;
    const connection = `wasb://devstoreaccount1:${encodeURIComponent(CANARY_KEY)}@127.0.0.1?connection_string=${encodeURIComponent(connectionString)}`;
    const run = await runGate(upgradeInputs({ 'wasb-connection': connection, 'from-chart-version': '', 'from-airflow-version': '', 'from-values': '', 'wasb-timeout': '5' }));
    // The kind release logs to the "real" account: no Azurite; the wrong key fails the check.
    expect(step(run, 'migrate').env.INPUT_AZURITE).toBe('false');
    expect(callLines(run).some((l) => l.includes('azurite'))).toBe(false);
    expect(outcomes(run)).toMatchObject({ migrate: 'success', wasb: 'failure', cleanup: 'success' });
    expect(step(run, 'wasb').log).toMatch(/WASB10\d \[error\] Azure Storage rejected the credential for account devstoreaccount1/);
    const secrets = [CANARY_KEY, encodeURIComponent(CANARY_KEY), connection, 'ghs_composite-runner-token'];
    for (const secret of secrets) {
      expect(run.log).not.toContain(secret);
      expect(run.summary).not.toContain(secret);
      expect(JSON.stringify(run.outputs)).not.toContain(secret);
      for (const s of run.steps) for (const v of Object.values(s.outputs)) expect(v).not.toContain(secret);
    }
    // In raw process output a secret may appear only inside the runner's ::add-mask:: command.
    for (const line of run.rawLog.split('\n').filter((l) => secrets.slice(0, 2).some((x) => l.includes(x)))) expect(line).toMatch(/^::add-mask::/);
    expect(run.masks).toEqual(expect.arrayContaining([connection]));
    // Never in argv of a cluster tool: the connection reaches the cluster only inside a Secret manifest.
    for (const call of run.fake.calls) {
      expect(call.args.join(' ')).not.toContain(CANARY_KEY);
      for (const doc of (call.stdin ?? '').split(/^---$/m).filter((d) => d.includes(CANARY_KEY))) expect(doc).toMatch(/^kind: Secret$/m);
    }
  }, 240_000);
});
