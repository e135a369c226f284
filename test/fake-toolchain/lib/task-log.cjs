'use strict';
/**
 * The fake cluster's model of a KubernetesExecutor task shipping its log with WASB remote logging,
 * written independently of src/wasb so the tests compare two models, not one with itself:
 *
 * - Airflow reads [logging] remote_logging / remote_base_log_folder / remote_log_conn_id and
 *   [azure_remote_logging] remote_wasb_log_container from the release's values (config.*);
 * - the blob name is remote_base_log_folder joined with the default log_filename_template — the
 *   whole value, wasb:// included, up to 3.1.7 (apache/airflow#58946), "wasb://" stripped from 3.1.8;
 * - the connection's connection_string names the blob endpoint; a `<svc>.<ns>.svc…` host resolves
 *   to that Service, its NodePort to the kind cluster's extraPortMappings host port on 127.0.0.1.
 *
 * Like Airflow, an upload that fails is swallowed (the task still succeeds), but on Airflow 3 a
 * remote-logging connection that is not defined fails the task before it runs (uploadTaskLog then
 * returns 'failed'); the outcome is recorded
 * in state.taskLogs for the tests. The upload itself is real (@azure/storage-blob in a child process,
 * since the fake is synchronous).
 */
const { spawnSync } = require('node:child_process');

/** Reads a nested property, undefined when any step is missing (shared with fake.cjs). */
function dig(o, ...keys) {
  let cur = o;
  for (const k of keys) {
    if (!cur || typeof cur !== 'object') return undefined;
    cur = cur[k];
  }
  return cur;
}

function versionAtLeast(v, min) {
  const a = v.split('.').map(Number);
  const b = min.split('.').map(Number);
  for (let i = 0; i < 3; i++) if ((a[i] || 0) !== (b[i] || 0)) return (a[i] || 0) > (b[i] || 0);
  return true;
}

function taskLogBlob(values, airflowVersion, dagId, runId, taskId) {
  let base = String(dig(values, 'config', 'logging', 'remote_base_log_folder') || '');
  if (versionAtLeast(airflowVersion, '3.1.8') && base.startsWith('wasb://')) base = base.slice('wasb://'.length);
  const rel = `dag_id=${dagId}/run_id=${runId}/task_id=${taskId}/attempt=1.log`;
  return base === '' ? rel : base.endsWith('/') ? base + rel : `${base}/${rel}`;
}

function logRecords(dagId, runId, taskId) {
  const at = '2026-01-01T00:00:05.123000Z';
  return [
    { timestamp: at, level: 'info', event: 'DAG bundles loaded: dags-folder', logger: 'airflow.dag_processing.bundles.manager.DagBundlesManager' },
    { timestamp: at, level: 'info', event: `Task instance is in running state`, logger: 'task.stdout', dag_id: dagId, run_id: runId, task_id: taskId },
    { timestamp: at, level: 'info', event: 'Done. Returned value was: None', logger: 'airflow.task.operators.airflow.providers.standard.operators.python.PythonOperator' },
  ].map((r) => JSON.stringify(r)).join('\n') + '\n';
}

/** The runner-side URL of an in-cluster blob endpoint, or a reason it cannot be reached. */
function hostEndpoint(s, blobEndpoint) {
  let url;
  try {
    url = new URL(blobEndpoint);
  } catch {
    return { error: `invalid BlobEndpoint ${blobEndpoint}` };
  }
  const m = /^([a-z0-9-]+)\.([a-z0-9-]+)\.svc(\.cluster\.local)?$/.exec(url.hostname);
  if (!m) return { error: `${url.hostname} is outside the fake cluster` };
  const svc = s.objects[`${m[2]}/Service/${m[1]}`];
  if (!svc) return { error: `Failed to resolve '${url.hostname}' ([Errno -2] Name or service not known)` };
  const port = (svc.spec.ports || []).find((p) => p.port === Number(url.port || 80));
  if (!port || !port.nodePort) return { error: `connection refused: ${url.hostname}:${url.port}` };
  const cluster = Object.values(s.clusters)[0];
  const mapping = ((cluster && cluster.portMappings) || []).find((p) => p.containerPort === port.nodePort);
  if (!mapping) return { error: `NodePort ${port.nodePort} is not mapped to the runner` };
  // Azurite takes the account from the first label of a dotted host name (a "production-style" URL)
  // unless it runs with --disableProductStyleUrl: seen on a real kind cluster, where the task's upload
  // to http://azurite.warble-system.svc.cluster.local:10000/devstoreaccount1/… went to account
  // "azurite" and failed with ResourceNotFound. Path-style on 127.0.0.1 reproduces that request.
  const command = dig(s.objects[`${m[2]}/Deployment/${m[1]}`], 'spec', 'template', 'spec', 'containers', 0, 'command') || [];
  const productStyle = command.some((a) => /azurite/.test(a)) && !command.includes('--disableProductStyleUrl');
  return { url: `http://127.0.0.1:${mapping.hostPort}${productStyle ? `/${m[1]}` : ''}${url.pathname}` };
}

