import { describe, expect, it } from '@jest/globals';
import { airflowBoolean, computeLogLocation, parseWasbUrl, posixJoin } from '../../src/wasb/log-path.js';
import { renderLogFilename, TemplateError } from '../../src/wasb/template.js';
import { BASE_FOLDER_HANDLING, DEFAULT_LOG_FILENAME_TEMPLATE, lookup, parseVersion } from '../../src/wasb/versions.js';

const TS = '2026-11-24T06:00:00+00:00';
const ti = (over: Partial<{ dagId: string; taskId: string; runId: string; mapIndex: number; tryNumber: number }> = {}) => ({
  dagId: 'detect_and_retrain',
  taskId: 'compute_drift',
  runId: 'scheduled__2026-11-24T06:00:00+00:00',
  mapIndex: -1,
  tryNumber: 1,
  ...over,
});

// The user's values: config.logging.remote_base_log_folder as written in deployment-notes.txt.
const USER = { remoteLogging: 'True', remoteBaseLogFolder: 'wasb://airflow-logs@warbleosstate.blob.core.windows.net/', remoteLogConnId: 'azure_blob_storage' };
const REL = 'dag_id=detect_and_retrain/run_id=scheduled__2026-11-24T06:00:00+00:00/task_id=compute_drift/attempt=1.log';

