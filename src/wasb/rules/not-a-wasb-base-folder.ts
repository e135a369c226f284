import type { RuleMeta } from '../../core/rule.js';

export const notAWasbBaseFolder: RuleMeta = {
  id: 'WASB004',
  name: 'not-a-wasb-base-folder',
  severity: 'error',
  check: 'verify-wasb-logs',
  summary: "remote_base_log_folder does not start with \"wasb\", so Airflow does not use the Azure Blob handler.",
  docs: {
    what: "Reports `[logging] remote_base_log_folder` values that do not start with `wasb` while WASB logging is being verified.",
    why: "Airflow picks the remote log handler from the prefix of `remote_base_log_folder`; an `https://\u2026blob.core.windows.net` or `az://` value selects no WASB handler and Airflow fails to configure logging or keeps logs local.",
    example: "config:\n  logging:\n    remote_logging: \"True\"\n    remote_base_log_folder: \"https://myaccount.blob.core.windows.net/airflow-logs\"\n",
    fix: "config:\n  logging:\n    remote_logging: \"True\"\n    remote_base_log_folder: \"wasb-airflow-logs\"\n",
  },
  exampleLanguage: 'yaml',
};
