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

/**
 * Provider versions lint-dags assumes the image has when neither `dags.provider-versions` nor a
 * requirements/constraints file names one: what an Airflow 3.1 image gets. The first group is
 * installed in the project's real Airflow 3.1.8 test venv (test/airflow/locks/3.1.txt, resolved by pip
 * with apache-airflow==3.1.8); the second group is not in that venv and is the newest release on PyPI
 * when the table was written (2026-12), every one of them installable with Airflow 3.1.8. Only
 * removals matter here, and every removal in src/dags/data/providers.ts happened in a major release
 * older than Airflow 3.0, so any version an Airflow 3.1 image pins lacks those names as well.
 */
export const DEFAULT_PROVIDER_VERSIONS: Record<string, string> = {
  'apache-airflow-providers-cncf-kubernetes': '10.25.0',
  'apache-airflow-providers-common-compat': '1.23.0',
  'apache-airflow-providers-common-io': '1.11.0',
  'apache-airflow-providers-common-sql': '2.4.0',
  'apache-airflow-providers-fab': '3.10.2',
  'apache-airflow-providers-microsoft-azure': '15.2.1',
  'apache-airflow-providers-postgres': '7.1.1',
  'apache-airflow-providers-smtp': '3.2.0',
  'apache-airflow-providers-standard': '1.21.0',
  // Not in the 3.1.8 venv: newest on PyPI (2026-12).
  'apache-airflow-providers-amazon': '9.39.0',
  'apache-airflow-providers-google': '22.8.0',
  'apache-airflow-providers-http': '6.3.0',
  'apache-airflow-providers-mysql': '6.7.1',
  'apache-airflow-providers-sqlite': '4.3.4',
};

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
