import type { RuleMeta } from '../../core/rule.js';

export const baseFolderNamesContainerOrAccount: RuleMeta = {
  id: 'WASB002',
  name: 'base-folder-names-container-or-account',
  severity: 'warning',
  check: 'verify-wasb-logs',
  summary: "remote_base_log_folder names a container or account that Airflow does not use.",
  docs: {
    what: "Reports a `wasb://container@account\u2026` value of `[logging] remote_base_log_folder` whose container or account differs from where Airflow really writes: the container from `[azure_remote_logging] remote_wasb_log_container` (default `airflow-logs`) and the account of the connection.",
    why: "Airflow never parses the container or account out of `remote_base_log_folder`. Writing them there suggests the logs go somewhere they do not, so a wrong container or account goes unnoticed until someone needs a log.",
    example: "config:\n  logging:\n    remote_base_log_folder: \"wasb://task-logs@otheraccount.blob.core.windows.net/\"\n",
    fix: "config:\n  logging:\n    remote_base_log_folder: \"wasb-airflow-logs\"\n  azure_remote_logging:\n    remote_wasb_log_container: task-logs\n",
  },
  exampleLanguage: 'yaml',
};