describe('computeLogLocation', () => {
  it('keeps the literal wasb:// prefix in Airflow 3.0 and 3.1 (apache/airflow#58946)', () => {
    for (const version of ['3.0.0', '3.0.6', '3.1.0', '3.1.3']) {
      const loc = computeLogLocation(USER, version, ti(), TS);
      expect(loc.handling).toBe('literal');
      expect(loc.blobName).toBe(`wasb://airflow-logs@warbleosstate.blob.core.windows.net/${REL}`);
      expect(loc.readPrefix).toBe(loc.blobName);
      expect(loc.container).toBe('airflow-logs');
      expect(loc.connId).toBe('azure_blob_storage');
      expect(loc.wasbHandler).toBe(true);
      expect(loc.remoteLogging).toBe(true);
      expect(loc.recordFormat).toBe('json-lines');
    }
  });

  it('strips only the wasb:// scheme in a fixed version, leaving container@account as the prefix', () => {
    const loc = computeLogLocation(USER, '3.2.0', ti(), TS);
    expect(loc.handling).toBe('strip-wasb-scheme');
    expect(loc.blobName).toBe(`airflow-logs@warbleosstate.blob.core.windows.net/${REL}`);
    const docs = computeLogLocation({ remoteBaseLogFolder: 'wasb://logs' }, '3.2.1', ti(), TS);
    expect(docs.blobName).toBe(`logs/${REL}`);
    // wasbs:// selects the handler (starts with "wasb") but is not stripped by the fix.
    const wasbs = computeLogLocation({ remoteBaseLogFolder: 'wasbs://logs' }, '3.2.1', ti(), TS);
    expect(wasbs.wasbHandler).toBe(true);
    expect(wasbs.blobName).toBe(`wasbs://logs/${REL}`);
  });

  it('joins a plain prefix the same way in every version, as os.path.join does', () => {
    for (const version of ['2.9.3', '3.0.0', '3.1.3', '3.2.0']) {
      expect(computeLogLocation({ remoteBaseLogFolder: 'wasb-logs' }, version, ti(), TS).blobName).toBe(`wasb-logs/${REL}`);
      expect(computeLogLocation({ remoteBaseLogFolder: 'wasb-logs/' }, version, ti(), TS).blobName).toBe(`wasb-logs/${REL}`);
    }
    expect(computeLogLocation({ remoteBaseLogFolder: 'wasb-logs' }, '2.9.3', ti(), TS).recordFormat).toBe('text');
  });

  it('adds map_index for mapped tasks and the attempt for retries', () => {
    const mapped = computeLogLocation({ remoteBaseLogFolder: 'wasb-logs' }, '3.1.3', ti({ mapIndex: 0, tryNumber: 3 }), TS);
    expect(mapped.blobName).toBe('wasb-logs/dag_id=detect_and_retrain/run_id=scheduled__2026-11-24T06:00:00+00:00/task_id=compute_drift/map_index=0/attempt=3.log');
    const mapped7 = computeLogLocation(USER, '3.1.3', ti({ mapIndex: 7, tryNumber: 2 }), TS);
    expect(mapped7.blobName.endsWith('/task_id=compute_drift/map_index=7/attempt=2.log')).toBe(true);
    const unmappedRetry = computeLogLocation({ remoteBaseLogFolder: 'wasb-logs' }, '3.2.0', ti({ tryNumber: 2 }), TS);
    expect(unmappedRetry.blobName).not.toContain('map_index');
    expect(unmappedRetry.blobName.endsWith('/task_id=compute_drift/attempt=2.log')).toBe(true);
  });

  it('uses the container from [azure_remote_logging], not from the URL, and wasb_default without a conn id', () => {
    const loc = computeLogLocation({ remoteBaseLogFolder: 'wasb://other@acct.blob.core.windows.net/', remoteWasbLogContainer: 'task-logs' }, '3.1.3', ti(), TS);
    expect(loc.container).toBe('task-logs');
    expect(loc.connId).toBe('wasb_default');
  });

  it('renders a custom Jinja or str.format log_filename_template', () => {
    const jinja = computeLogLocation({ remoteBaseLogFolder: 'wasb-logs', logFilenameTemplate: '{{ ti.dag_id }}/{{ ti.task_id }}/{{ ts }}/{{ try_number }}.log' }, '3.1.3', ti(), TS);
    expect(jinja.blobName).toBe(`wasb-logs/detect_and_retrain/compute_drift/${TS}/1.log`);
    const fmt = computeLogLocation({ remoteBaseLogFolder: 'wasb-logs', logFilenameTemplate: '{dag_id}/{task_id}/{logical_date}/{try_number}.log' }, '3.1.3', ti(), TS);
    expect(fmt.blobName).toBe(`wasb-logs/detect_and_retrain/compute_drift/${TS}/1.log`);
  });

  it('uses the str.format keys and Jinja context of the version', () => {
    const fmt2 = computeLogLocation({ remoteBaseLogFolder: 'wasb-logs', logFilenameTemplate: '{dag_id}/{execution_date}/{try_number}.log' }, '2.9.3', ti(), TS);
    expect(fmt2.blobName).toBe(`wasb-logs/detect_and_retrain/${TS}/1.log`);
    // Airflow 3 renamed execution_date to logical_date in the format keys: a KeyError there.
    expect(() => computeLogLocation({ remoteBaseLogFolder: 'wasb-logs', logFilenameTemplate: '{dag_id}/{execution_date}/{try_number}.log' }, '3.0.0', ti(), TS)).toThrow(/does not provide/);
    // Airflow 3's Jinja context is only ti, ts, try_number: unknown names render empty.
    expect(computeLogLocation({ remoteBaseLogFolder: 'wasb-logs', logFilenameTemplate: '{{ ti.dag_id }}/{{ ds }}x.log' }, '3.1.3', ti(), TS).blobName).toBe('wasb-logs/detect_and_retrain/x.log');
    // Airflow 2 passes the whole task context, which this check does not reproduce: refuse rather than guess.
    expect(() => computeLogLocation({ remoteBaseLogFolder: 'wasb-logs', logFilenameTemplate: '{{ ti.dag_id }}/{{ ds }}.log' }, '2.10.5', ti(), TS)).toThrow(/Airflow 2 task context/);
  });

  it('detects a template whose upload name differs from the prefix the UI lists', () => {
    const loc = computeLogLocation({ remoteBaseLogFolder: 'wasb-logs', logFilenameTemplate: '{{ ti.dag_id }}//{{ ti.task_id }}/{{ try_number }}.log' }, '3.1.3', ti(), TS);
    expect(loc.blobName).toBe('wasb-logs/detect_and_retrain/compute_drift/1.log');
    expect(loc.readPrefix).toBe('wasb-logs/detect_and_retrain//compute_drift/1.log');
  });

  it('rejects versions it does not know and booleans Airflow rejects', () => {
    expect(() => computeLogLocation(USER, 'latest', ti(), TS)).toThrow(/not an Airflow version/);
    expect(() => computeLogLocation(USER, '1.10.15', ti(), TS)).toThrow(/older than/);
    expect(() => computeLogLocation({ ...USER, remoteLogging: 'yes' }, '3.1.3', ti(), TS)).toThrow(/not a boolean/);
  });
});

