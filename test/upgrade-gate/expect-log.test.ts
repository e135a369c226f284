import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { BlobServiceClient } from '@azure/storage-blob';
import { UsageError } from '../../src/core/finding.js';
import { startAzurite, type Emulator } from '../../src/wasb/emulator.js';
import { verifyWasbLogs } from '../../src/wasb/engine.js';
import { taskLogPrefix } from '../../src/wasb/find-task-log.js';

/** verify-wasb-logs' expect-log mode: find and read a log Airflow wrote, against a real Azurite. */
let azurite: Emulator;
beforeAll(async () => {
  azurite = await startAzurite();
});
afterAll(async () => {
  await azurite?.stop();
});

const USER_BASE = 'wasb://airflow-logs@warbleosstate.blob.core.windows.net/';

describe('taskLogPrefix', () => {
  it('keeps the literal wasb:// prefix up to 3.1.7 and strips the scheme from 3.1.8 (apache/airflow#58946)', () => {
    expect(taskLogPrefix({ remoteBaseLogFolder: USER_BASE }, '3.1.7', 'smoke', 'run1')).toBe(`${USER_BASE}dag_id=smoke/run_id=run1/`);
    expect(taskLogPrefix({ remoteBaseLogFolder: USER_BASE }, '3.1.8', 'smoke', 'run1')).toBe('airflow-logs@warbleosstate.blob.core.windows.net/dag_id=smoke/run_id=run1/');
    expect(taskLogPrefix({ remoteBaseLogFolder: 'wasb-logs' }, '2.9.3', 'smoke', 'run1')).toBe('wasb-logs/dag_id=smoke/run_id=run1/');
  });

  it('narrows to one task when given, and falls back to the base folder for templates without the task', () => {
    expect(taskLogPrefix({ remoteBaseLogFolder: 'wasb-logs' }, '3.1.7', 'smoke', 'run1', 'hello')).toBe('wasb-logs/dag_id=smoke/run_id=run1/task_id=hello/');
    expect(taskLogPrefix({ remoteBaseLogFolder: 'wasb-logs', logFilenameTemplate: '{{ ti.dag_id }}/{{ ti.run_id }}/{{ ti.task_id }}-{{ try_number }}.log' }, '3.1.7', 'd', 'r')).toBe('wasb-logs/d/r/');
    expect(taskLogPrefix({ remoteBaseLogFolder: 'wasb-logs', logFilenameTemplate: '{{ ti.dag_id }}.log' }, '3.1.7', 'd', 'r')).toBe('wasb-logs');
  });
});

describe('verifyWasbLogs with expectLog', () => {
  const container = 'airflow-logs';
  async function seed(blob: string, text: string): Promise<void> {
    const c = BlobServiceClient.fromConnectionString(azurite.connectionString).getContainerClient(container);
    await c.createIfNotExists();
    await c.getBlockBlobClient(blob).upload(text, Buffer.byteLength(text));
  }

  it("finds the task's log under the literal prefix Airflow 3.1.7 writes, reads it, and touches nothing", async () => {
    const blob = `${USER_BASE}dag_id=detect_and_retrain/run_id=manual__1/task_id=submit_rayjob/attempt=1.log`;
    const text = '{"timestamp":"2026-01-01T00:00:00.000000Z","level":"info","event":"Task instance is in running state"}\n{"event":"done"}\n';
    await seed(blob, text);
    const withValues = await verifyWasbLogsWithBase(USER_BASE, { dagId: 'detect_and_retrain', runId: 'manual__1' });
    expect(withValues.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(withValues.findings.map((f) => f.ruleId)).toContain('WASB001');
    expect(withValues.outputs).toMatchObject({ 'blob-path': blob, container, account: 'devstoreaccount1', 'task-log-bytes': String(Buffer.byteLength(text)) });
    expect(withValues.run.sections?.[0].markdown).toContain('| 2 |');
    const names: string[] = [];
    for await (const b of BlobServiceClient.fromConnectionString(azurite.connectionString).getContainerClient(container).listBlobsFlat({ prefix: USER_BASE })) names.push(b.name);
    expect(names).toEqual([blob]);
  });

  it('reports task-log-not-found (WASB109) when the run left no log, within the timeout', async () => {
    const r = await verifyWasbLogsWithBase('wasb-logs', { dagId: 'smoke', runId: 'never-ran', timeoutMs: 1500 });
    expect(r.findings.map((f) => `${f.ruleId} ${f.severity}`)).toEqual(['WASB109 error']);
    expect(r.findings[0].message).toMatch(/^No task log of DAG smoke run never-ran under "wasb-logs\/dag_id=smoke\/run_id=never-ran\/" in container "airflow-logs" after \d+ s/);
    expect(r.outputs?.['blob-path']).toBe('');
  });

  it('an empty log is a finding too', async () => {
    await seed('wasb-logs/dag_id=smoke/run_id=empty/task_id=t/attempt=1.log', '');
    const r = await verifyWasbLogsWithBase('wasb-logs', { dagId: 'smoke', runId: 'empty' });
    expect(r.findings.map((f) => f.message)).toEqual(['The task log wasb-logs/dag_id=smoke/run_id=empty/task_id=t/attempt=1.log exists but is empty.']);
  });

  it('a missing container is WASB103, not "not found"', async () => {
    const r = await verifyWasbLogsWithBase('wasb-logs', { dagId: 'smoke', runId: 'x', container: 'no-such-container' });
    expect(r.findings.map((f) => f.ruleId)).toEqual(['WASB103']);
  });

  it('refuses expect-log with a fresh emulator (it cannot hold a log Airflow wrote)', async () => {
    await expect(verifyWasbLogs({ emulator: true, expectLog: { runId: 'r' } })).rejects.toThrow(UsageError);
  });
});

/** verify-wasb-logs as the gate runs it: values with the user's logging settings, Airflow 3.1.7. */
async function verifyWasbLogsWithBase(base: string, o: { dagId: string; runId: string; timeoutMs?: number; container?: string }) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'expect-log-'));
  fs.writeFileSync(path.join(dir, 'values.yaml'), `airflowVersion: 3.1.7\nconfig:\n  logging:\n    remote_logging: "True"\n    remote_base_log_folder: "${base}"\n    remote_log_conn_id: azure_blob_storage\n`);
  return verifyWasbLogs({ cwd: dir, valuesFiles: ['values.yaml'], connection: azurite.connectionString, container: o.container, dagId: o.dagId, expectLog: { runId: o.runId, pollMs: 1 }, timeoutMs: o.timeoutMs ?? 10_000, env: {} });
}
