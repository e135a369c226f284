import { createRequire } from 'node:module';
import * as path from 'node:path';
import { computeLogLocation } from '../../src/wasb/log-path.js';

/**
 * The fake cluster's model of a task shipping its log (test/fake-toolchain/lib/task-log.cjs) decides
 * what the gate tests can prove, so its own behaviour is pinned here: blob names agree with the
 * independent model in src/wasb, and every broken link in the chain loses the log, as in Airflow.
 */
const require = createRequire(import.meta.url);
const { uploadTaskLog, taskLogBlob, hostEndpoint } = require(path.resolve(import.meta.dirname, '../fake-toolchain/lib/task-log.cjs')) as {
  uploadTaskLog: (s: unknown, ns: string, release: string, image: string, dag: string, run: string) => 'failed' | undefined;
  taskLogBlob: (values: unknown, version: string, dag: string, run: string, task: string) => string;
  hostEndpoint: (s: unknown, blobEndpoint: string) => { url?: string; error?: string };
};

const logging = (base: string, extra: Record<string, unknown> = {}) => ({ config: { logging: { remote_logging: 'True', remote_base_log_folder: base, remote_log_conn_id: 'azure_blob_storage', ...extra } } });

describe('fake task-log model', () => {
  it('names blobs as src/wasb computes them, for 3.1.7 (literal wasb://) and 3.1.8 (stripped)', () => {
    for (const [base, version] of [['wasb-logs', '3.1.7'], ['wasb://airflow-logs@acct.blob.core.windows.net/', '3.1.7'], ['wasb://airflow-logs@acct.blob.core.windows.net/', '3.1.8'], ['wasb-logs/', '2.9.3']] as const) {
      const ours = computeLogLocation({ remoteBaseLogFolder: base }, version, { dagId: 'd', taskId: 't', runId: 'r', mapIndex: -1, tryNumber: 1 }, '2026-01-01T00:00:00+00:00').blobName;
      expect(taskLogBlob(logging(base), version, 'd', 'r', 't')).toBe(ours);
    }
  });

  function state(over: { values?: unknown; connUri?: string; service?: boolean; mapped?: boolean } = {}) {
    const cs = 'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=a2V5;BlobEndpoint=http://azurite.warble-system.svc.cluster.local:10000/devstoreaccount1;';
    return {
      releases: { 'airflow/airflow': { values: over.values ?? logging('wasb-logs') } },
      db: { connUris: { azure_blob_storage: over.connUri ?? `wasb://devstoreaccount1:k@azurite?connection_string=${encodeURIComponent(cs)}` } },
      objects: over.service === false ? {} : { 'warble-system/Service/azurite': { spec: { ports: [{ port: 10000, nodePort: 30100 }] } } },
      clusters: { gate: { portMappings: over.mapped === false ? [] : [{ containerPort: 30100, hostPort: 1 }] } },
    } as Record<string, unknown> & { taskLogs?: Array<{ outcome: string }> };
  }
  const outcome = (s: ReturnType<typeof state>) => {
    uploadTaskLog(s, 'airflow', 'airflow', 'apache/airflow:3.1.7', 'smoke', 'run');
    return s.taskLogs![0].outcome;
  };

  it("reaches Azurite the way a pod does: a dotted host name is Azurite's account unless it runs with --disableProductStyleUrl (as on a real cluster)", () => {
    const endpoint = 'http://azurite.warble-system.svc.cluster.local:10000/devstoreaccount1';
    const withCommand = (command: string[]) => ({ ...state(), objects: { ...(state().objects as object), 'warble-system/Deployment/azurite': { spec: { template: { spec: { containers: [{ command }] } } } } } });
    expect(hostEndpoint(withCommand(['azurite-blob', '--blobHost', '0.0.0.0']), endpoint)).toEqual({ url: 'http://127.0.0.1:1/azurite/devstoreaccount1' });
    expect(hostEndpoint(withCommand(['azurite-blob', '--blobHost', '0.0.0.0', '--disableProductStyleUrl']), endpoint)).toEqual({ url: 'http://127.0.0.1:1/devstoreaccount1' });
  });

  it('loses the log at every broken link, without failing the task (Airflow swallows upload errors) — except a missing connection on Airflow 3', () => {
    expect(outcome(state({ values: { config: { logging: { remote_logging: 'False', remote_base_log_folder: 'wasb-logs' } } } }))).toBe('remote logging off: log stays in the deleted pod');
    // Airflow 2 fails only the upload; Airflow 3 fails the task before it runs (real kind cluster, 3.1.8).
    const missing = state({ connUri: undefined, values: logging('wasb-logs', { remote_log_conn_id: 'other' }) });
    expect(uploadTaskLog(missing, 'airflow', 'airflow', 'apache/airflow:2.9.3', 'smoke', 'run')).toBeUndefined();
    expect(missing.taskLogs!.at(-1)?.outcome).toBe('connection other not defined: upload failed');
    expect(uploadTaskLog(missing, 'airflow', 'airflow', 'apache/airflow:3.1.8', 'smoke', 'run')).toBe('failed');
    expect(missing.taskLogs!.at(-1)?.outcome).toBe('connection other not defined: the task failed before it ran');
    expect(outcome(state({ service: false }))).toMatch(/^upload failed: Failed to resolve 'azurite\.warble-system\.svc\.cluster\.local'/);
    expect(outcome(state({ mapped: false }))).toBe('upload failed: NodePort 30100 is not mapped to the runner');
    expect(outcome(state({ connUri: 'wasb://acct:key@acct.blob.core.windows.net?connection_string=' + encodeURIComponent('AccountName=a;AccountKey=b;BlobEndpoint=https://acct.blob.core.windows.net;') }))).toBe('upload failed: acct.blob.core.windows.net is outside the fake cluster');
    // Mapped, but nothing listens on the host port: the real upload fails.
    expect(outcome(state())).toMatch(/^upload failed: /);
  });
});
