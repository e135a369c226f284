/**
 * Version facts and fix texts every check shares, so validate-values, verify-wasb-logs, migrate-kind
 * and lint-dags reason about the same Airflow version for the same values file and suggest the same
 * fix. Sources: each chart's Chart.yaml appVersion (= its values.yaml airflowVersion default).
 */

/** Chart version → the Airflow version it deploys by default (Chart.yaml appVersion). */
export const CHART_AIRFLOW_VERSION: Record<string, string> = {
  '1.15.0': '2.9.3',
  '1.18.0': '3.0.2',
  '1.19.0': '3.1.7',
};

/** The chart the suite assumes when none is given: the one the users' values target. */
export const DEFAULT_CHART_VERSION = '1.19.0';

/** The Airflow version assumed when neither the values nor the options name one: the default chart's. */
export const DEFAULT_AIRFLOW_VERSION = CHART_AIRFLOW_VERSION[DEFAULT_CHART_VERSION];

const AIRFLOW_VERSION_RE = /^v?(\d+\.\d+(?:\.\d+)?)/;

/**
 * The Airflow version a values file pins: `airflowVersion`, else `defaultAirflowTag` when it is a
 * version (a tag like `latest` or a digest says nothing). This is what the chart itself uses.
 */
export function airflowVersionFromValues(values: Record<string, unknown>): string | undefined {
  for (const key of ['airflowVersion', 'defaultAirflowTag']) {
    const v = values[key];
    if (typeof v !== 'string' && typeof v !== 'number') continue;
    const m = AIRFLOW_VERSION_RE.exec(String(v).trim());
    if (m) return String(v).trim().replace(/^v/, '');
  }
  return undefined;
}

/** The Airflow version a chart deploys by default; the default chart's for a chart not in the table. */
export function defaultAirflowVersionFor(chartVersion?: string): string {
  return (chartVersion && CHART_AIRFLOW_VERSION[chartVersion.replace(/^v/, '')]) || DEFAULT_AIRFLOW_VERSION;
}

/**
 * The plain remote_base_log_folder every fix suggests: it starts with "wasb" (which selects the
 * handler) and has no scheme, so every Airflow version uses it unchanged as the blob-name prefix.
 */
export const PLAIN_WASB_BASE_FOLDER = 'wasb-airflow-logs';

/** The one fix text for a wasb:// URL (or a non-wasb value) in remote_base_log_folder. */
export function wasbBaseFolderFix(container?: string): string {
  const where = container ? `config.azure_remote_logging.remote_wasb_log_container: ${container}` : '[azure_remote_logging] remote_wasb_log_container';
  return `Use a plain prefix: remote_base_log_folder: "${PLAIN_WASB_BASE_FOLDER}" (the "wasb" start selects the handler), and set the container in ${where}.`;
}