function uploadTaskLog(s, ns, release, image, dagId, runId) {
  s.taskLogs ??= [];
  const rel = s.releases[`${ns}/${release}`];
  const values = (rel && rel.values) || {};
  const airflowVersion = (/:(\d+\.\d+\.\d+)/.exec(image) || [])[1] || '3.1.7';
  const taskId = process.env.FAKE_KUBE_SMOKE_TASK || 'smoke';
  const record = { dagId, runId, taskId };
  s.taskLogs.push(record);
  const remote = /^(t|true|1)$/i.test(String(dig(values, 'config', 'logging', 'remote_logging') || ''));
  const base = String(dig(values, 'config', 'logging', 'remote_base_log_folder') || '');
  if (!remote || !base.startsWith('wasb')) return void (record.outcome = 'remote logging off: log stays in the deleted pod');
  const connId = dig(values, 'config', 'logging', 'remote_log_conn_id') || 'wasb_default';
  const uri = (s.db.connUris || {})[connId];
  if (!uri) {
    // Airflow 3's task supervisor fetches the remote-logging connection before the task starts and
    // raises (RuntimeError: generator didn't yield) when it is missing: the task fails without running
    // (seen on the real kind cluster with 3.1.8). Airflow 2 only fails the upload, after the task.
    if (Number(airflowVersion.split('.')[0]) >= 3) {
      record.outcome = `connection ${connId} not defined: the task failed before it ran`;
      return 'failed';
    }
    return void (record.outcome = `connection ${connId} not defined: upload failed`);
  }
  const query = new URLSearchParams(uri.split('?')[1] || '');
  const cs = query.get('connection_string') || '';
  const endpoint = (/BlobEndpoint=([^;]+)/.exec(cs) || [])[1];
  if (!endpoint) return void (record.outcome = 'connection has no connection_string BlobEndpoint: not modelled');
  const host = hostEndpoint(s, endpoint);
  if (host.error) return void (record.outcome = `upload failed: ${host.error}`);
  const container = dig(values, 'config', 'azure_remote_logging', 'remote_wasb_log_container') || 'airflow-logs';
  const blob = taskLogBlob(values, airflowVersion, dagId, runId, taskId);
  const job = { connectionString: cs.replace(endpoint, host.url), container, blob, content: logRecords(dagId, runId, taskId) };
  const r = spawnSync(process.execPath, [__filename, 'upload'], { input: JSON.stringify(job), encoding: 'utf8', timeout: 20_000 });
  Object.assign(record, { container, blob, outcome: r.status === 0 ? 'uploaded' : `upload failed: ${(r.stderr || r.error || '').toString().trim().split('\n')[0]}` });
}

async function uploadFromStdin() {
  const { BlobServiceClient } = require('@azure/storage-blob');
  const job = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
  const client = BlobServiceClient.fromConnectionString(job.connectionString, { retryOptions: { maxTries: 1 } });
  // WasbHook.load_string(..., create_container=False): a missing container fails the upload.
  await client.getContainerClient(job.container).getBlockBlobClient(job.blob).upload(job.content, Buffer.byteLength(job.content));
}

if (require.main === module && process.argv[2] === 'upload') {
  uploadFromStdin().then(
    () => process.exit(0),
    (e) => {
      process.stderr.write(`${e.code || e.name}: ${String(e.message).split('\n')[0]}\n`);
      process.exit(1);
    },
  );
}

module.exports = { uploadTaskLog, taskLogBlob, hostEndpoint, dig };
