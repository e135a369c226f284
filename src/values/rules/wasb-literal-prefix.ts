import { type ValuesRule } from '../context.js';
import { DEFAULT_WASB_LOG_CONTAINER } from '../data/airflow-facts.js';
import { airflowSetting } from '../chart-model.js';
import { remoteLoggingOn } from './remote-logging-config.js';
import { BASE_FOLDER_HANDLING, lookup, parseVersion } from '../../wasb/versions.js';
import { wasbBaseFolderFix } from '../../core/versions.js';

// One table decides, for verify-wasb-logs and for this rule, what Airflow does with the base folder.
const FIXED_IN = BASE_FOLDER_HANDLING.find((r) => r.value === 'strip-wasb-scheme')!.since;

/** wasb://container@account.blob.core.windows.net/path — the form the provider docs show. */
const FULL_URL = /^wasbs?:\/\/([^@/]+)@([^./]+)\.[^/]*(\/.*)?$/;

export const wasbLiteralPrefix: ValuesRule = {
  meta: {
    id: 'VAL051',
    name: 'wasb-literal-prefix',
    severity: 'warning',
    check: 'validate-values',
    summary: 'A wasb:// URL in remote_base_log_folder is used literally as the blob-name prefix.',
    docs: {
      what: 'Explains where Airflow really writes task logs when remote_base_log_folder is a full `wasb://container@account…` URL, and prints the exact blob-name prefix.',
      why: 'Up to Airflow 3.1 the WASB handler does not parse the URL (apache/airflow#58946): the container comes from [azure_remote_logging] remote_wasb_log_container (default airflow-logs), the account from the connection, and the whole URL string becomes the start of every blob name. The fix (apache/airflow#61013, Airflow ' + FIXED_IN + ') strips only "wasb://": the prefix changes (to "container@account.host/"), so logs written before the upgrade disappear from the UI, and the URL still does not choose the container or account.',
      example: 'config:\n  logging:\n    remote_logging: "True"\n    remote_base_log_folder: "wasb://airflow-logs@myaccount.blob.core.windows.net/"\n    remote_log_conn_id: azure_blob_storage\n',
      fix: 'config:\n  logging:\n    remote_logging: "True"\n    remote_base_log_folder: "wasb-airflow-logs"\n    remote_log_conn_id: azure_blob_storage   # its login is the account\n  azure_remote_logging:\n    remote_wasb_log_container: airflow-logs\n',
    },
    exampleLanguage: 'yaml',
  },
  check(ctx) {
    if (!remoteLoggingOn(ctx)) return;
    const setting = airflowSetting(ctx, 'logging', 'remote_base_log_folder');
    const folderPath = setting.path;
    const folder = setting.value;
    if (typeof folder !== 'string') return;
    const m = FULL_URL.exec(folder.trim());
    if (!m) return;
    const [, urlContainer, urlAccount] = m;
    const containerSetting = airflowSetting(ctx, 'azure_remote_logging', 'remote_wasb_log_container').value;
    const container = typeof containerSetting === 'string' && containerSetting ? containerSetting : DEFAULT_WASB_LOG_CONTAINER;
    const conn = String(airflowSetting(ctx, 'logging', 'remote_log_conn_id').value ?? 'wasb_default');
    const base = folder.trim();
    const prefix = base.endsWith('/') ? base : `${base}/`;
    const containerNote =
      urlContainer === container ? `it matches the URL only because the URL names ${containerSetting ? 'that setting' : 'the default'}` : `the "${urlContainer}" in the URL is not used`;
    const containerPart = `container "${container}" (from [azure_remote_logging] remote_wasb_log_container${containerSetting ? '' : ', default'}; ${containerNote})`;
    const accountPart = `the storage account of connection "${conn}" (the "${urlAccount}" in the URL is not used)`;
    const version = parseVersion(ctx.airflowVersion);
    const handling = version ? lookup(BASE_FOLDER_HANDLING, version)?.value : undefined;
    const stripped = prefix.replace(/^wasb:\/\//, '');
    if (handling === 'literal') {
      ctx.report(folderPath, {
        message: `Airflow ${ctx.airflowVersion} uses this URL verbatim as the blob-name prefix "${prefix}" (apache/airflow#58946): task logs land in ${containerPart}, in ${accountPart}, as "${prefix}dag_id=<dag>/run_id=<run>/task_id=<task>/attempt=1.log". The fix (apache/airflow#61013, Airflow ${FIXED_IN}) strips "wasb://" and the prefix becomes "${stripped}", so logs written before the upgrade no longer show in the UI.`,
        fix: `${wasbBaseFolderFix(urlContainer)} Make sure connection "${conn}" points at account ${urlAccount}.`,
      });
    } else if (handling === 'strip-wasb-scheme' && stripped !== prefix) {
      ctx.report(folderPath, {
        message: `Airflow ${ctx.airflowVersion} strips "wasb://" and uses the rest as the blob-name prefix "${stripped}" (apache/airflow#61013): task logs land in ${containerPart}, in ${accountPart}, as "${stripped}dag_id=<dag>/run_id=<run>/task_id=<task>/attempt=1.log".`,
        fix: `${wasbBaseFolderFix(urlContainer)} Make sure connection "${conn}" points at account ${urlAccount}.`,
      });
    } else if (urlContainer !== container) {
      ctx.report(folderPath, {
        severity: 'note',
        message: `Task logs go to ${containerPart}, not to "${urlContainer}" as the URL suggests.`,
        fix: `Set config.azure_remote_logging.remote_wasb_log_container: ${urlContainer}.`,
      });
    }
  },
};
