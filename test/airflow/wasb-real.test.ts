/**
 * Airflow's own WASB remote logging uploads a task log to Azurite; verify-wasb-logs, given the same
 * values and connection, must name the same container and blob and read that very log back.
 *
 * The settings reach Airflow the way the chart delivers them: `config:` rendered into airflow.cfg,
 * the connection as AIRFLOW_CONN_<ID>. test/airflow/wasb_upload.py makes the upload through the
 * handler airflow_local_settings builds (see its docstring for the exact call per version).
 */
import { BlobServiceClient, StorageSharedKeyCredential } from '@azure/storage-blob';
import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import { stringify } from 'yaml';
import { loggingConfigFromValues } from '../../src/wasb/airflow-config.js';
import { startAzurite, type Emulator } from '../../src/wasb/emulator.js';
import { verifyWasbLogs } from '../../src/wasb/engine.js';
import { computeLogLocation, posixJoin } from '../../src/wasb/log-path.js';
import {
  AIRFLOW_TRACKS,
  airflowEnv,
  describeAirflow,
  ensureVenv,
  HARNESS_DIR,
  lockInfo,
  runOk,
  tempAirflowHome,
  type AirflowTrack,
} from './harness.js';

const MINUTE = 60_000;
const UPLOAD_SCRIPT = path.join(HARNESS_DIR, 'wasb_upload.py');
const CONTAINER = 'airflow-logs';
const CONN_ID = 'azure_blob_storage';
const LOGICAL_DATE = '2026-11-24T06:00:00+00:00';
const RUN_ID = `scheduled__${LOGICAL_DATE}`;
const TASK_ID = 'compute_drift';

/** The two forms of remote_base_log_folder users write: a plain prefix, and the user's URL. */
const BASE_FOLDERS = {
  prefix: 'wasb-airflow-logs',
  url: 'wasb://airflow-logs@devstoreaccount1.blob.core.windows.net/',
} as const;
type BaseForm = keyof typeof BASE_FOLDERS;
/** Whether each pinned Airflow keeps `wasb://` in blob names (apache/airflow#58946, fixed in 3.1.8). */
const KEEPS_SCHEME: Record<AirflowTrack, boolean> = { '2.9': true, '3.1': false, latest: false };

interface Upload {
  airflow_version: string;
  handler_class: string;
  remote_base: string;
  container: string;
  relative_path: string;
  uploaded_text: string;
}

interface Case {
  track: AirflowTrack;
  form: BaseForm;
  dagId: string;
  values: Record<string, unknown>;
  valuesFile: string;
  connection: string;
  upload: Upload;
  home: { home: string; remove: () => Promise<void> };
}

/** The chart's `config:` rendered as airflow.cfg sections (what the chart's ConfigMap holds). */
function airflowCfg(config: Record<string, Record<string, string>>): string {
  return Object.entries(config)
    .map(([section, keys]) => `[${section}]\n${Object.entries(keys).map(([k, v]) => `${k} = ${v}`).join('\n')}\n`)
    .join('\n');
}

function valuesFor(track: AirflowTrack, form: BaseForm) {
  const config = {
    logging: { remote_logging: 'True', remote_base_log_folder: BASE_FOLDERS[form], remote_log_conn_id: CONN_ID },
    azure_remote_logging: { remote_wasb_log_container: CONTAINER },
  };
  return { airflowVersion: lockInfo(track).airflowVersion, config };
}

