import type { RuleMeta } from '../../core/rule.js';

export const wasbSchemeInBlobName: RuleMeta = {
  id: 'WASB001',
  name: 'wasb-scheme-in-blob-name',
  severity: 'warning',
  check: 'verify-wasb-logs',
  summary: "Airflow before 3.1.8 keeps the literal wasb:// value of remote_base_log_folder as the blob-name prefix.",
  docs: {
    what: "Computes the blob name Airflow writes and reports when the `wasb://\u2026` text of `[logging] remote_base_log_folder` ends up inside it, as it does in Airflow 3.0 and 3.1.",
    why: "Airflow only uses the `wasb` prefix to pick the WASB handler; before the fix for apache/airflow#58946 it joins the whole value to every log path, so logs land under a `wasb:` folder and an unnamed folder in the container. Log lifecycle rules, dashboards and anything else that looks under the intended prefix find nothing, and an upgrade to a fixed Airflow moves new logs to a different prefix from old ones.",
    example: "config:\n  logging:\n    remote_logging: \"True\"\n    remote_base_log_folder: \"wasb://airflow-logs@myaccount.blob.core.windows.net/\"\n",
    fix: "config:\n  logging:\n    remote_logging: \"True\"\n    # Any value starting with \"wasb\" selects the handler; keep it a plain prefix.\n    remote_base_log_folder: \"wasb-airflow-logs\"\n  azure_remote_logging:\n    remote_wasb_log_container: airflow-logs\n",
  },
  exampleLanguage: 'yaml',
};
