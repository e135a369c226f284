/**
 * Facts about Airflow's WASB remote logging that change between versions, as data.
 * Each row applies from `since` (inclusive) until the next row's `since`.
 */

export interface VersionRow<T> {
  since: string;
  value: T;
  /** Where the fact was verified. */
  source: string;
}

/** How Airflow turns `[logging] remote_base_log_folder` into the prefix of every blob name. */
export type BaseFolderHandling =
  /** The whole value, `wasb://…` included, is used as the blob-name prefix (apache/airflow#58946). */
  | 'literal'
  /** A leading `wasb://` is removed; whatever follows (e.g. `container@account.host/`) stays. */
  | 'strip-wasb-scheme';

/**
 * Keyed by the Airflow core version: the base folder is handed to WasbRemoteLogIO by
 * airflow_local_settings.py in airflow-core, so the provider version does not change it.
 */
export const BASE_FOLDER_HANDLING: VersionRow<BaseFolderHandling>[] = [
  {
    since: '2.0.0',
    value: 'literal',
    source: 'airflow-core config_templates/airflow_local_settings.py passes remote_base_log_folder unchanged as remote_base (apache/airflow#58946)',
  },
  {
    // Backported to the 3.1 line: 3.1.7's wheel still passes the value unchanged, 3.1.8's strips it
    // (checked in the apache-airflow-core 3.1.6, 3.1.7, 3.1.8 and 3.2.0 wheels; 3.1.8 and 3.3.2 by a
    // real upload in test/airflow/wasb-real.test.ts).
    since: '3.1.8',
    value: 'strip-wasb-scheme',
    source: 'apache/airflow#61013 (closes #58946), released in apache-airflow-core 3.1.8: remote_base = remote_base_log_folder.removeprefix("wasb://")',
  },
];

/** Default `[logging] log_filename_template`; the blob name below the base folder is this, rendered. */
export const DEFAULT_LOG_FILENAME_TEMPLATE: VersionRow<string>[] = [
  {
    since: '2.3.0',
    value:
      'dag_id={{ ti.dag_id }}/run_id={{ ti.run_id }}/task_id={{ ti.task_id }}/' +
      '{% if ti.map_index >= 0 %}map_index={{ ti.map_index }}/{% endif %}' +
      'attempt={{ try_number|default(ti.try_number) }}.log',
    source: 'airflow config.yml [logging] log_filename_template default (2.3+, unchanged in 2.9 and 3.x)',
  },
];

/** How FileTaskHandler._render_filename renders a template: which str.format keys exist, and whether
 * a Jinja template sees only {ti, ts, try_number} (3.x) or the whole task context (2.x). */
export interface TemplateContextFacts {
  formatKeys: string[];
  /** True when the Jinja context is exactly ti, ts and try_number (unknown names render empty). */
  minimalJinjaContext: boolean;
}

export const TEMPLATE_CONTEXT: VersionRow<TemplateContextFacts>[] = [
  {
    since: '2.3.0',
    value: { formatKeys: ['dag_id', 'task_id', 'run_id', 'data_interval_start', 'data_interval_end', 'execution_date', 'try_number'], minimalJinjaContext: false },
    source: 'airflow/utils/log/file_task_handler.py _render_filename (2.x): ti.get_template_context() for Jinja',
  },
  {
    since: '3.0.0',
    value: { formatKeys: ['dag_id', 'task_id', 'run_id', 'data_interval_start', 'data_interval_end', 'logical_date', 'try_number'], minimalJinjaContext: true },
    source: 'airflow-core utils/log/file_task_handler.py _render_filename (3.x): Jinja gets {"ti", "ts", "try_number"}; str.format gets logical_date, no execution_date',
  },
];

/** What a task log file contains: Airflow 3 writes structlog JSON lines, Airflow 2 formatted text. */
export type LogRecordFormat = 'text' | 'json-lines';

export const LOG_RECORD_FORMAT: VersionRow<LogRecordFormat>[] = [
  { since: '2.0.0', value: 'text', source: 'Airflow 2 FileTaskHandler with the "airflow" logging.Formatter' },
  { since: '3.0.0', value: 'json-lines', source: 'Airflow 3 task SDK: structlog JSON lines {timestamp, level, event, logger}' },
];

/** `[azure_remote_logging] remote_wasb_log_container` fallback (provider config since 8.0.0). */
export const DEFAULT_WASB_CONTAINER = 'airflow-logs';

/** WasbHook.default_conn_name, used when `[logging] remote_log_conn_id` is empty. */
export const DEFAULT_WASB_CONN_ID = 'wasb_default';

/** The Airflow version assumed when none is given: the default chart's (one table for every check). */
export { DEFAULT_AIRFLOW_VERSION } from '../core/versions.js';

export interface ParsedVersion {
  major: number;
  minor: number;
  patch: number;
}

/** Accepts 3, 3.1, 3.1.3, v3.1.3, 3.1.3rc1, 3.1.3-python3.12 (image tags). */
export function parseVersion(text: string): ParsedVersion | undefined {
  const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(text.trim());
  if (!m) return undefined;
  return { major: Number(m[1]), minor: Number(m[2] ?? 0), patch: Number(m[3] ?? 0) };
}

export function compareVersions(a: ParsedVersion, b: ParsedVersion): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}

/** The row in effect for `version`, or undefined when the version predates the table. */
export function lookup<T>(rows: VersionRow<T>[], version: ParsedVersion): VersionRow<T> | undefined {
  let found: VersionRow<T> | undefined;
  for (const row of rows) {
    if (compareVersions(parseVersion(row.since)!, version) <= 0) found = row;
  }
  return found;
}
