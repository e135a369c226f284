import { isTruthy, show, type RuleContext, type ValuesRule } from '../context.js';
import { airflowSetting } from '../chart-model.js';
import { PLAIN_WASB_BASE_FOLDER } from '../../core/versions.js';

export function remoteLoggingOn(ctx: RuleContext): boolean {
  // The chart default is a template (on only with elasticsearch/opensearch); only a user setting counts here.
  const setting = airflowSetting(ctx, 'logging', 'remote_logging');
  return setting.set && isTruthy(setting.value);
}

/** Names a setting for a message: the env variable when it overrides config. */
export function settingName(path: string[], fromEnv: boolean, section: string, key: string): string {
  return fromEnv ? `env ${`AIRFLOW__${section}__${key}`.toUpperCase()}` : path.join('.');
}

export const remoteLoggingConfig: ValuesRule = {
  meta: {
    id: 'VAL050',
    name: 'remote-logging-config',
    severity: 'error',
    check: 'validate-values',
    summary: 'Remote logging is on but not configured for Azure Blob Storage (WASB).',
    docs: {
      what: 'With config.logging.remote_logging true, requires remote_base_log_folder to start with `wasb` (which selects the WASB handler) and a remote_log_conn_id.',
      why: 'With KubernetesExecutor each task pod is deleted when it ends; without a working remote handler the task log is lost with the pod, and Airflow only says "could not read logs" afterwards.',
      example: 'config:\n  logging:\n    remote_logging: "True"\n    remote_base_log_folder: "airflow-logs"\n',
      fix: 'config:\n  logging:\n    remote_logging: "True"\n    remote_base_log_folder: "wasb-airflow-logs"\n    remote_log_conn_id: azure_blob_storage\n',
    },
    exampleLanguage: 'yaml',
  },
  check(ctx) {
    if (!remoteLoggingOn(ctx)) return;
    const folder = airflowSetting(ctx, 'logging', 'remote_base_log_folder');
    const folderName = settingName(folder.path, folder.fromEnv, 'logging', 'remote_base_log_folder');
    const folderValue = folder.value;
    if (folder.fromEnv && folderValue === undefined) {
      // From a Secret (valueFrom): nothing to check here.
    } else if (typeof folderValue !== 'string' || !folderValue.trim()) {
      ctx.report(folder.path, {
        message: 'config.logging.remote_logging is on but remote_base_log_folder is not set, so Airflow has no remote handler and task logs vanish with the task pods.',
        fix: `Set config.logging.remote_base_log_folder to a value starting with \`wasb\` (e.g. "${PLAIN_WASB_BASE_FOLDER}").`,
      });
    } else if (!folderValue.trim().startsWith('wasb')) {
      ctx.report(folder.path, {
        message: `${folderName} is ${show(folderValue)}; Airflow picks the Azure Blob handler only for values starting with "wasb", so logs do not go to Blob Storage.`,
        fix: `Start the value with \`wasb\`, e.g. "${PLAIN_WASB_BASE_FOLDER}".`,
      });
    }
    const conn = airflowSetting(ctx, 'logging', 'remote_log_conn_id');
    if (!(conn.fromEnv && conn.value === undefined) && (typeof conn.value !== 'string' || !conn.value.trim())) {
      ctx.report(conn.path, {
        message: 'config.logging.remote_logging is on but remote_log_conn_id is not set; the WASB handler then uses wasb_default, which usually does not exist.',
        fix: 'Set config.logging.remote_log_conn_id to the Airflow connection that holds the storage account and its credential.',
      });
    }
  },
};