describeAirflow('real Airflow WASB remote logging vs verify-wasb-logs', () => {
  const started = performance.now();
  let emulator: Emulator;
  let admin: BlobServiceClient;
  const cases: Case[] = [];
  const homes: Array<{ remove: () => Promise<void> }> = [];

  beforeAll(async () => {
    emulator = await startAzurite();
    admin = new BlobServiceClient(emulator.blobEndpoint, new StorageSharedKeyCredential(emulator.accountName, emulator.accountKey));
    // Airflow never creates the container; the platform team does.
    await admin.getContainerClient(CONTAINER).create();
    const connection = JSON.stringify({ conn_type: 'wasb', host: emulator.blobEndpoint, login: emulator.accountName, password: emulator.accountKey });

    const prepare = async (track: AirflowTrack, form: BaseForm): Promise<Case> => {
      const venv = await ensureVenv(track);
      const home = await tempAirflowHome('airflow-wasb-');
      homes.push(home);
      const values = valuesFor(track, form);
      const valuesFile = path.join(home.home, 'values.yaml');
      await fsp.writeFile(valuesFile, stringify(values));
      await fsp.writeFile(path.join(home.home, 'airflow.cfg'), airflowCfg(values.config));
      const dagId = `wasb_parity_${track.replace('.', '')}_${form}`;
      const env = airflowEnv(home.home, `sqlite:///${path.join(home.home, 'airflow.db')}`, {
        [`AIRFLOW_CONN_${CONN_ID.toUpperCase()}`]: connection,
      });
      const result = await runOk(venv.python, [UPLOAD_SCRIPT, dagId, TASK_ID, RUN_ID, '1', '-1', LOGICAL_DATE], { env, timeoutMs: 3 * MINUTE });
      const upload = JSON.parse(result.stdout) as Upload;
      return { track, form, dagId, values, valuesFile, connection, upload, home };
    };
    // Two at a time: each upload is one short Python process, CPU-bound on import.
    const pairs = AIRFLOW_TRACKS.flatMap((track) => (Object.keys(BASE_FOLDERS) as BaseForm[]).map((form) => [track, form] as const));
    for (let i = 0; i < pairs.length; i += 2) {
      cases.push(...(await Promise.all(pairs.slice(i, i + 2).map(([track, form]) => prepare(track, form)))));
    }
  }, 10 * MINUTE);

  afterAll(async () => {
    await emulator?.stop();
    await Promise.all(homes.map((home) => home.remove()));
    process.stderr.write(`[airflow tier] wasb-real: ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  }, MINUTE);

  const table = AIRFLOW_TRACKS.flatMap((track) => (Object.keys(BASE_FOLDERS) as BaseForm[]).map((form) => [track, form] as const));

  it.each(table)('%s, remote_base_log_folder as %s: Airflow uploads where computeLogLocation says, and we read it back', async (track, form) => {
    const c = cases.find((x) => x.track === track && x.form === form)!;
    expect(c.upload.airflow_version).toBe(lockInfo(track).airflowVersion);
    expect(c.upload.handler_class).toMatch(track === '2.9' ? /\.WasbTaskHandler$/ : /\.WasbRemoteLogIO$/);

    const config = loggingConfigFromValues(c.values).config;
    const location = computeLogLocation(config, c.upload.airflow_version, { dagId: c.dagId, taskId: TASK_ID, runId: RUN_ID, mapIndex: -1, tryNumber: 1 }, LOGICAL_DATE);
    expect(location.container).toBe(c.upload.container);
    expect(location.remoteBase).toBe(c.upload.remote_base);
    expect(location.relativePath).toBe(c.upload.relative_path);
    expect(location.connId).toBe(CONN_ID);

    // The container holds exactly one log of this DAG, under the name we computed.
    const container = admin.getContainerClient(location.container);
    const written: string[] = [];
    for await (const blob of container.listBlobsFlat()) if (blob.name.includes(`dag_id=${c.dagId}/`)) written.push(blob.name);
    expect(written).toEqual([location.blobName]);
    const listedByUi: string[] = [];
    for await (const blob of container.listBlobsFlat({ prefix: location.readPrefix })) listedByUi.push(blob.name);
    expect(listedByUi).toEqual([location.blobName]);
    const body = await container.getBlobClient(location.blobName).downloadToBuffer();
    expect(body.toString('utf8')).toBe(c.upload.uploaded_text);

    // The literal-prefix behaviour, as Airflow showed it: 2.9.3 keeps `wasb://`, 3.1.8 and later strip it.
    if (form === 'url') {
      expect(c.upload.remote_base).toBe(KEEPS_SCHEME[track] ? BASE_FOLDERS.url : BASE_FOLDERS.url.slice('wasb://'.length));
      expect(location.handling).toBe(KEEPS_SCHEME[track] ? 'literal' : 'strip-wasb-scheme');
    }
  }, MINUTE);

  it.each(table)('%s, remote_base_log_folder as %s: verify-wasb-logs with the same values and connection writes beside it', async (track, form) => {
    const c = cases.find((x) => x.track === track && x.form === form)!;
    const result = await verifyWasbLogs({
      valuesFiles: [c.valuesFile],
      cwd: c.home.home,
      env: { [`AIRFLOW_CONN_${CONN_ID.toUpperCase()}`]: c.connection },
      dagId: c.dagId,
      taskId: TASK_ID,
      timeoutMs: 30_000,
    });
    const outputs = result.outputs ?? {};
    expect(result.run.details).toContainEqual(['Airflow', c.upload.airflow_version]);
    expect(outputs.container).toBe(c.upload.container);
    expect(outputs.account).toBe(emulator.accountName);
    // Same prefix and layout as Airflow's own upload; only the probe's run id differs.
    const airflowPrefix = posixJoin(c.upload.remote_base, `dag_id=${c.dagId}/run_id=`);
    expect(outputs['blob-path'].startsWith(airflowPrefix)).toBe(true);
    expect(outputs['blob-path']).toMatch(new RegExp(`/task_id=${TASK_ID}/attempt=1\\.log$`));
    // The only finding: the scheme kept in blob names, exactly where Airflow kept it.
    const expected = c.upload.remote_base.includes('://') ? ['wasb-scheme-in-blob-name'] : [];
    expect(result.findings.map((f) => f.ruleName)).toEqual(expected);
  }, MINUTE);
});
