import type { RuleMeta } from '../../core/rule.js';

export const taskLogNotFound: RuleMeta = {
  id: 'WASB109',
  name: 'task-log-not-found',
  severity: 'error',
  check: 'verify-wasb-logs',
  summary: "A task that ran left no log where Airflow's UI reads it.",
  docs: {
    what: "With expect-log, looks for the log of an existing DAG run (e.g. migrate-kind's smoke run) under the prefix Airflow computes from the values, and reads it.",
    why: "Airflow swallows upload failures: the task succeeds, its pod is deleted, and the log is gone — the UI shows nothing, or a \"could not read\" message.",
    example: "config:\n  logging:\n    remote_log_conn_id: azure_blob_storage   # connection never created in the cluster\n",
    fix: "config:\n  logging:\n    remote_log_conn_id: azure_blob_storage   # and: airflow connections add azure_blob_storage --conn-uri …\n",
  },
  exampleLanguage: 'yaml',
};