describe('version table and helpers', () => {
  it('looks rows up by version', () => {
    expect(lookup(BASE_FOLDER_HANDLING, parseVersion('3.1.7')!)!.value).toBe('literal');
    expect(lookup(BASE_FOLDER_HANDLING, parseVersion('3.1.8')!)!.value).toBe('strip-wasb-scheme');
    expect(lookup(BASE_FOLDER_HANDLING, parseVersion('v3.2.0rc1')!)!.value).toBe('strip-wasb-scheme');
    expect(lookup(BASE_FOLDER_HANDLING, parseVersion('3.3')!)!.value).toBe('strip-wasb-scheme');
    expect(lookup(DEFAULT_LOG_FILENAME_TEMPLATE, parseVersion('2.2.0')!)).toBeUndefined();
  });

  it('reads booleans as Airflow getboolean does', () => {
    expect(airflowBoolean('True', false)).toBe(true);
    expect(airflowBoolean('t', false)).toBe(true);
    expect(airflowBoolean('1', false)).toBe(true);
    expect(airflowBoolean('false # off', true)).toBe(false);
    expect(airflowBoolean(undefined, false)).toBe(false);
    expect(() => airflowBoolean('on', false)).toThrow();
  });

  it('joins like os.path.join and parses wasb URLs', () => {
    expect(posixJoin('a', 'b')).toBe('a/b');
    expect(posixJoin('a/', 'b')).toBe('a/b');
    expect(posixJoin('a', '/b')).toBe('/b');
    expect(posixJoin('', 'b')).toBe('b');
    expect(parseWasbUrl('wasb://airflow-logs@warbleosstate.blob.core.windows.net/')).toEqual({ container: 'airflow-logs', account: 'warbleosstate', path: '' });
    expect(parseWasbUrl('wasb://logs')).toEqual({ container: 'logs', account: undefined, path: '' });
    expect(parseWasbUrl('wasb-logs')).toBeUndefined();
  });

  it('renders the Jinja subset and refuses what it cannot render', () => {
    const ctx = { ti: ti({ mapIndex: 2 }), ts: TS };
    expect(renderLogFilename('{% if ti.map_index >= 0 %}m{{ ti.map_index }}{% else %}none{% endif %}', ctx)).toBe('m2');
    expect(renderLogFilename('{{ ti.task_id }}/{% if ti.map_index < 0 %}m{% elif ti.map_index == 2 %}two{% else %}none{% endif %}', ctx)).toBe('compute_drift/two');
    // Like Airflow, a template without "{{" is a str.format string, so {% %} alone is not Jinja.
    expect(() => renderLogFilename('{% if ti.map_index < 0 %}m{% endif %}', ctx)).toThrow(TemplateError);
    expect(renderLogFilename("{{ ti.missing|default('x') }}-{{ try_number|default(ti.try_number) }}", ctx)).toBe('x-1');
    expect(() => renderLogFilename('{% for x in y %}{% endfor %}{{ a }}', ctx)).toThrow(TemplateError);
    expect(() => renderLogFilename('{{ ti.dag_id | truncate(3) }}', ctx)).toThrow(TemplateError);
    expect(() => renderLogFilename('{dag_id}/{nope}.log', ctx)).toThrow(TemplateError);
  });
});
